#pragma once

#include "common/Result.h"

namespace regie {

class MeetingService;

// Gives the demo's core-group and owners' meetings (added by addDemoSteering) their attending
// organisations, agenda, minutes and action points: some done, some open, one overdue, so that
// the meetings page has something to show. Returns the number of action points.
Result<int> addDemoMeetingDetails(MeetingService& meetings);

} // namespace regie
