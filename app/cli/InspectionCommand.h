#pragma once

#include "CliEnv.h"

namespace regie::cli {

// regie-cli inspection add --premises ID --kind proactive|reactive --date YYYY-MM-DD
//                          [--inspector NAME] [--certificate CERT] [--json]
// regie-cli inspection show ID [--json]
// regie-cli inspection list [--premises ID] [--json]
// regie-cli inspection answer ID --item CODE --result conform|not-conform|na [--remark T]
//                             [--window N] [--json]
// regie-cli inspection photo ID --item CODE --file PATH [--json]
// regie-cli inspection finalise ID
// regie-cli inspection amend ID --item CODE --result R --reason T [--remark T] [--window N]
// regie-cli inspection finding ID --item CODE [--window N] [--description T] [--json]
// regie-cli inspection templates [--json]
// regie-cli inspection template-import FILE [--json]
int runInspection(CliEnv& env, QStringList args);

} // namespace regie::cli
