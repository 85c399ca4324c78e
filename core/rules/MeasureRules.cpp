#include "MeasureRules.h"

namespace regie {

Result<MeasureRules> MeasureRules::fromRuleSet(const RuleSet& set)
{
    MeasureRules rules;
    rules.ruleSetName = set.name;
    const auto maxMonths = set.integer(QStringLiteral("maxMonths"));
    if (!maxMonths)
        return maxMonths.error();
    rules.maxMonths = *maxMonths;
    if (set.has(QStringLiteral("maxRenewals"))) {
        const auto renewals = set.integer(QStringLiteral("maxRenewals"));
        if (!renewals)
            return renewals.error();
        rules.maxRenewals = *renewals;
    }
    return rules;
}

} // namespace regie
