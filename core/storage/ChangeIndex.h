#pragma once

#include "common/Result.h"

namespace regie {

class Database;

// The change log's lookup by record and field (table change_index, migration 0012), kept off the
// write path's hot path: it is brought up to date in one sorted batch when someone needs it.
// Whoever reads change_index must call catchUp() first, inside the same transaction.
namespace ChangeIndex {

// Indexes every change-log row written since the last catch-up; returns how many. fresh: the
// caller knows that none of them is indexed yet (no addRange() since the last catch-up), which
// spares a lookup per row.
Result<qint64> catchUp(Database& db, bool fresh = false);

// Indexes the change-log rows from..to at once, sorted (changes that arrived by sync, which the
// same import may look up before it ends). The next catchUp() passes over them.
Result<void> addRange(Database& db, qint64 from, qint64 to);

// The SQL condition "this change-log row belongs to the record (and field)": for readers of
// change_history, `seq IN (SELECT seq FROM change_index WHERE entity_id = ? AND field = ?)`.
// Binds: the record's id, then (withField) the field.
QString seqOf(bool withField);

} // namespace ChangeIndex

} // namespace regie
