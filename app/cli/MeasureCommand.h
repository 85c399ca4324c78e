#pragma once

#include "CliEnv.h"

namespace regie::cli {

// regie-cli measure new --kind place-ban|closure-trafficking|closure-public-order|hearing-order
//                       (--person ID | --premises ID) --decided YYYY-MM-DD [--start YYYY-MM-DD]
//                       [--months N] [--perimeter TEXT] [--reason TEXT] [--order TEXT]
//                       [--hearing YYYY-MM-DD] [--urgency TEXT] [--consulted YYYY-MM-DD]
//                       [--confirmed YYYY-MM-DD] [--valid-until YYYY-MM-DD] [--gas NUMBER|ID]
// regie-cli measure event NUMBER|ID --type TYPE --date YYYY-MM-DD [--months N] [--note TEXT]
// regie-cli measure show NUMBER|ID
// regie-cli measure list [--kind K] [--state S] [--person ID] [--premises ID] [--limit N]
// Every form takes --json. Exit 0 done, 1 refused (rule and dates on stderr), 2 usage.
int runMeasure(CliEnv& env, QStringList args);

} // namespace regie::cli
