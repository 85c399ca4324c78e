#include "MeasureService.h"

#include "calendar/LegalCalendar.h"
#include "common/Clock.h"
#include "common/Ids.h"
#include "rules/MeasureClock.h"
#include "storage/ChangeSet.h"
#include "storage/Database.h"
#include "storage/InstallationStore.h"
#include "storage/Transaction.h"
#include "storage/WritePath.h"

namespace regie {

namespace {

const QString kPlaceBan = QStringLiteral("place-ban");
const QString kTrafficking = QStringLiteral("closure-trafficking");
const QString kPublicOrder = QStringLiteral("closure-public-order");
const QString kHearingOrder = QStringLiteral("hearing-order");

QString iso(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("(unknown)");
}

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

Error refusal(const QString& rule, const QString& message)
{
    return makeError(ErrorCode::RuleViolation, rule + QStringLiteral(": ") + message, rule);
}

Error missing(const QString& field, const QString& what)
{
    return makeError(ErrorCode::Validation, what, field);
}

QVariantMap fieldsOf(const Measure& m)
{
    return {{QStringLiteral("number"), m.number},
            {QStringLiteral("installation_code"), m.installationCode},
            {QStringLiteral("year"), m.year},
            {QStringLiteral("sequence"), m.sequence},
            {QStringLiteral("kind"), m.kind},
            {QStringLiteral("person_id"), nullIfEmpty(m.personId)},
            {QStringLiteral("premises_id"), nullIfEmpty(m.premisesId)},
            {QStringLiteral("perimeter"), m.perimeter},
            {QStringLiteral("order_text"), m.orderText},
            {QStringLiteral("reason"), m.reason},
            {QStringLiteral("decision_date"), dateValue(m.decisionDate)},
            {QStringLiteral("start_date"), dateValue(m.startDate)},
            {QStringLiteral("months"), m.months ? QVariant(*m.months) : QVariant()},
            {QStringLiteral("renewals"), m.renewals},
            {QStringLiteral("end_date"), dateValue(m.endDate)},
            {QStringLiteral("hearing_date"), dateValue(m.hearingDate)},
            {QStringLiteral("urgency_reason"), m.urgencyReason},
            {QStringLiteral("consultation_date"), dateValue(m.consultationDate)},
            {QStringLiteral("confirmation_date"), dateValue(m.confirmationDate)},
            {QStringLiteral("state"), m.state},
            {QStringLiteral("rule_set"), m.ruleSet},
            {QStringLiteral("gas_dossier_id"), nullIfEmpty(m.gasDossierId)},
            {QStringLiteral("created"), m.created}};
}

} // namespace

MeasureService::MeasureService(Database& db, WritePath& writes, const Clock& clock, RuleBook rules)
    : m_db(db), m_writes(writes), m_clock(clock), m_rules(std::move(rules)), m_repo(db)
{
}

QStringList MeasureService::kinds()
{
    return {kPlaceBan, kTrafficking, kPublicOrder, kHearingOrder};
}

QStringList MeasureService::eventTypes()
{
    return {QStringLiteral("renewed"),
            QStringLiteral("hearing-held"),
            QStringLiteral("consultation-recorded"),
            QStringLiteral("college-confirmed"),
            QStringLiteral("lifted"),
            QStringLiteral("breach")};
}

Result<ClockReport> MeasureService::clockOf(const Measure& m, const QVector<MeasureEvent>& events,
                                            const RuleBook& book)
{
    if (m.kind == kHearingOrder) {
        ClockReport report;
        report.procedure = kHearingOrder;
        report.addDeadline(QStringLiteral("orderEnd"),
                           DerivedDate::given(m.endDate, tr("order valid until")), TermParty::City);
        return report;
    }
    ClockScenario s;
    s.procedure = *procedureKindFromName(m.kind);
    const bool ban = m.kind == kPlaceBan;
    s.events.append(ClockEvent{0,
                               ban ? QStringLiteral("ban-start") : QStringLiteral("closure-start"),
                               m.startDate, m.months});
    int index = 1;
    for (const MeasureEvent& e : events) {
        if (ban && e.type == QLatin1String("renewed"))
            s.events.append(ClockEvent{index, QStringLiteral("ban-renewed"), e.date, e.months});
        ++index;
    }
    return MeasureClock::run(s, book, LegalCalendar());
}

Result<void> MeasureService::checkDates(const MeasureInput& in) const
{
    const QDate today = m_clock.today();
    if (!in.decisionDate.isValid())
        return missing(QStringLiteral("decided"), tr("decision date is required"));
    if (in.decisionDate > today)
        return refusal(
            QStringLiteral("date-in-future"),
            tr("decision on %1 is after today %2").arg(iso(in.decisionDate), iso(today)));
    if (in.startDate.isValid() && in.startDate < in.decisionDate)
        return refusal(QStringLiteral("start-before-decision"),
                       tr("start on %1 is before the decision on %2")
                           .arg(iso(in.startDate), iso(in.decisionDate)));
    if (in.months && *in.months < 1)
        return missing(QStringLiteral("months"), tr("months must be 1 or more"));
    if (in.hearingDate.isValid() && in.hearingDate > in.decisionDate)
        return refusal(QStringLiteral("hearing-after-decision"),
                       tr("hearing on %1 is after the decision on %2")
                           .arg(iso(in.hearingDate), iso(in.decisionDate)));
    return {};
}

Result<void> MeasureService::checkKind(const MeasureInput& in) const
{
    if (in.kind == kPlaceBan) {
        if (in.perimeter.trimmed().isEmpty())
            return missing(QStringLiteral("perimeter"), tr("a place ban needs a perimeter"));
        if (!in.hearingDate.isValid() && in.urgencyReason.trimmed().isEmpty())
            return refusal(QStringLiteral("hearing-before-ban"),
                           tr("a place ban decided on %1 needs a hearing before the "
                              "decision, or the reason for urgency")
                               .arg(iso(in.decisionDate)));
    } else if (in.kind == kTrafficking) {
        if (!in.months)
            return missing(QStringLiteral("months"), tr("a closure needs its months"));
        if (!in.consultationDate.isValid() || in.consultationDate > in.decisionDate)
            return refusal(QStringLiteral("consultation-missing"),
                           tr("a closure for human trafficking decided on %1 needs the "
                              "prior consultation of the judicial authorities (got %2)")
                               .arg(iso(in.decisionDate), iso(in.consultationDate)));
    } else if (in.kind == kPublicOrder) {
        if (!in.months)
            return missing(QStringLiteral("months"), tr("a closure needs its months"));
        if (in.confirmationDate.isValid() && in.confirmationDate < in.decisionDate)
            return refusal(QStringLiteral("confirmation-before-decision"),
                           tr("college confirmation on %1 is before the decision on %2")
                               .arg(iso(in.confirmationDate), iso(in.decisionDate)));
    } else if (in.kind == kHearingOrder) {
        if (in.orderText.trimmed().isEmpty())
            return missing(QStringLiteral("order"), tr("a hearing order needs its text"));
        if (!in.hearingDate.isValid())
            return missing(QStringLiteral("hearing"), tr("a hearing order needs the hearing date"));
        if (!in.validUntil.isValid() || in.validUntil < in.decisionDate)
            return missing(QStringLiteral("valid-until"),
                           tr("a hearing order needs its validity (on or after the decision)"));
    } else {
        return missing(QStringLiteral("kind"),
                       tr("kind must be one of: %1").arg(kinds().join(QStringLiteral(", "))));
    }
    return checkParty(in);
}

Result<void> MeasureService::checkParty(const MeasureInput& in) const
{
    const bool needsPerson = in.kind == kPlaceBan;
    const bool needsPremises = in.kind == kTrafficking || in.kind == kPublicOrder;
    if (needsPerson && in.personId.isEmpty())
        return missing(QStringLiteral("person"), tr("a place ban names a person"));
    if (needsPremises && in.premisesId.isEmpty())
        return missing(QStringLiteral("premises"), tr("a closure names the premises"));
    if (in.personId.isEmpty() && in.premisesId.isEmpty())
        return missing(QStringLiteral("person"), tr("a measure names a person or premises"));
    for (const auto& [table, id] : {std::pair{QStringLiteral("persons"), in.personId},
                                    std::pair{QStringLiteral("premises"), in.premisesId}}) {
        if (id.isEmpty())
            continue;
        auto found = m_repo.exists(table, id);
        if (!found.ok())
            return found.error();
        if (!*found)
            return makeError(ErrorCode::NotFound, QStringLiteral("no %1 %2").arg(table, id),
                             table == QLatin1String("persons") ? QStringLiteral("person")
                                                               : QStringLiteral("premises"));
    }
    return {};
}

Result<Measure> MeasureService::build(const MeasureInput& in) const
{
    Measure m;
    m.kind = in.kind;
    m.personId = in.personId;
    m.premisesId = in.premisesId;
    m.perimeter = in.perimeter.trimmed();
    m.orderText = in.orderText.trimmed();
    m.reason = in.reason.trimmed();
    m.decisionDate = in.decisionDate;
    m.startDate = in.startDate.isValid() ? in.startDate : in.decisionDate;
    m.months = in.kind == kPlaceBan ? std::optional<int>(in.months.value_or(1)) : in.months;
    m.hearingDate = in.hearingDate;
    m.urgencyReason = in.urgencyReason.trimmed();
    m.consultationDate = in.consultationDate;
    m.confirmationDate = in.confirmationDate;
    m.gasDossierId = in.gasDossierId;
    m.state = QStringLiteral("in-force");
    m.endDate = in.validUntil;
    auto report = clockOf(m, {}, m_rules);
    if (!report.ok())
        return report.error();
    for (const auto& violation : report->violations)
        return refusal(violation.rule, violation.message);
    m.ruleSet = report->ruleSet;
    if (!report->deadlines.isEmpty())
        m.endDate = report->deadlines.first().date.date;
    return m;
}

Result<MeasureOutcome> MeasureService::create(const MeasureInput& input)
{
    if (auto r = checkDates(input); !r.ok())
        return r.error();
    if (auto r = checkKind(input); !r.ok())
        return r.error();
    auto measure = build(input);
    if (!measure.ok())
        return measure.error();
    return write(measure.value());
}

Result<MeasureOutcome> MeasureService::write(Measure& m)
{
    Transaction tx(m_db);
    if (!tx.status().ok())
        return tx.status().error();
    auto self = InstallationStore(m_db).self();
    if (!self.ok())
        return self.error();
    m.installationCode = self->shortCode;
    m.year = m_clock.today().year();
    auto sequence = m_repo.nextSequence(m.installationCode, m.year);
    if (!sequence.ok())
        return sequence.error();
    m.sequence = *sequence;
    m.number = QStringLiteral("MB/%1/%2/%3")
                   .arg(m.year)
                   .arg(m.installationCode)
                   .arg(m.sequence, 4, 10, QLatin1Char('0'));
    m.created = m_clock.now().toUTC();
    ChangeSet cs(QStringLiteral("measure.create"));
    m.id = cs.create(QStringLiteral("measures"), fieldsOf(m));
    cs.create(QStringLiteral("measure_events"),
              {{QStringLiteral("measure_id"), m.id},
               {QStringLiteral("type"), QStringLiteral("decided")},
               {QStringLiteral("date"), dateValue(m.decisionDate)},
               {QStringLiteral("months"), m.months ? QVariant(*m.months) : QVariant()},
               {QStringLiteral("details"), m.reason},
               {QStringLiteral("recorded"), m.created}});
    if (auto applied = m_writes.apply(cs); !applied.ok())
        return applied.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    MeasureOutcome outcome{m.id, m.number, m.state, m.endDate, {}};
    if (m.kind == kPublicOrder && !m.confirmationDate.isValid())
        outcome.warnings << QStringLiteral("confirmation-pending: ") +
                                tr("the college must confirm the closure at its next meeting");
    return outcome;
}

} // namespace regie
