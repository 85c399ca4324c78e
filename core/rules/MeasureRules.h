#pragma once

#include "RuleSet.h"
#include "common/Result.h"

#include <QString>

#include <optional>

namespace regie {

// Typed view of a mayor's-measure rule set (domain-rules.md §4): place ban, closures.
struct MeasureRules
{
    QString ruleSetName;
    int maxMonths = 0;              // the longest single period
    std::optional<int> maxRenewals; // place ban only

    static Result<MeasureRules> fromRuleSet(const RuleSet& set);
};

} // namespace regie
