#include "MeasureClock.h"

#include "calendar/CalendarText.h"

#include <utility>

namespace regie {

using CalendarText::count;
using CalendarText::iso;

namespace {

const QString BanStart = QStringLiteral("ban-start");
const QString BanRenewed = QStringLiteral("ban-renewed");
const QString ClosureStart = QStringLiteral("closure-start");
constexpr int DefaultBanMonths = 1; // the scenario contract: "months" defaults to 1 for a ban

Result<RuleSet> ruleSetFor(const ClockScenario& scenario, const RuleBook& book,
                           const QString& startType)
{
    const auto start = scenario.earliest(startType);
    if (start) {
        const auto set = book.forProcedure(scenario.procedure, start->date);
        if (!set)
            return makeError(ErrorCode::Format, set.error().detail,
                             QStringLiteral("events[%1].date").arg(start->index));
        return set;
    }
    if (scenario.factsDate.isValid()) {
        const auto set = book.forProcedure(scenario.procedure, scenario.factsDate);
        if (!set)
            return makeError(ErrorCode::Format, set.error().detail, QStringLiteral("factsDate"));
        return set;
    }
    return book.latest(scenario.procedure);
}

} // namespace

Result<ClockReport> MeasureClock::run(const ClockScenario& scenario, const RuleBook& book,
                                      const LegalCalendar& calendar)
{
    const QString start = scenario.procedure == ProcedureKind::PlaceBan ? BanStart : ClosureStart;
    const auto set = ruleSetFor(scenario, book, start);
    if (!set)
        return set.error();
    const auto rules = MeasureRules::fromRuleSet(*set);
    if (!rules)
        return rules.error();
    return MeasureClock(scenario, *rules, calendar).evaluate();
}

MeasureClock::MeasureClock(const ClockScenario& scenario, MeasureRules rules,
                           const LegalCalendar& calendar)
    : m_scenario(scenario), m_rules(std::move(rules)), m_calendar(calendar)
{
}

ClockReport MeasureClock::evaluate()
{
    m_report = ClockReport();
    m_report.procedure = procedureKindName(m_scenario.procedure);
    m_report.ruleSet = m_rules.ruleSetName;
    if (m_scenario.procedure == ProcedureKind::PlaceBan)
        evaluatePlaceBan();
    else
        evaluateClosure();
    return m_report;
}

void MeasureClock::evaluatePlaceBan()
{
    const QList<ClockEvent> starts = m_scenario.ofType(BanStart);
    const QList<ClockEvent> renewals = m_scenario.ofType(BanRenewed);
    if (!starts.isEmpty()) {
        const ClockEvent& start = starts.first();
        DerivedDate end = m_calendar.measureEnd(DerivedDate::given(start.date, tr("ban from")),
                                                start.months.value_or(DefaultBanMonths));
        for (int i = 0; i < renewals.size(); ++i) {
            const QDate from = end.date.addDays(1);
            const DerivedDate renewalStart{
                from, end.derivation + QStringLiteral("; ") +
                          tr("renewal %1 (decided %2) runs on from the day after: %3")
                              .arg(QString::number(i + 1), iso(renewals[i].date), iso(from))};
            end =
                m_calendar.measureEnd(renewalStart, renewals[i].months.value_or(DefaultBanMonths));
        }
        m_report.addDeadline(QStringLiteral("banEnd"), end, TermParty::City);
    }
    const int maxRenewals = m_rules.maxRenewals.value_or(0);
    if (renewals.size() > maxRenewals)
        m_report.addViolation(QStringLiteral("renewal-limit"),
                              tr("%1 renewals recorded (the last on %2); %3 allows at most %4")
                                  .arg(QString::number(renewals.size()), iso(renewals.last().date),
                                       m_rules.ruleSetName, QString::number(maxRenewals)));
    for (const ClockEvent& start : starts)
        checkDuration(start, tr("ban starting on %1"));
    for (const ClockEvent& renewal : renewals)
        checkDuration(renewal, tr("renewal decided on %1"));
}

void MeasureClock::evaluateClosure()
{
    const QList<ClockEvent> starts = m_scenario.ofType(ClosureStart);
    if (starts.isEmpty())
        return;
    const ClockEvent& start = starts.first();
    m_report.addDeadline(QStringLiteral("closureEnd"),
                         m_calendar.measureEnd(DerivedDate::given(start.date, tr("closure from")),
                                               start.months.value_or(0)),
                         TermParty::City);
    for (const ClockEvent& event : starts)
        checkDuration(event, tr("closure starting on %1"));
}

void MeasureClock::checkDuration(const ClockEvent& event, const QString& what)
{
    const int months = event.months.value_or(
        m_scenario.procedure == ProcedureKind::PlaceBan ? DefaultBanMonths : 0);
    if (months <= m_rules.maxMonths)
        return;
    m_report.addViolation(QStringLiteral("duration-above-maximum"),
                          tr("%1 for %2 (events[%3]) exceeds the maximum of %4 (%5)")
                              .arg(what.arg(iso(event.date)), count(months, "month"),
                                   QString::number(event.index), count(m_rules.maxMonths, "month"),
                                   m_rules.ruleSetName));
}

} // namespace regie
