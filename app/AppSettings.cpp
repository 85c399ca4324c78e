#include "AppSettings.h"

namespace regie {

namespace {
const QString kLanguage = QStringLiteral("general/language");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kLastPage = QStringLiteral("window/lastPage");
const QString kViews = QStringLiteral("views/");
} // namespace

AppSettings::AppSettings() : m_settings(QSettings::IniFormat, QSettings::UserScope,
                                        QStringLiteral("Regie"), QStringLiteral("regie"))
{
}

QString AppSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings.setValue(kLanguage, language);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QString AppSettings::lastPage() const
{
    return m_settings.value(kLastPage).toString();
}

void AppSettings::setLastPage(const QString& key)
{
    m_settings.setValue(kLastPage, key);
}

QByteArray AppSettings::viewState(const QString& key) const
{
    return m_settings.value(kViews + key).toByteArray();
}

void AppSettings::setViewState(const QString& key, const QByteArray& state)
{
    m_settings.setValue(kViews + key, state);
}

} // namespace regie
