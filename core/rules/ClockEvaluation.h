#pragma once

#include "ClockReport.h"
#include "ClockScenario.h"
#include "RuleBook.h"
#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace regie {

// The legal clock behind `regie-cli clock`: a pure function of the scenario and the rule book
// (no database, no clock). Errors are ErrorCode::Format with Error::field naming the malformed
// element: "(root)", "procedure", "factsDate", "events[2].date", "events[0].type", ...
Result<ClockReport> evaluateClock(const ClockScenario& scenario, const RuleBook& book);
Result<QJsonObject> evaluateClockScenario(const QJsonObject& input, const RuleBook& book);
// Parses the JSON text first: not JSON or not an object is malformed at "(root)".
Result<QJsonObject> evaluateClockScenario(const QByteArray& json, const RuleBook& book);

} // namespace regie
