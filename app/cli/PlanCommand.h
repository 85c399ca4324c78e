#pragma once

#include "CliEnv.h"

namespace regie::cli {

// regie-cli plan list [--json] | plan show CODE [--json] | plan export [--version V] [--out FILE]
int runPlan(CliEnv& env, QStringList args);

} // namespace regie::cli
