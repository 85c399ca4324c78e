#pragma once

#include "MeasureService.h"

#include <QJsonObject>

namespace regie::MeasureJson {

// JSON forms used by `regie-cli measure`. Dates are ISO, absent ones null.
QJsonObject measure(const Measure& measure);
QJsonObject event(const MeasureEvent& event);
QJsonObject outcome(const MeasureOutcome& outcome);
// The measure with its events, status, flags and the legal clock (end date with derivation).
QJsonObject view(const MeasureView& view);

} // namespace regie::MeasureJson
