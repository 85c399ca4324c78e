#pragma once

#include "CliEnv.h"

namespace regie::cli {

// regie-cli plan list [--json] | plan show CODE [--json] | plan export [--version V] [--out FILE]
int runPlan(CliEnv& env, QStringList args);
// plan new-period and plan compare (PlanVersionCommands.cpp).
int runPlanNewPeriod(CliEnv& env, QStringList args, const QString& usage);
int runPlanCompare(CliEnv& env, QStringList args, const QString& usage);

} // namespace regie::cli
