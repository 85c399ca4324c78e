#pragma once

#include "RuleSet.h"
#include "common/Result.h"

#include <QString>

namespace regie {

// Typed view of a gas-fine rule set (domain-rules.md §2). Built from the rule data; no number
// here is a literal default.
struct GasRules
{
    QString ruleSetName;
    int transmissionMonths = 0;
    int defenceDays = 0;
    double hearingThresholdEur = 0;
    bool minorsAlwaysHeard = true;
    int limitationMonths = 0;
    int limitationAlternativeMonths = 0;
    double adultMaxFineEur = 0;
    double minorMaxFineEur = 0;
    int minimumAge = 0;
    int majorityAge = 0;
    int communityServiceAdultMaxHours = 0;
    int communityServiceMinorMaxHours = 0;
    int paymentMonths = 0;
    int appealMonths = 0;
    int collectionYears = 0;
    int repeatWindowMonths = 0;

    // ErrorCode::Validation naming "rules.<key>" when a value is missing or mistyped.
    static Result<GasRules> fromRuleSet(const RuleSet& set);
};

} // namespace regie
