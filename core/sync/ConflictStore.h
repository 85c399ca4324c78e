#pragma once

#include "common/Result.h"

#include <QVariant>
#include <QVector>

namespace regie {

class Database;
class WritePath;

// A concurrent edit of one field: both values, who and when (the stamps), for a person to decide.
struct SyncConflict
{
    qint64 id = 0;
    QString entity, entityId, field;
    QString localHlc, localInstallation, localUser;
    QVariant localValue;
    QString remoteHlc, remoteInstallation, remoteUser;
    QVariant remoteValue;
    QVariant currentValue; // what the record holds now (the later stamp's value)
    QString detectedAt;
    QString status; // open, resolved, superseded
    QString resolvedAt, resolvedBy;
};

// Lists and resolves conflicts. A resolution is an ordinary change through the write path, so it
// travels to the other installations like any edit (and settles the conflict there too).
class ConflictStore
{
public:
    enum class Keep
    {
        Local,
        Remote,
        Value
    };

    ConflictStore(Database& db, WritePath& writes) : m_db(db), m_writes(writes) {}

    Result<QVector<SyncConflict>> list(bool openOnly = true);
    Result<SyncConflict> get(qint64 id);
    Result<SyncConflict> resolve(qint64 id, Keep keep, const QVariant& value, const QString& when);

private:
    Database& m_db;
    WritePath& m_writes;
};

} // namespace regie
