#pragma once

#include "CliEnv.h"

namespace regie::cli {

// regie-cli planner --year YYYY [--json]
// JSON: an array of {premisesId, address, reason, dueDate, certificateId, conditionId, detail};
// reason is no-proactive-inspection, renewal-due or condition-overdue.
int runPlanner(CliEnv& env, QStringList args);

} // namespace regie::cli
