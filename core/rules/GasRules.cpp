#include "GasRules.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace regie {

namespace {

const std::array<std::pair<const char*, int GasRules::*>, 12> IntegerRules = {{
    {"transmissionMonths", &GasRules::transmissionMonths},
    {"defenceDays", &GasRules::defenceDays},
    {"limitationMonths", &GasRules::limitationMonths},
    {"limitationAlternativeMonths", &GasRules::limitationAlternativeMonths},
    {"minimumAge", &GasRules::minimumAge},
    {"majorityAge", &GasRules::majorityAge},
    {"communityServiceAdultMaxHours", &GasRules::communityServiceAdultMaxHours},
    {"communityServiceMinorMaxHours", &GasRules::communityServiceMinorMaxHours},
    {"paymentMonths", &GasRules::paymentMonths},
    {"appealMonths", &GasRules::appealMonths},
    {"collectionYears", &GasRules::collectionYears},
    {"repeatWindowMonths", &GasRules::repeatWindowMonths},
}};

const std::array<std::pair<const char*, double GasRules::*>, 3> AmountRules = {{
    {"hearingThresholdEur", &GasRules::hearingThresholdEur},
    {"adultMaxFineEur", &GasRules::adultMaxFineEur},
    {"minorMaxFineEur", &GasRules::minorMaxFineEur},
}};

} // namespace

Result<GasRules> GasRules::fromRuleSet(const RuleSet& set)
{
    if (set.procedure != ProcedureKind::GasFine)
        return makeError(
            ErrorCode::Validation,
            QCoreApplication::translate("GasRules", "rule set %1 is not a gas-fine rule set")
                .arg(set.name),
            QStringLiteral("procedure"));
    GasRules rules;
    rules.ruleSetName = set.name;
    for (const auto& [key, member] : IntegerRules) {
        const auto value = set.integer(QLatin1String(key));
        if (!value)
            return value.error();
        rules.*member = *value;
    }
    for (const auto& [key, member] : AmountRules) {
        const auto value = set.amount(QLatin1String(key));
        if (!value)
            return value.error();
        rules.*member = *value;
    }
    const auto heard = set.flag(QStringLiteral("minorsAlwaysHeard"));
    if (!heard)
        return heard.error();
    rules.minorsAlwaysHeard = *heard;
    return rules;
}

} // namespace regie
