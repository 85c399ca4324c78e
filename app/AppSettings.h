#pragma once

#include "common/ViewState.h"

#include <QSettings>

namespace regie {

// The one typed settings class over QSettings: language override, window geometry, last page
// and every page's view state. Nothing else reads or writes QSettings.
class AppSettings final : public ViewState
{
public:
    AppSettings();

    // "" follows the system locale; otherwise "nl", "fr" or "en".
    QString language() const;
    void setLanguage(const QString& language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QString lastPage() const;
    void setLastPage(const QString& key);

    QByteArray viewState(const QString& key) const override;
    void setViewState(const QString& key, const QByteArray& state) override;

private:
    QSettings m_settings;
};

} // namespace regie
