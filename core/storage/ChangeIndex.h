#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QString>
#include <utility>

struct sqlite3;

namespace regie {

class Database;

// The change log's lookup by record and field (table change_index, migrations 0012 and 0013),
// kept off the write path's hot path: it is brought up to date in one sorted batch when someone
// needs it. Whoever reads change_index must call catchUp() first, inside the same transaction.
namespace ChangeIndex {

// The key of a record's field in change_index: the top 48 bits of the FNV-1a hash of the record
// id's UTF-8, then the top 16 bits of the field name's. Stored, so it never changes. Two records
// or fields may share a key: a reader also compares the change-log row's entity_id and field.
qint64 keyOf(QByteArrayView entityId, QByteArrayView field);
qint64 keyOf(const QString& entityId, const QString& field);
// The keys of all fields of a record: first and last, for BETWEEN.
std::pair<qint64, qint64> recordKeys(const QString& entityId);
// Makes keyOf() known to SQL as regie_index_key(entity_id, field) on this connection.
bool registerKeyFunction(sqlite3* db);

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
