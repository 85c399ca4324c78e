#pragma once

#include "common/Result.h"

#include <QStringList>

namespace regie {

class Database;

// A SHA-256 over all user data, the same on two installations that hold the same data.
// User data: every table with an `id` and a `deleted` column (the tables the write path
// writes), deleted rows (tombstones) included. Left out: the change log and change_txn, the
// audit trail, the installation identity, meta, keys, trust list and sync bookkeeping.
// Canonical order: tables by name, rows by id, columns by name; each value typed (null,
// integer, real with 17 digits, text, blob) and length-prefixed, so no two data sets collide by
// concatenation.
class Digest
{
public:
    static Result<QString> compute(Database& db);
    static QStringList userTables(Database& db);
};

} // namespace regie
