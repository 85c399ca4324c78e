#pragma once

#include "CliEnv.h"

namespace regie::cli {

// regie-cli gas new --person ID --facts YYYY-MM-DD --offence CODE --report TEXT
//                   --received YYYY-MM-DD [--report-kind police|administrative] [--fine EUR]
//                   [--place TEXT] [--notes TEXT] [--json]
// regie-cli gas event NUMBER|ID --type TYPE --date YYYY-MM-DD [--amount EUR] [--court TEXT]
//                     [--outcome TEXT] [--reference TEXT] [--note TEXT] [--json]
// regie-cli gas show NUMBER|ID [--json]
// regie-cli gas list [--state S[,S...]] [--person ID] [--offence CODE] [--from YYYY-MM-DD]
//                    [--to YYYY-MM-DD] [--search TEXT] [--limit N] [--offset N] [--json]
// regie-cli gas offences [--json]
// Exit 0 done, 1 refused (rule and dates on stderr), 2 usage.
int runGas(CliEnv& env, QStringList args);

// Shared by the procedure commands: "--name YYYY-MM-DD" (strict ISO); a null QDate when the
// option is absent; a Usage error naming the option when it is malformed.
Result<QDate> takeDate(QStringList& args, const QString& name);
// "--name NUMBER"; nullopt when absent; a Usage error naming the option when malformed.
Result<std::optional<double>> takeNumber(QStringList& args, const QString& name);

} // namespace regie::cli
