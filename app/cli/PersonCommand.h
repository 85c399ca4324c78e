#pragma once

#include "CliEnv.h"

namespace regie::cli {

// regie-cli person add --family NAME [--given NAMES] [--birth YYYY-MM-DD] [--nrn NUMBER]
//                      [--address TEXT] [--json]
// regie-cli person add --legal NAME [--form FORM] [--kbo NUMBER] [--address TEXT] [--json]
// regie-cli person list [--search TEXT] [--limit N] [--json]
int runPerson(CliEnv& env, QStringList args);

} // namespace regie::cli
