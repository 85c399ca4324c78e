#pragma once

#include "common/Result.h"

namespace regie {

class Database;

// The change log's lookup by record and field (table change_index, migration 0012), kept off the
// write path's hot path: it is brought up to date in one sorted batch when someone needs it.
// Whoever reads change_index must call catchUp() first, inside the same transaction.
namespace ChangeIndex {

// Indexes every change-log row written since the last catch-up; returns how many.
Result<qint64> catchUp(Database& db);

// An import indexes what it logs as it goes (it looks up earlier changes of the same bundle),
// after a catchUp() at its start, so that at its end the index is complete:
// addRange() indexes the change-log rows from..to, none of them indexed yet, in one sorted batch;
// add() one row whose record and field the caller knows (an edit that arrived);
// markCaughtUp() then records that every row of the log is indexed.
Result<void> addRange(Database& db, qint64 from, qint64 to);
Result<void> add(Database& db, const QString& entityId, const QString& field, qint64 seq);
Result<void> markCaughtUp(Database& db);

} // namespace ChangeIndex

} // namespace regie
