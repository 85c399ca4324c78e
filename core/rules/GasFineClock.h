#pragma once

#include "ClockReport.h"
#include "ClockScenario.h"
#include "GasRules.h"
#include "RuleBook.h"
#include "calendar/LegalCalendar.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <optional>

namespace regie {

// The legal clock of a GAS fine procedure (domain-rules.md §2): deadlines transmission,
// startNotification, defence, earliestDecision, limitation, decisionNotification, payment, appeal
// (in that order, each left out while it cannot be known) and the violations finding-late,
// under-age, fine-above-maximum, decision-too-early, decision-after-limitation, hearing-not-held.
//
// When an event type occurs more than once, its latest date counts (a re-sent letter, a continued
// hearing); the checks on the decision use the first decision-posted.
class GasFineClock
{
    Q_DECLARE_TR_FUNCTIONS(GasFineClock)

public:
    // Picks the rule set valid on the date of facts; a scenario with no set in force is malformed
    // on "factsDate", a birth date after the facts on "birthDate".
    static Result<ClockReport> run(const ClockScenario& scenario, const RuleBook& book,
                                   const LegalCalendar& calendar);

    GasFineClock(const ClockScenario& scenario, GasRules rules, const LegalCalendar& calendar);
    ClockReport evaluate();

private:
    void assessPerson();
    void computeDeadlines();
    DerivedDate startNotification() const;
    DerivedDate earliestDecision() const;
    DerivedDate limitation() const;
    DerivedDate decisionNotification() const;
    bool hearingCounts() const;
    bool hearingPending() const;
    void checkFinding();
    void checkPerson();
    void checkDecision();

    const ClockScenario& m_scenario;
    GasRules m_rules;
    const LegalCalendar& m_calendar;
    ClockReport m_report;
    std::optional<int> m_age;
    DerivedDate m_transmission;
    DerivedDate m_startNotification;
    DerivedDate m_defence;
    DerivedDate m_earliestDecision;
    DerivedDate m_limitation;
    DerivedDate m_decisionNotification;
};

} // namespace regie
