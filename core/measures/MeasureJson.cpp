#include "MeasureJson.h"

#include <QJsonArray>

namespace regie::MeasureJson {

namespace {

QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue text(const QString& t)
{
    return t.isEmpty() ? QJsonValue() : QJsonValue(t);
}

} // namespace

QJsonObject measure(const Measure& m)
{
    return {{"id", m.id},
            {"number", m.number},
            {"kind", m.kind},
            {"state", m.state},
            {"personId", text(m.personId)},
            {"premisesId", text(m.premisesId)},
            {"perimeter", text(m.perimeter)},
            {"order", text(m.orderText)},
            {"reason", text(m.reason)},
            {"decisionDate", date(m.decisionDate)},
            {"startDate", date(m.startDate)},
            {"months", m.months ? QJsonValue(*m.months) : QJsonValue()},
            {"renewals", m.renewals},
            {"endDate", date(m.endDate)},
            {"hearingDate", date(m.hearingDate)},
            {"urgencyReason", text(m.urgencyReason)},
            {"consultationDate", date(m.consultationDate)},
            {"confirmationDate", date(m.confirmationDate)},
            {"ruleSet", m.ruleSet},
            {"gasDossierId", text(m.gasDossierId)},
            {"created", m.created.toString(Qt::ISODate)}};
}

QJsonObject event(const MeasureEvent& e)
{
    return {{"id", e.id},
            {"type", e.type},
            {"date", date(e.date)},
            {"months", e.months ? QJsonValue(*e.months) : QJsonValue()},
            {"details", text(e.details)},
            {"recorded", e.recorded.toString(Qt::ISODate)}};
}

QJsonObject outcome(const MeasureOutcome& o)
{
    return {{"id", o.id},
            {"number", o.number},
            {"state", o.state},
            {"endDate", date(o.endDate)},
            {"warnings", QJsonArray::fromStringList(o.warnings)}};
}

QJsonObject view(const MeasureView& v)
{
    QJsonArray events;
    for (const MeasureEvent& e : v.events)
        events.append(event(e));
    const QJsonObject clock = v.clock.toJson();
    return {{"measure", measure(v.measure)},
            {"status", v.status},
            {"events", events},
            {"ruleSet", clock.value(QLatin1String("ruleSet"))},
            {"deadlines", clock.value(QLatin1String("deadlines"))},
            {"violations", clock.value(QLatin1String("violations"))},
            {"flags", QJsonArray::fromStringList(v.flags)}};
}

} // namespace regie::MeasureJson
