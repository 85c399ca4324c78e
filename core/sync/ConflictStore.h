#pragma once

#include "common/Result.h"

#include <QVariant>
#include <QVector>

namespace regie {

class Database;
class WritePath;

// A concurrent edit of one field: both values, who and when (the stamps), for a person to decide.
// Kind "deletion": one side deleted the record while the other edited `field` without either
// knowing the other's change; deletionSide ("local" or "remote") is the deletion, whose value is
// null, the other side holds the edit's value.
struct SyncConflict
{
    qint64 id = 0;
    QString kind = QStringLiteral("field"); // field, deletion
    QString deletionSide;                   // for kind deletion: local or remote
    QString entity, entityId, field;
    QString localHlc, localInstallation, localUser;
    QVariant localValue;
    QString remoteHlc, remoteInstallation, remoteUser;
    QVariant remoteValue;
    QVariant currentValue;      // what the record holds now (the later stamp's value)
    bool recordDeleted = false; // the record is a tombstone now
    QString recordLabel;        // how staff know the record (RecordLabel), or empty

    bool isDeletion() const { return kind == QLatin1String("deletion"); }
    // For kind deletion: the side that edited (local or remote) and its value.
    bool editIsLocal() const { return deletionSide == QLatin1String("remote"); }
    QVariant editValue() const { return editIsLocal() ? localValue : remoteValue; }
    QString detectedAt;
    QString status; // open, resolved, superseded
    QString resolvedAt, resolvedBy;
};

// Lists and resolves conflicts. A resolution is an ordinary change through the write path, so it
// travels to the other installations like any edit (and settles the conflict there too).
class ConflictStore
{
public:
    // Local / Remote keep that side (for a deletion conflict: the edit or the deletion, whichever
    // that side is); Edit restores the record with the edit's value, Deletion confirms it; Value
    // writes the given value (and restores the record, for a deletion conflict).
    enum class Keep
    {
        Local,
        Remote,
        Value,
        Edit,
        Deletion
    };

    ConflictStore(Database& db, WritePath& writes) : m_db(db), m_writes(writes) {}

    Result<QVector<SyncConflict>> list(bool openOnly = true);
    Result<SyncConflict> get(qint64 id);
    Result<SyncConflict> resolve(qint64 id, Keep keep, const QVariant& value, const QString& when);

private:
    Result<SyncConflict> resolveDeletion(const SyncConflict& c, Keep keep, const QVariant& value,
                                         const QString& when);

    Database& m_db;
    WritePath& m_writes;
};

} // namespace regie
