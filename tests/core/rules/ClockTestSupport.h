#pragma once

// Helpers shared by the legal-clock tests: evaluate a scenario with the default rule book and
// render the output compactly, so a failing CHECK shows the whole result.
#include "rules/ClockEvaluation.h"
#include "rules/RuleBook.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

#include <string>

namespace regie::clocktest {

inline const RuleBook& book()
{
    static const RuleBook rules = RuleBook::loadDefault().value();
    return rules;
}

inline QJsonObject evaluate(const char* json)
{
    const auto result = evaluateClockScenario(QByteArray(json), book());
    if (!result.ok())
        FAIL("malformed at " << result.error().field.toStdString() << ": "
                             << result.error().detail.toStdString());
    return *result;
}

// "transmission=2026-05-10 startNotification=2026-04-24 ..." in output order.
inline std::string deadlines(const QJsonObject& output)
{
    QStringList parts;
    for (const QJsonValue& deadline : output.value(QLatin1String("deadlines")).toArray())
        parts << deadline[QLatin1String("name")].toString() + QLatin1Char('=') +
                     deadline[QLatin1String("date")].toString();
    return parts.join(QLatin1Char(' ')).toStdString();
}

inline std::string violations(const QJsonObject& output)
{
    QStringList rules;
    for (const QJsonValue& violation : output.value(QLatin1String("violations")).toArray())
        rules << violation[QLatin1String("rule")].toString();
    return rules.join(QLatin1Char(' ')).toStdString();
}

inline QJsonObject deadline(const QJsonObject& output, const char* name)
{
    for (const QJsonValue& value : output.value(QLatin1String("deadlines")).toArray()) {
        if (value[QLatin1String("name")].toString() == QLatin1String(name))
            return value.toObject();
    }
    return {};
}

inline std::string field(const char* json)
{
    const auto result = evaluateClockScenario(QByteArray(json), book());
    if (result.ok())
        return "(accepted)";
    CHECK(result.error().code == ErrorCode::Format);
    CHECK_FALSE(result.error().detail.isEmpty());
    return result.error().field.toStdString();
}

} // namespace regie::clocktest
