#pragma once

#include <QStringList>
#include <QTextStream>

namespace regie::cli {

// `regie-cli clock FILE|-`: evaluates one legal-clock scenario (JSON) without a database and
// prints the deadlines and violations as JSON. `args` are the words after `clock`.
// Exit codes: 0 the scenario was read; 2 usage error, unreadable file or malformed scenario (the
// message on `err` names the field); 1 the embedded rule data could not be loaded.
int runClockCommand(const QStringList& args, QTextStream& out, QTextStream& err, QTextStream& in);

} // namespace regie::cli
