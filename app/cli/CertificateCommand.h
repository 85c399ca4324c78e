#pragma once

#include "CliEnv.h"

namespace regie::cli {

// regie-cli certificate new --premises ID --date YYYY-MM-DD [--renewal-of CERT] [--json]
// regie-cli certificate event CERT --kind KIND ... [--json]   (see kUsage in the .cpp)
// regie-cli certificate show CERT [--at YYYY-MM-DD] [--json]
// regie-cli certificate list [--premises ID] [--at YYYY-MM-DD] [--json]
int runCertificate(CliEnv& env, QStringList args);

} // namespace regie::cli
