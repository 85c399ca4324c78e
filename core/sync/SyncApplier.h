#pragma once

#include "DeletionConflicts.h"
#include "FieldNeighbours.h"
#include "LatestChanges.h"
#include "common/Result.h"
#include "storage/RemoteChange.h"

#include <QHash>
#include <QMap>
#include <QVector>

namespace regie {

class Database;
class SqlStatement;
class WritePath;

// What applying a bundle did (or would do, in a preview), per entity.
struct EntityCounts
{
    int created = 0;   // records that were not here
    int changed = 0;   // fields (and tombstones) written
    int outdated = 0;  // changes that arrived after a later stamp had already won their field
    int conflicts = 0; // concurrent edits kept for a person to decide
    int known = 0;     // changes already here (duplicates): nothing done
};

// Applies the change records of one bundle, in the sender's order, inside the caller's
// transaction. Field by field, the later HLC stamp wins, so every replica ends with the same
// value whatever order bundles arrive in. Two changes of one field are concurrent when the later
// one was not made on top of the earlier one's value (its old value differs from the earlier new
// value) and their new values differ: both are then kept in sync_conflicts. A tombstone is the
// field `deleted` under the same rule, so an older create or edit never brings a deleted record
// back; only a later explicit restore does. An edit that a deletion was made without knowing is
// kept as a conflict too (DeletionConflicts). Every change is logged with its original stamp.
class SyncApplier
{
public:
    SyncApplier(Database& db, WritePath& writes, QString bundleId, QString detectedAt);

    // basis: what a deletion was made knowing, as it came in the bundle (DeletionBasis).
    Result<void> add(const RemoteChange& change, const std::optional<FieldStamps>& basis = {});
    Result<void> finish();

    const QMap<QString, EntityCounts>& counts() const { return m_counts; }
    int applied() const { return m_applied; }

private:
    Result<void> applyGroup();
    Result<void> applyOne(const RemoteChange& change, const std::optional<FieldStamps>& basis = {});
    // An edit and a deletion of the record made without knowing each other (DeletionConflicts).
    Result<void> judgeDeletion(const RemoteChange& change, const std::optional<FieldStamps>& basis,
                               bool wins);
    Result<bool> known(const QString& hlc);
    Result<bool> exists(const QString& entity, const QString& id);
    // Whether the record is deleted now (false when it is not here).
    Result<bool> isDeleted(const QString& entity, const QString& id);
    Result<void> log(const RemoteChange& change);
    // Puts what this import logged so far into change_index, in one sorted batch, before a
    // lookup by record.
    Result<void> indexLogged();
    Result<void> conflict(const FieldNeighbour& local, const RemoteChange& remote,
                          const QString& field);
    Result<void> supersede(const RemoteChange& change, const QString& field);

    Database& m_db;
    WritePath& m_writes;
    QString m_bundleId;
    QString m_detectedAt;
    DeletionConflicts m_deletions;
    QVector<RemoteChange> m_group; // a create and the field values of the same action
    QString m_existsEntity;        // the table exists() probed last, and its statement
    SqlStatement* m_exists = nullptr;
    QString m_deletedEntity; // the same for isDeleted()
    SqlStatement* m_deleted = nullptr;
    bool m_openConflicts = true; // whether sync_conflicts may hold an open conflict
    LatestChanges m_latest;  // of the fields this import changed
    quint64 m_tombstones = 0; // tombstone changes written so far: what m_latest knows as live
    QHash<QString, qint64> m_txnRows;
    RemoteChange m_lastTxn; // the action of the change logged last, and its change_txn row
    qint64 m_lastTxnRow = 0;
    qint64 m_unindexedFrom = 0, m_unindexedTo = 0; // logged by this import, not yet indexed
    struct
    {
        QString entityId, field;
    } m_lastLogged; // the record and field of the change-log row written last
    QMap<QString, EntityCounts> m_counts;
    int m_applied = 0;
};

} // namespace regie
