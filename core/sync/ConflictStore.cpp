#include "ConflictStore.h"

#include "RecordLabel.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/WritePath.h"

namespace regie {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT conflict_id, entity, entity_id, field, local_hlc, local_installation, local_user, "
    "local_value, remote_hlc, remote_installation, remote_user, remote_value, detected_at, "
    "status, coalesce(resolved_at, ''), coalesce(resolved_by, ''), kind, "
    "coalesce(deletion_side, '') FROM sync_conflicts ");

SyncConflict fromRow(const QSqlQuery& q)
{
    SyncConflict c;
    c.id = q.value(0).toLongLong();
    c.entity = q.value(1).toString();
    c.entityId = q.value(2).toString();
    c.field = q.value(3).toString();
    c.localHlc = q.value(4).toString();
    c.localInstallation = q.value(5).toString();
    c.localUser = q.value(6).toString();
    c.localValue = q.value(7);
    c.remoteHlc = q.value(8).toString();
    c.remoteInstallation = q.value(9).toString();
    c.remoteUser = q.value(10).toString();
    c.remoteValue = q.value(11);
    c.detectedAt = q.value(12).toString();
    c.status = q.value(13).toString();
    c.resolvedAt = q.value(14).toString();
    c.resolvedBy = q.value(15).toString();
    c.kind = q.value(16).toString();
    c.deletionSide = q.value(17).toString();
    return c;
}

} // namespace

Result<QVector<SyncConflict>> ConflictStore::list(bool openOnly)
{
    QSqlQuery& q = m_db.prepared(
        kSelect + QStringLiteral("WHERE status = 'open' OR ? = 0 ORDER BY conflict_id"));
    q.addBindValue(openOnly ? 1 : 0);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("sync_conflicts"));
    QVector<SyncConflict> conflicts;
    while (q.next())
        conflicts << fromRow(q);
    q.finish();
    for (SyncConflict& c : conflicts) {
        c.recordLabel = RecordLabel::of(m_db, c.entity, c.entityId);
        if (m_db.columnsOf(c.entity).contains(c.field)) {
            QSqlQuery& v = m_db.prepared(
                QStringLiteral("SELECT %1, deleted FROM %2 WHERE id = ?").arg(c.field, c.entity));
            v.addBindValue(c.entityId);
            if (v.exec() && v.next()) {
                c.currentValue = v.value(0);
                c.recordDeleted = v.value(1).toInt() == 1;
            }
            v.finish();
        }
    }
    return conflicts;
}

Result<SyncConflict> ConflictStore::get(qint64 id)
{
    auto all = list(false);
    if (!all.ok())
        return all.error();
    for (const SyncConflict& c : all.value()) {
        if (c.id == id)
            return c;
    }
    return ruleError(ErrorCode::NotFound, QStringLiteral("unknown-conflict"),
                     QStringLiteral("no conflict %1").arg(id));
}

Result<SyncConflict> ConflictStore::resolve(qint64 id, Keep keep, const QVariant& value,
                                            const QString& when)
{
    auto found = get(id);
    if (!found.ok())
        return found.error();
    const SyncConflict& c = found.value();
    if (c.status != QLatin1String("open"))
        return ruleError(ErrorCode::RuleViolation, QStringLiteral("not-open"),
                         QStringLiteral("conflict %1 is %2").arg(id).arg(c.status));
    if (c.isDeletion())
        return resolveDeletion(c, keep, value, when);
    if (keep == Keep::Edit || keep == Keep::Deletion)
        return ruleError(ErrorCode::Usage, QStringLiteral("not-a-deletion"),
                         QStringLiteral("conflict %1 is between two values of %2: keep local, "
                                        "remote or a value")
                             .arg(id)
                             .arg(c.field));
    const QVariant chosen = keep == Keep::Local    ? c.localValue
                            : keep == Keep::Remote ? c.remoteValue
                                                   : value;
    Transaction tx(m_db);
    if (!tx.status().ok())
        return tx.status().error();
    if (c.field == QLatin1String("deleted")) {
        ChangeSet changes(QStringLiteral("sync.resolve"));
        if (chosen.toInt() == 1)
            changes.remove(c.entity, c.entityId);
        else
            changes.restore(c.entity, c.entityId);
        if (auto applied = m_writes.apply(changes); !applied.ok())
            return applied.error();
    } else {
        ChangeSet changes(QStringLiteral("sync.resolve"));
        changes.set(c.entity, c.entityId, c.field, chosen);
        if (auto applied = m_writes.apply(changes); !applied.ok())
            return applied.error();
    }
    // Every open conflict of that field is settled by the person's choice.
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE sync_conflicts SET status = 'resolved', resolved_at = ?, resolved_by = ? "
        "WHERE status = 'open' AND entity = ? AND entity_id = ? AND field = ?"));
    for (const QVariant& v : {QVariant(when), QVariant(m_writes.actor().userName),
                              QVariant(c.entity), QVariant(c.entityId), QVariant(c.field)})
        q.addBindValue(v);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("sync_conflicts"));
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return get(id);
}

// Keeping the edit restores the record with the edit's value (or the typed one); confirming the
// deletion deletes the record again, now knowing the edit: a restore and a deletion in one action,
// so the record is never visible in between. Either way the choice is an ordinary change that
// travels and settles the same conflict on the other installations.
Result<SyncConflict> ConflictStore::resolveDeletion(const SyncConflict& c, Keep keep,
                                                    const QVariant& value, const QString& when)
{
    const bool keepEdit = keep == Keep::Edit || keep == Keep::Value ||
                          (keep == Keep::Local && c.editIsLocal()) ||
                          (keep == Keep::Remote && !c.editIsLocal());
    Transaction tx(m_db);
    if (!tx.status().ok())
        return tx.status().error();
    ChangeSet changes(QStringLiteral("sync.resolve"));
    changes.restore(c.entity, c.entityId);
    if (keepEdit)
        changes.set(c.entity, c.entityId, c.field, keep == Keep::Value ? value : c.editValue());
    else
        changes.remove(c.entity, c.entityId);
    if (auto applied = m_writes.apply(changes); !applied.ok())
        return applied.error();
    // The record is decided as a whole: every open deletion conflict of it is settled.
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE sync_conflicts SET status = 'resolved', resolved_at = ?, resolved_by = ? "
        "WHERE status = 'open' AND kind = 'deletion' AND entity = ? AND entity_id = ?"));
    for (const QVariant& v : {QVariant(when), QVariant(m_writes.actor().userName),
                              QVariant(c.entity), QVariant(c.entityId)})
        q.addBindValue(v);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("sync_conflicts"));
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return get(c.id);
}

} // namespace regie
