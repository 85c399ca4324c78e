#include "ProcedureText.h"

#include <QHash>
#include <QLocale>

namespace regie {

namespace {

QString lookup(const QHash<QString, QString>& words, const QString& name)
{
    const auto it = words.constFind(name);
    return it == words.constEnd() ? name : *it;
}

} // namespace

QString ProcedureText::state(const QString& state)
{
    const QHash<QString, QString> words{
        {QStringLiteral("registered"), tr("Registered")},
        {QStringLiteral("started"), tr("Started")},
        {QStringLiteral("defence-open"), tr("Defence open")},
        {QStringLiteral("hearing-planned"), tr("Hearing planned")},
        {QStringLiteral("heard"), tr("Heard")},
        {QStringLiteral("decided"), tr("Decided")},
        {QStringLiteral("appealed"), tr("Appealed")},
        {QStringLiteral("judged"), tr("Judged")},
        {QStringLiteral("paid"), tr("Paid")},
        {QStringLiteral("unpaid-collection"), tr("In collection")},
        {QStringLiteral("closed-without-fine"), tr("Closed without fine")},
        {QStringLiteral("lapsed"), tr("Lapsed")},
    };
    return lookup(words, state);
}

QString ProcedureText::deadline(const QString& name)
{
    const QHash<QString, QString> words{
        {QStringLiteral("transmission"), tr("Finding transmitted")},
        {QStringLiteral("startNotification"), tr("Start letter notified")},
        {QStringLiteral("defence"), tr("End of defence term")},
        {QStringLiteral("earliestDecision"), tr("Earliest decision")},
        {QStringLiteral("limitation"), tr("Limitation")},
        {QStringLiteral("decisionNotification"), tr("Decision notified")},
        {QStringLiteral("payment"), tr("Payment due")},
        {QStringLiteral("appeal"), tr("End of appeal term")},
        {QStringLiteral("hearing"), tr("Hearing")},
        {QStringLiteral("collectionEnd"), tr("End of collection")},
        {QStringLiteral("banEnd"), tr("End of place ban")},
        {QStringLiteral("closureEnd"), tr("End of closure")},
        {QStringLiteral("orderEnd"), tr("End of order")},
        {QStringLiteral("councilOfStateAppeal"), tr("End of Council of State appeal term")},
        {QStringLiteral("sanctionStart"), tr("Sanction starts")},
        {QStringLiteral("sanctionEnd"), tr("Sanction ends")},
    };
    return lookup(words, name);
}

QString ProcedureText::event(const QString& type)
{
    const QHash<QString, QString> words{
        {QStringLiteral("start-letter-posted"), tr("Start letter posted")},
        {QStringLiteral("start-letter-received"), tr("Start letter received")},
        {QStringLiteral("defence-received"), tr("Defence received")},
        {QStringLiteral("defence-waived"), tr("Defence waived")},
        {QStringLiteral("hearing-requested"), tr("Hearing requested")},
        {QStringLiteral("hearing-planned"), tr("Hearing planned")},
        {QStringLiteral("hearing-held"), tr("Hearing held")},
        {QStringLiteral("mediation-offered"), tr("Mediation offered")},
        {QStringLiteral("community-service-offered"), tr("Community service offered")},
        {QStringLiteral("decision-posted"), tr("Decision posted")},
        {QStringLiteral("decision-received"), tr("Decision received")},
        {QStringLiteral("appeal-lodged"), tr("Appeal lodged")},
        {QStringLiteral("judgment"), tr("Judgment")},
        {QStringLiteral("payment"), tr("Payment")},
        {QStringLiteral("collection-started"), tr("Collection started")},
        {QStringLiteral("closed-without-fine"), tr("Closed without fine")},
        {QStringLiteral("lapsed"), tr("Lapsed")},
        {QStringLiteral("decided"), tr("Decided")},
        {QStringLiteral("renewed"), tr("Renewed")},
        {QStringLiteral("consultation-recorded"), tr("Judicial authorities consulted")},
        {QStringLiteral("college-confirmed"), tr("Confirmed by the college")},
        {QStringLiteral("lifted"), tr("Lifted")},
        {QStringLiteral("breach"), tr("Breach")},
    };
    return lookup(words, type);
}

QString ProcedureText::procedure(const QString& kind)
{
    const QHash<QString, QString> words{
        {QStringLiteral("gas-fine"), tr("GAS fine")},
        {QStringLiteral("place-ban"), tr("Place ban")},
        {QStringLiteral("closure-trafficking"), tr("Closure (trafficking)")},
        {QStringLiteral("closure-public-order"), tr("Closure (public order)")},
        {QStringLiteral("hearing-order"), tr("Order after hearing")},
        {QStringLiteral("certificate-sanction"), tr("Certificate sanction")},
    };
    return lookup(words, kind);
}

QString ProcedureText::measureState(const QString& state)
{
    const QHash<QString, QString> words{
        {QStringLiteral("in-force"), tr("In force")},
        {QStringLiteral("scheduled"), tr("Scheduled")},
        {QStringLiteral("expired"), tr("Expired")},
        {QStringLiteral("ended"), tr("Ended")},
        {QStringLiteral("lifted"), tr("Lifted")},
    };
    return lookup(words, state);
}

QString ProcedureText::sanctionPhase(const QString& phase)
{
    const QHash<QString, QString> words{
        {QStringLiteral("findings"), tr("Findings, no warning yet")},
        {QStringLiteral("warned"), tr("Warned")},
        {QStringLiteral("track-open"), tr("Sanction track open")},
        {QStringLiteral("invited"), tr("Invited to a hearing")},
        {QStringLiteral("heard"), tr("Heard")},
        {QStringLiteral("decided"), tr("Decided")},
        {QStringLiteral("appealed"), tr("Under appeal")},
        {QStringLiteral("closed"), tr("Closed")},
    };
    return lookup(words, phase);
}

QString ProcedureText::category(const QString& category)
{
    const QHash<QString, QString> words{
        {QStringLiteral("overdue"), tr("Overdue")},
        {QStringLiteral("due"), tr("Due soon")},
        {QStringLiteral("limitation"), tr("Limitation near")},
        {QStringLiteral("hearing"), tr("Hearing this week")},
        {QStringLiteral("measure-expiry"), tr("Measure ends")},
    };
    return lookup(words, category);
}

QString ProcedureText::party(const QString& party)
{
    if (party == QLatin1String("city"))
        return tr("City");
    if (party == QLatin1String("citizen"))
        return tr("Citizen");
    return party;
}

QString ProcedureText::outcome(const QString& outcome)
{
    const QHash<QString, QString> words{
        {QStringLiteral("fine"), tr("fine")},
        {QStringLiteral("no-fine"), tr("no fine")},
        {QStringLiteral("mediation"), tr("mediation")},
        {QStringLiteral("community-service"), tr("community service")},
        {QStringLiteral("confirmed"), tr("confirmed")},
        {QStringLiteral("reduced"), tr("reduced")},
        {QStringLiteral("annulled"), tr("annulled")},
    };
    return lookup(words, outcome);
}

QString ProcedureText::longDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, QStringLiteral("ddd d MMMM yyyy"));
}

QString ProcedureText::shortDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(date, format);
}

QString ProcedureText::money(double amount)
{
    return QLocale().toCurrencyString(amount, QStringLiteral("€"));
}

} // namespace regie
