#include "GasJson.h"

#include "identifiers/PaymentReference.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace regie::GasJson {

namespace {

QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue amount(const std::optional<double>& a)
{
    return a ? QJsonValue(*a) : QJsonValue();
}

QJsonValue text(const QString& t)
{
    return t.isEmpty() ? QJsonValue() : QJsonValue(t);
}

} // namespace

QJsonObject dossier(const GasDossier& d)
{
    return {{"id", d.id},
            {"number", d.number},
            {"state", d.state},
            {"factsDate", date(d.factsDate)},
            {"place", d.place},
            {"reportNumber", d.reportNumber},
            {"reportKind", d.reportKind},
            {"offence", d.offenceCode},
            {"offenderRole", d.offenderRole},
            {"personId", d.personId},
            {"personName", d.personName},
            {"birthDate", date(d.birthDate)},
            {"minor", d.minor},
            {"intendedFine", amount(d.intendedFine)},
            {"ruleSet", d.ruleSet},
            {"receivedDate", date(d.receivedDate)},
            {"receivedLate", d.receivedLate},
            {"repeatOf", text(d.repeatOf)},
            {"paymentReference", PaymentReference::format(d.paymentReference)},
            {"created", d.created.toString(Qt::ISODate)},
            {"decisionDate", date(d.decisionDate)},
            {"decidedFine", amount(d.decidedFine)},
            {"paidAmount", d.paidAmount},
            {"hearingDate", date(d.hearingDate)},
            {"limitationDate", date(d.limitationDate)},
            {"paymentDue", date(d.paymentDue)},
            {"nextDeadline", d.nextDeadline.isValid()
                                 ? QJsonValue(QJsonObject{{"name", d.nextDeadlineName},
                                                          {"date", date(d.nextDeadline)},
                                                          {"party", d.nextDeadlineParty}})
                                 : QJsonValue()}};
}

QJsonObject event(const GasEvent& e)
{
    return {{"id", e.id},
            {"type", e.type},
            {"date", date(e.date)},
            {"amount", amount(e.amount)},
            {"court", text(e.court)},
            {"outcome", text(e.outcome)},
            {"details", QJsonDocument::fromJson(e.details.toUtf8()).object()},
            {"recorded", e.recorded.toString(Qt::ISODate)}};
}

QJsonObject payment(const GasPayment& p)
{
    return {{"id", p.id},
            {"date", date(p.date)},
            {"amount", p.amount},
            {"reference", p.reference},
            {"late", p.late}};
}

QJsonObject offence(const Offence& o)
{
    return {{"id", o.id},
            {"code", o.code},
            {"article", o.article},
            {"description", o.description},
            {"offenderRole", o.offenderRole},
            {"active", o.active}};
}

QJsonObject outcome(const GasOutcome& o)
{
    return {{"id", o.id},
            {"number", o.number},
            {"state", o.state},
            {"warnings", QJsonArray::fromStringList(o.warnings)},
            {"flags", QJsonArray::fromStringList(o.flags)}};
}

QJsonObject view(const GasDossierView& v)
{
    QJsonArray events, payments;
    for (const GasEvent& e : v.events)
        events.append(event(e));
    for (const GasPayment& p : v.payments)
        payments.append(payment(p));
    const QJsonObject clock = v.clock.toJson();
    const GasDossier& d = v.dossier;
    return {{"dossier", dossier(d)},
            {"state", d.state},
            {"events", events},
            {"payments", payments},
            {"ruleSet", clock.value(QLatin1String("ruleSet"))},
            {"maxFine", clock.value(QLatin1String("maxFine"))},
            {"hearingRight", clock.value(QLatin1String("hearingRight"))},
            {"deadlines", clock.value(QLatin1String("deadlines"))},
            {"violations", clock.value(QLatin1String("violations"))},
            {"flags", QJsonArray::fromStringList(v.flags)},
            {"payment", QJsonObject{{"status", v.paymentStatus},
                                    {"fine", amount(d.decidedFine)},
                                    {"paid", d.paidAmount},
                                    {"due", date(d.paymentDue)},
                                    {"reference", PaymentReference::format(d.paymentReference)}}}};
}

} // namespace regie::GasJson
