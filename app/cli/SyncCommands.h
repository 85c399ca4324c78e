#pragma once

#include "CliEnv.h"

namespace regie::cli {

// regie-cli keys init | export-public --out FILE | trust FILE --name NAME | revoke NAME |
//           list [--json]                                                  (KeysCommand.cpp)
int runKeys(CliEnv& env, QStringList args);
// regie-cli bundle export --to NAME --out FILE [--since SEQ] [--scope LIST] |
//           inspect FILE | import FILE [--dry-run] [--receipt PATH]        (BundleCommand.cpp)
int runBundle(CliEnv& env, QStringList args);
// regie-cli conflicts list [--all] [--json] |
//           resolve ID (--keep local|remote | --value TEXT)                (ConflictsCommand.cpp)
int runConflicts(CliEnv& env, QStringList args);
// regie-cli digest: the hex SHA-256 of all user data, alone on its line    (DigestCommand.cpp)
int runDigest(CliEnv& env, QStringList args);

} // namespace regie::cli
