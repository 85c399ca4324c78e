#pragma once

#include "ClockReport.h"
#include "ClockScenario.h"
#include "MeasureRules.h"
#include "RuleBook.h"
#include "calendar/LegalCalendar.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace regie {

// The legal clock of a mayor's measure (domain-rules.md §4).
// - place-ban: the first ban-start ("months", default 1) and each ban-renewed ("months", default
//   1, running on from the day after the previous end) give banEnd; more renewals than allowed is
//   renewal-limit, any period longer than the maximum is duration-above-maximum.
// - closure-trafficking / closure-public-order: the first closure-start ("months" required) gives
//   closureEnd; any closure longer than the maximum is duration-above-maximum.
// The rule set is the one valid on the first start date (else the date of facts, else the newest).
class MeasureClock
{
    Q_DECLARE_TR_FUNCTIONS(MeasureClock)

public:
    static Result<ClockReport> run(const ClockScenario& scenario, const RuleBook& book,
                                   const LegalCalendar& calendar);

    MeasureClock(const ClockScenario& scenario, MeasureRules rules, const LegalCalendar& calendar);
    ClockReport evaluate();

private:
    void evaluatePlaceBan();
    void evaluateClosure();
    // `what` is a translated "<event> %1", %1 the date.
    void checkDuration(const ClockEvent& event, const QString& what);
    QString startType() const;

    const ClockScenario& m_scenario;
    MeasureRules m_rules;
    const LegalCalendar& m_calendar;
    ClockReport m_report;
};

} // namespace regie
