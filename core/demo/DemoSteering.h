#pragma once

#include "common/Result.h"

namespace regie {

class Clock;
class IndicatorServices;

// The steering side of the demo: eighteen months of meetings (core group monthly, owners'
// consultation quarterly, safety and care partners, intersectoral) and the last two half-year
// reporting rounds, frozen, so that the indicators page and its report have something to show
// and to compare. Returns the number of frozen rounds.
Result<int> addDemoSteering(IndicatorServices& indicators, const Clock& clock);

} // namespace regie
