#pragma once

#include "CliEnv.h"

namespace regie::cli {

// regie-cli deadlines [--due-within DAYS] [--limitation-within DAYS] [--no-derivations] [--json]
// The deadline board: overdue, due within DAYS (default 7), limitation within 30 days, hearings
// this week, measures ending within DAYS. Exit 0, 2 usage.
int runDeadlines(CliEnv& env, QStringList args);

} // namespace regie::cli
