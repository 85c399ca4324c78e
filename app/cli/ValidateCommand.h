#pragma once

#include <QStringList>
#include <QTextStream>

namespace regie::cli {

// regie-cli validate KIND VALUE [--json]
// KIND: nrn, bis, kbo, iban, ogm (or pv, a soft check that is always valid). Quote values that
// contain spaces. Exit 0 when valid (the display form on out, warnings on err), 1 when invalid
// ("invalid: RULE: DETAIL" on err), 2 for a usage error (a usage line on err). With --json the
// full check goes to out as a JSON object, with the same exit codes.
// `args` are the words after "validate".
int runValidateCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace regie::cli
