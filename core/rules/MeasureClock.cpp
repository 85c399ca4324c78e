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
        DerivedDate end =
            m_calendar.measureEnd(DerivedDate::given(start.date, QStringLiteral("ban from")),
                                  start.months.value_or(DefaultBanMonths));
        for (int i = 0; i < renewals.size(); ++i) {
            const QDate from = end.date.addDays(1);
            const DerivedDate renewalStart{
                from, end.derivation + QStringLiteral("; renewal ") + QString::number(i + 1) +
                          QStringLiteral(" (decided ") + iso(renewals[i].date) +
                          QStringLiteral(") runs on from the day after: ") + iso(from)};
            end =
                m_calendar.measureEnd(renewalStart, renewals[i].months.value_or(DefaultBanMonths));
        }
        m_report.addDeadline(QStringLiteral("banEnd"), end, TermParty::City);
    }
    const int maxRenewals = m_rules.maxRenewals.value_or(0);
    if (renewals.size() > maxRenewals)
        m_report.addViolation(
            QStringLiteral("renewal-limit"),
            QString::number(renewals.size()) + QStringLiteral(" renewals recorded (the last on ") +
                iso(renewals.last().date) + QStringLiteral("); ") + m_rules.ruleSetName +
                QStringLiteral(" allows at most ") + QString::number(maxRenewals));
    for (const ClockEvent& start : starts)
        checkDuration(start, QStringLiteral("ban starting on"));
    for (const ClockEvent& renewal : renewals)
        checkDuration(renewal, QStringLiteral("renewal decided on"));
}

void MeasureClock::evaluateClosure()
{
    const QList<ClockEvent> starts = m_scenario.ofType(ClosureStart);
    if (starts.isEmpty())
        return;
    const ClockEvent& start = starts.first();
    m_report.addDeadline(
        QStringLiteral("closureEnd"),
        m_calendar.measureEnd(DerivedDate::given(start.date, QStringLiteral("closure from")),
                              start.months.value_or(0)),
        TermParty::City);
    for (const ClockEvent& event : starts)
        checkDuration(event, QStringLiteral("closure starting on"));
}

void MeasureClock::checkDuration(const ClockEvent& event, const QString& what)
{
    const int months = event.months.value_or(
        m_scenario.procedure == ProcedureKind::PlaceBan ? DefaultBanMonths : 0);
    if (months <= m_rules.maxMonths)
        return;
    m_report.addViolation(
        QStringLiteral("duration-above-maximum"),
        what + QLatin1Char(' ') + iso(event.date) + QStringLiteral(" for ") +
            count(months, "month") + QStringLiteral(" (events[") + QString::number(event.index) +
            QStringLiteral("]) exceeds the maximum of ") + count(m_rules.maxMonths, "month") +
            QStringLiteral(" (") + m_rules.ruleSetName + QLatin1Char(')'));
}

} // namespace regie
