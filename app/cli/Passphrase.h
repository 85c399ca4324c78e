#pragma once

#include "CliEnv.h"

namespace regie::cli {

// The passphrase that unlocks this installation's private keys: from --passphrase-file FILE
// (the first line; the file should be readable by its owner only) or typed at a terminal
// without echo. Never from the command line, where other users and the shell history see it.
Result<QByteArray> readPassphrase(CliEnv& env, QStringList& args, bool confirm = false);

} // namespace regie::cli
