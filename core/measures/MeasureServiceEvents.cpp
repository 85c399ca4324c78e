// MeasureService, second half: the dated steps after the decision (renewal, hearing,
// consultation, confirmation, lifting, breach) and the view with the legal clock.
#include "MeasureService.h"
#include "common/Clock.h"
#include "common/Ids.h"
#include "storage/ChangeSet.h"
#include "storage/WritePath.h"

#include <algorithm>

namespace regie {

namespace {

QString iso(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("(unknown)");
}

Error refusal(const QString& rule, const QString& message)
{
    return makeError(ErrorCode::RuleViolation, rule + QStringLiteral(": ") + message, rule);
}

// The column an event type sets, with its kind restriction.
struct EventColumn
{
    const char* type;
    const char* kind; // nullptr: any kind
    const char* column;
};

constexpr EventColumn kColumns[] = {
    {"renewed", "place-ban", "end_date"},
    {"hearing-held", nullptr, "hearing_date"},
    {"consultation-recorded", "closure-trafficking", "consultation_date"},
    {"college-confirmed", "closure-public-order", "confirmation_date"},
    {"lifted", nullptr, "end_date"},
    {"breach", nullptr, nullptr},
};

const EventColumn* columnFor(const QString& type)
{
    for (const EventColumn& c : kColumns) {
        if (type == QLatin1String(c.type))
            return &c;
    }
    return nullptr;
}

} // namespace

Result<void> MeasureService::checkEvent(const Measure& m, const MeasureEventInput& in) const
{
    const EventColumn* column = columnFor(in.type);
    if (!column)
        return makeError(ErrorCode::Validation,
                         tr("unknown event type '%1'; known: %2")
                             .arg(in.type, eventTypes().join(QStringLiteral(", "))),
                         QStringLiteral("type"));
    if (!in.date.isValid())
        return makeError(ErrorCode::Validation, tr("date is required (YYYY-MM-DD)"),
                         QStringLiteral("date"));
    if (column->kind && m.kind != QLatin1String(column->kind))
        return refusal(QStringLiteral("transition-not-allowed"),
                       tr("%1 applies only to a %2, not to a %3")
                           .arg(in.type, QLatin1String(column->kind), m.kind));
    if (m.state != QLatin1String("in-force"))
        return refusal(QStringLiteral("transition-not-allowed"),
                       tr("%1 is not allowed in state %2").arg(in.type, m.state));
    const QDate today = m_clock.today();
    if (in.date > today)
        return refusal(QStringLiteral("date-in-future"),
                       tr("%1 on %2 is after today %3").arg(in.type, iso(in.date), iso(today)));
    if (in.date < m.decisionDate)
        return refusal(QStringLiteral("date-before-decision"),
                       tr("%1 on %2 is before the decision on %3")
                           .arg(in.type, iso(in.date), iso(m.decisionDate)));
    if (in.months && *in.months < 1)
        return makeError(ErrorCode::Validation, tr("months must be 1 or more"),
                         QStringLiteral("months"));
    return {};
}

Result<void> MeasureService::checkRenewal(Measure& m, const QVector<MeasureEvent>& events) const
{
    const MeasureEvent& renewal = events.last();
    if (renewal.date > m.endDate)
        return refusal(QStringLiteral("renewal-after-end"),
                       tr("renewal decided on %1, after the ban ended on %2: decide a "
                          "new ban instead")
                           .arg(iso(renewal.date), iso(m.endDate)));
    auto report = clockOf(m, events, m_rules);
    if (!report.ok())
        return report.error();
    for (const auto& violation : report->violations)
        return refusal(violation.rule, violation.message);
    m.endDate = report->deadlines.first().date.date;
    ++m.renewals;
    return {};
}

Result<MeasureOutcome> MeasureService::record(const QString& idOrNumber,
                                              const MeasureEventInput& in)
{
    auto found = m_repo.get(idOrNumber);
    if (!found.ok())
        return found.error();
    Measure m = *found;
    if (auto checked = checkEvent(m, in); !checked.ok())
        return checked.error();
    auto events = m_repo.events(m.id);
    if (!events.ok())
        return events.error();
    QVector<MeasureEvent> all = *events;
    const std::optional<int> months =
        in.type == QLatin1String("renewed") ? std::optional<int>(in.months.value_or(1)) : in.months;
    all.append(
        MeasureEvent{newId(), m.id, in.type, in.date, months, in.note, m_clock.now().toUTC()});
    QVariantMap fields;
    if (in.type == QLatin1String("renewed")) {
        if (auto renewed = checkRenewal(m, all); !renewed.ok())
            return renewed.error();
        fields.insert(QStringLiteral("renewals"), m.renewals);
    } else if (in.type == QLatin1String("lifted")) {
        m.endDate = std::min(m.endDate, in.date);
        m.state = QStringLiteral("lifted");
        fields.insert(QStringLiteral("state"), m.state);
    }
    if (const char* column = columnFor(in.type)->column) {
        const QDate value =
            QLatin1String(column) == QLatin1String("end_date") ? m.endDate : in.date;
        fields.insert(QLatin1String(column), value.toString(Qt::ISODate));
    }
    const MeasureEvent& event = all.last();
    ChangeSet cs(QStringLiteral("measure.event.") + in.type);
    cs.create(QStringLiteral("measure_events"), event.id,
              {{QStringLiteral("measure_id"), m.id},
               {QStringLiteral("type"), in.type},
               {QStringLiteral("date"), in.date.toString(Qt::ISODate)},
               {QStringLiteral("months"), months ? QVariant(*months) : QVariant()},
               {QStringLiteral("details"), in.note},
               {QStringLiteral("recorded"), event.recorded}});
    if (!fields.isEmpty())
        cs.set(QStringLiteral("measures"), m.id, fields);
    if (auto applied = m_writes.apply(cs); !applied.ok())
        return applied.error();
    return MeasureOutcome{m.id, m.number, m.state, m.endDate, {}};
}

Result<MeasureView> MeasureService::view(const QString& idOrNumber) const
{
    auto found = m_repo.get(idOrNumber);
    if (!found.ok())
        return found.error();
    MeasureView v;
    v.measure = *found;
    auto events = m_repo.events(v.measure.id);
    if (!events.ok())
        return events.error();
    v.events = *events;
    auto report = clockOf(v.measure, v.events, m_rules);
    if (!report.ok())
        return report.error();
    v.clock = *report;
    const Measure& m = v.measure;
    const QDate today = m_clock.today();
    v.status = m.state == QLatin1String("lifted")         ? QStringLiteral("lifted")
               : m.endDate.isValid() && today > m.endDate ? QStringLiteral("expired")
               : today < m.startDate                      ? QStringLiteral("scheduled")
                                                          : QStringLiteral("in-force");
    if (m.kind == QLatin1String("closure-public-order") && !m.confirmationDate.isValid())
        v.flags << QStringLiteral("confirmation-pending");
    if (!m.urgencyReason.isEmpty())
        v.flags << QStringLiteral("urgency");
    return v;
}

} // namespace regie
