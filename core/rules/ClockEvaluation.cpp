#include "ClockEvaluation.h"

#include "GasFineClock.h"
#include "MeasureClock.h"
#include "calendar/LegalCalendar.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace regie {

Result<ClockReport> evaluateClock(const ClockScenario& scenario, const RuleBook& book)
{
    const LegalCalendar calendar;
    if (scenario.procedure == ProcedureKind::GasFine)
        return GasFineClock::run(scenario, book, calendar);
    return MeasureClock::run(scenario, book, calendar);
}

Result<QJsonObject> evaluateClockScenario(const QJsonObject& input, const RuleBook& book)
{
    const auto scenario = ClockScenario::fromJson(input);
    if (!scenario)
        return scenario.error();
    const auto report = evaluateClock(*scenario, book);
    if (!report)
        return report.error();
    return report->toJson();
}

Result<QJsonObject> evaluateClockScenario(const QByteArray& json, const RuleBook& book)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Format,
                         QStringLiteral("not JSON: ") + parseError.errorString() +
                             QStringLiteral(" at offset ") + QString::number(parseError.offset),
                         QStringLiteral("(root)"));
    if (!document.isObject())
        return makeError(ErrorCode::Format, QStringLiteral("the scenario must be a JSON object"),
                         QStringLiteral("(root)"));
    return evaluateClockScenario(document.object(), book);
}

} // namespace regie
