// The write path's part for changes that arrive from other installations in a sync bundle.
// Like WritePath::apply, every row written here has its change-log record; unlike it, the record
// keeps the stamp, installation and user of the installation where the change was made, so that
// every replica orders the change alike and can relay it further.

#include "ChangeIndex.h"
#include "Database.h"
#include "WritePath.h"

namespace regie {

Result<qint64> WritePath::remoteTxn(const RemoteChange& change)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO change_txn (txn, installation, user_name) VALUES (?, ?, ?)"));
    q.addBindValue(change.txn);
    q.addBindValue(change.installation);
    q.addBindValue(change.userName);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("change log"));
    return q.lastInsertId().toLongLong();
}

Result<qint64> WritePath::logRemote(const RemoteChange& change, qint64 txnRow)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO change_log (txn_id, hlc, entity, entity_id, op, field, "
                       "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(txnRow);
    q.addBindValue(change.hlc);
    q.addBindValue(change.entity);
    q.addBindValue(change.entityId);
    q.addBindValue(change.op);
    q.addBindValue(change.field.isNull() ? QStringLiteral("") : change.field);
    q.addBindValue(normalize(change.oldValue));
    q.addBindValue(normalize(change.newValue));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("change log"));
    m_hlc.observe(change.hlc);
    const qint64 seq = q.lastInsertId().toLongLong();
    // The same import may look this change up again (change_index, migration 0012).
    const QString field = change.field.isNull() ? QStringLiteral("") : change.field;
    if (auto indexed = ChangeIndex::add(m_db, change.entityId, field, seq); !indexed.ok())
        return indexed.error();
    return seq;
}

Result<bool> WritePath::insertRemote(const QString& entity, const QString& id,
                                     const QVariantMap& fields)
{
    const Mutation m{Mutation::Kind::Create, entity, id, fields};
    if (auto checked = checkEntity(m); !checked.ok())
        return checked.error();
    QStringList names{QStringLiteral("id")};
    QString marks = QStringLiteral("?");
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        names << it.key();
        marks += QStringLiteral(", ?");
    }
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO NOTHING")
                          .arg(entity, names.join(QStringLiteral(", ")), marks));
    q.addBindValue(id);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        q.addBindValue(normalize(it.value()));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("create %1").arg(entity));
    return q.numRowsAffected() > 0;
}

Result<void> WritePath::updateRemote(const QString& entity, const QString& id, const QString& field,
                                     const QVariant& value)
{
    if (field != QLatin1String("deleted")) {
        if (auto checked = checkEntity({Mutation::Kind::Set, entity, id, {{field, value}}});
            !checked.ok())
            return checked.error();
    } else if (auto checked = checkEntity({Mutation::Kind::Delete, entity, id, {}});
               !checked.ok()) {
        return checked.error();
    }
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(entity, field));
    q.addBindValue(normalize(value));
    q.addBindValue(id);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("update %1").arg(entity));
    if (q.numRowsAffected() == 0)
        return ruleError(ErrorCode::NotFound, QStringLiteral("missing-record"),
                         QStringLiteral("%1 %2 is not here").arg(entity, id));
    return {};
}

} // namespace regie
