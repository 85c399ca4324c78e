// The write path's part for changes that arrive from other installations in a sync bundle.
// Like WritePath::apply, every row written here has its change-log record; unlike it, the record
// keeps the stamp, installation and user of the installation where the change was made, so that
// every replica orders the change alike and can relay it further.

#include "Database.h"
#include "SqlStatement.h"
#include "WritePath.h"

namespace regie {

Result<qint64> WritePath::remoteTxn(const RemoteChange& change)
{
    SqlStatement& q = m_db.raw(
        QStringLiteral("INSERT INTO change_txn (txn, installation, user_name) VALUES (?, ?, ?)"));
    q.bind(1, change.txn);
    q.bind(2, change.installation);
    q.bind(3, change.userName);
    if (!q.run())
        return q.error(QStringLiteral("change log"));
    return q.lastRowid();
}

Result<qint64> WritePath::logRemote(const RemoteChange& change, qint64 txnRow)
{
    if (!m_remoteLog)
        m_remoteLog = &m_db.raw(
            QStringLiteral("INSERT INTO change_log (txn_id, hlc, entity, entity_id, op, field, "
                           "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    SqlStatement& q = *m_remoteLog;
    const QString field = change.field.isNull() ? QStringLiteral("") : change.field;
    const QVariant oldValue = normalize(change.oldValue), newValue = normalize(change.newValue);
    q.bind(1, txnRow);
    q.bind(2, change.hlc);
    q.bind(3, change.entity);
    q.bind(4, change.entityId);
    q.bind(5, change.op);
    q.bind(6, field);
    q.bind(7, oldValue);
    q.bind(8, newValue);
    if (!q.run())
        return q.error(QStringLiteral("change log"));
    m_hlc.observe(change.hlc);
    // Not in change_index yet: the importer indexes what it logged before it looks anything up
    // (SyncApplier), and in one sorted batch at the end (ChangeIndex::catchUp).
    return q.lastRowid();
}

Result<bool> WritePath::insertRemote(const QString& entity, const QString& id,
                                     const QVariantMap& fields)
{
    const Mutation m{Mutation::Kind::Create, entity, id, fields};
    if (auto checked = checkEntity(m); !checked.ok())
        return checked.error();
    // The records of one table in a bundle mostly come with the same fields: one statement.
    Table& t = table(entity);
    if (!t.remoteInsert || t.remoteFields.size() != fields.size() ||
        !std::equal(fields.keyBegin(), fields.keyEnd(), t.remoteFields.cbegin())) {
        t.remoteFields = fields.keys();
        QString marks = QStringLiteral("?");
        for (qsizetype i = 0; i < fields.size(); ++i)
            marks += QStringLiteral(", ?");
        t.remoteInsert =
            &m_db.raw(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO NOTHING")
                          .arg(entity,
                               (QStringList{QStringLiteral("id")} + t.remoteFields)
                                   .join(QStringLiteral(", ")),
                               marks));
    }
    SqlStatement& q = *t.remoteInsert;
    q.bind(1, id);
    int index = 2;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        q.bind(index++, normalize(it.value()));
    if (!q.run())
        return q.error(QStringLiteral("create %1").arg(entity));
    return q.changes() > 0;
}

Result<bool> WritePath::updateRemote(const QString& entity, const QString& id, const QString& field,
                                     const QVariant& value)
{
    // As checkEntity(), without building a mutation for every change of an import.
    Table& t = table(entity);
    if (auto checked = checkRecord(t, entity, id); !checked.ok())
        return checked.error();
    const bool tombstone = field == QLatin1String("deleted");
    if (!tombstone) {
        if (auto checked = checkField(t, entity, field); !checked.ok())
            return checked.error();
    }
    const QVariant stored = normalize(value);
    if (!tombstone) {
        // Most edits meet a live record: one statement writes the value and tells so.
        SqlStatement*& live = t.updateLiveField[field];
        if (!live)
            live = &m_db.raw(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ? AND deleted = 0")
                                 .arg(entity, field));
        live->bind(1, stored);
        live->bind(2, id);
        if (!live->run())
            return live->error(QStringLiteral("update %1").arg(entity));
        if (live->changes() > 0)
            return true;
    }
    SqlStatement& q = updateStatement(entity, field);
    q.bind(1, stored);
    q.bind(2, id);
    if (!q.run())
        return q.error(QStringLiteral("update %1").arg(entity));
    if (q.changes() == 0)
        return ruleError(ErrorCode::NotFound, QStringLiteral("missing-record"),
                         QStringLiteral("%1 %2 is not here").arg(entity, id));
    return false;
}

} // namespace regie
