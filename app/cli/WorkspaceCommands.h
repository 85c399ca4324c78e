#pragma once

#include "CliEnv.h"

namespace regie::cli {

// regie-cli init [--code CODE] [--name NAME] [--no-seed]
int runInit(CliEnv& env, QStringList args);
// regie-cli info [--json]
int runInfo(CliEnv& env, QStringList args);
// regie-cli demo --size N
int runDemo(CliEnv& env, QStringList args);

} // namespace regie::cli
