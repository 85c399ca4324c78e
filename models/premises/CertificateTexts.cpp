#include "CertificateTexts.h"

#include <QHash>
#include <QLocale>

namespace regie {

namespace {

QString lookup(const QHash<QString, const char*>& table, const QString& name)
{
    const auto it = table.constFind(name);
    return it == table.constEnd() ? name
                                  : QCoreApplication::translate("CertificateTexts", it.value());
}

} // namespace

QString CertificateTexts::status(const QString& status)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("CertificateTexts", "No application")},
        {QStringLiteral("applied"), QT_TRANSLATE_NOOP("CertificateTexts", "Applied")},
        {QStringLiteral("granted"), QT_TRANSLATE_NOOP("CertificateTexts", "Granted")},
        {QStringLiteral("granted-with-conditions"),
         QT_TRANSLATE_NOOP("CertificateTexts", "Granted with conditions")},
        {QStringLiteral("refused"), QT_TRANSLATE_NOOP("CertificateTexts", "Refused")},
        {QStringLiteral("suspended"), QT_TRANSLATE_NOOP("CertificateTexts", "Suspended")},
        {QStringLiteral("withdrawn"), QT_TRANSLATE_NOOP("CertificateTexts", "Withdrawn")},
        {QStringLiteral("expired"), QT_TRANSLATE_NOOP("CertificateTexts", "Expired")},
    };
    return lookup(names, status);
}

QString CertificateTexts::documentKind(const QString& kind)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("cadastral-data"), QT_TRANSLATE_NOOP("CertificateTexts", "Cadastral data")},
        {QStringLiteral("real-rights"),
         QT_TRANSLATE_NOOP("CertificateTexts", "Proof of real rights")},
        {QStringLiteral("criminal-record"),
         QT_TRANSLATE_NOOP("CertificateTexts", "Criminal-record extract")},
        {QStringLiteral("company-publications"),
         QT_TRANSLATE_NOOP("CertificateTexts", "Company publications")},
        {QStringLiteral("company-registration"),
         QT_TRANSLATE_NOOP("CertificateTexts", "Company registration")},
        {QStringLiteral("identity-copy"),
         QT_TRANSLATE_NOOP("CertificateTexts", "Copy of identity card")},
    };
    return lookup(names, kind);
}

QString CertificateTexts::checkKind(const QString& kind)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("fire-safety"), QT_TRANSLATE_NOOP("CertificateTexts", "Fire safety")},
        {QStringLiteral("urban-planning"), QT_TRANSLATE_NOOP("CertificateTexts", "Urban planning")},
        {QStringLiteral("hygiene"),
         QT_TRANSLATE_NOOP("CertificateTexts", "Hygiene and accommodation")},
        {QStringLiteral("morality"), QT_TRANSLATE_NOOP("CertificateTexts", "Morality")},
    };
    return lookup(names, kind);
}

QString CertificateTexts::outcome(const QString& outcome)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("granted"), QT_TRANSLATE_NOOP("CertificateTexts", "Granted")},
        {QStringLiteral("granted-with-conditions"),
         QT_TRANSLATE_NOOP("CertificateTexts", "Granted with conditions")},
        {QStringLiteral("refused"), QT_TRANSLATE_NOOP("CertificateTexts", "Refused")},
    };
    return lookup(names, outcome);
}

QString CertificateTexts::result(const QString& result)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("conform"), QT_TRANSLATE_NOOP("CertificateTexts", "Conform")},
        {QStringLiteral("not-conform"), QT_TRANSLATE_NOOP("CertificateTexts", "Not conform")},
        {QStringLiteral("na"), QT_TRANSLATE_NOOP("CertificateTexts", "Not applicable")},
    };
    return lookup(names, result);
}

QString CertificateTexts::inspectionKind(const QString& kind)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("proactive"), QT_TRANSLATE_NOOP("CertificateTexts", "Proactive")},
        {QStringLiteral("reactive"), QT_TRANSLATE_NOOP("CertificateTexts", "Reactive")},
    };
    return lookup(names, kind);
}

QString CertificateTexts::eventKind(const QString& kind)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("application"), QT_TRANSLATE_NOOP("CertificateTexts", "Application")},
        {QStringLiteral("document"), QT_TRANSLATE_NOOP("CertificateTexts", "Document received")},
        {QStringLiteral("check"), QT_TRANSLATE_NOOP("CertificateTexts", "Check")},
        {QStringLiteral("decision"), QT_TRANSLATE_NOOP("CertificateTexts", "Decision")},
        {QStringLiteral("condition-met"), QT_TRANSLATE_NOOP("CertificateTexts", "Condition met")},
        {QStringLiteral("suspension"), QT_TRANSLATE_NOOP("CertificateTexts", "Suspension")},
        {QStringLiteral("withdrawal"), QT_TRANSLATE_NOOP("CertificateTexts", "Withdrawal")},
    };
    return lookup(names, kind);
}

QString CertificateTexts::plannerReason(const QString& reason)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("no-proactive-inspection"),
         QT_TRANSLATE_NOOP("CertificateTexts", "No proactive inspection this year")},
        {QStringLiteral("renewal-due"), QT_TRANSLATE_NOOP("CertificateTexts", "Renewal due")},
        {QStringLiteral("condition-overdue"),
         QT_TRANSLATE_NOOP("CertificateTexts", "Condition overdue")},
    };
    return lookup(names, reason);
}

QString CertificateTexts::date(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

bool CertificateTexts::isAlarming(const QString& status)
{
    return status == QLatin1String("refused") || status == QLatin1String("suspended") ||
           status == QLatin1String("withdrawn") || status == QLatin1String("expired") ||
           status == QLatin1String("none");
}

} // namespace regie
