// The write path's change log: the action's change_txn row, one change-log row per changed
// field, and the compiled statements of the hot path (one SQLite statement per table and field,
// kept for the life of the connection).
#include "Database.h"
#include "SqlStatement.h"
#include "WritePath.h"
#include "common/Clock.h"

namespace regie {

namespace {

const QSet<QString>& systemTables()
{
    static const QSet<QString> tables{QStringLiteral("installation"), QStringLiteral("meta"),
                                      QStringLiteral("change_log"), QStringLiteral("change_txn"),
                                      QStringLiteral("audit_log")};
    return tables;
}

} // namespace

WritePath::Table& WritePath::table(const QString& entity)
{
    if (m_lastTable && entity == m_lastEntity) // a change set mostly touches one table
        return *m_lastTable;
    auto it = m_tables.find(entity);
    if (it != m_tables.end()) {
        m_lastEntity = entity;
        m_lastTable = &it.value();
        return it.value();
    }
    m_lastTable = nullptr; // the insertion below may move the other tables' entries
    Table t;
    const QStringList& columns = m_db.columnsOf(entity);
    t.columns = QSet<QString>(columns.cbegin(), columns.cend());
    t.writable = !systemTables().contains(entity) && t.columns.contains(QStringLiteral("id")) &&
                 t.columns.contains(QStringLiteral("deleted"));
    return m_tables.insert(entity, std::move(t)).value();
}

SqlStatement& WritePath::logStatement(const QString& entity, const QString& field, bool emptyText)
{
    auto& slots = table(entity).logField[field];
    SqlStatement*& slot = slots[emptyText ? 1 : 0];
    if (!slot) {
        // The log row takes the old value from the record itself, and is written only when the
        // stored value differs from the new one (the empty text and NULL count as equal). Table
        // and field are names from the schema (checkEntity), written into the statement: fewer
        // values to bind and convert per edit.
        slot = &m_db.raw(
            QStringLiteral("INSERT INTO change_log (txn_id, hlc, entity, entity_id, op, field, "
                           "old_value, new_value) SELECT ?1, ?2, '%1', ?3, 'set', '%2', %2, ?4 "
                           "FROM %1 WHERE id = ?3 AND %3 IS NOT ?4")
                .arg(entity, field,
                     emptyText ? QStringLiteral("coalesce(%1, '')").arg(field) : field));
    }
    return *slot;
}

SqlStatement& WritePath::updateStatement(const QString& entity, const QString& field)
{
    SqlStatement*& slot = table(entity).updateField[field];
    if (!slot)
        slot = &m_db.raw(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(entity, field));
    return *slot;
}

Result<void> WritePath::beginLog(Pass& pass)
{
    if (pass.txnRow != 0)
        return {};
    SqlStatement& q = m_db.raw(QStringLiteral(
        "INSERT INTO change_txn (txn, installation, user_name) VALUES (?, ?, ?)"));
    q.bind(1, pass.txn);
    q.bind(2, m_actor.installationId);
    q.bind(3, m_actor.userName);
    if (!q.run())
        return q.error(QStringLiteral("change log"));
    pass.txnRow = q.lastRowid();
    // This connection now holds the write lock. Another program on the same database (the GUI and
    // the CLI, say) may have stamped changes since this one last looked: continue after them, so
    // stamps stay unique and ordered.
    QSqlQuery& latest = m_db.prepared(QStringLiteral("SELECT max(hlc) FROM change_log"));
    if (!latest.exec())
        return Database::errorOf(latest, QStringLiteral("change log"));
    if (latest.next())
        m_hlc.observe(latest.value(0).toString());
    latest.finish();
    return {};
}

void WritePath::counted(Pass& pass, const Mutation& m, qint64 seq)
{
    if (pass.receipt.firstSeq == 0)
        pass.receipt.firstSeq = seq;
    pass.receipt.lastSeq = seq;
    ++pass.receipt.changes;
    pass.receipt.entities.insert(m.entity);
}

Result<bool> WritePath::logChangedField(Pass& pass, const Mutation& m, const QString& field,
                                        const QVariant& newValue)
{
    if (auto begun = beginLog(pass); !begun.ok())
        return begun.error();
    const bool emptyText = newValue.typeId() == QMetaType::QString && newValue.toString().isEmpty();
    SqlStatement& q = logStatement(m.entity, field, emptyText);
    const QByteArray stamp = m_hlc.tickAscii(m_clock.nowMs());
    q.bind(1, pass.txnRow);
    q.bindAscii(2, stamp);
    q.bind(3, m.id);
    q.bind(4, newValue);
    if (!q.run())
        return q.error(QStringLiteral("change log"));
    if (q.changes() == 0)
        return false; // unchanged (or no such record: applySet finds out)
    counted(pass, m, q.lastRowid());
    return true;
}

Result<void> WritePath::log(Pass& pass, const Mutation& m, const QString& op, const QString& field,
                            const QVariant& oldValue, const QVariant& newValue)
{
    if (auto begun = beginLog(pass); !begun.ok())
        return begun;
    SqlStatement& q = m_db.raw(
        QStringLiteral("INSERT INTO change_log (txn_id, hlc, entity, entity_id, op, field, "
                       "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QByteArray stamp = m_hlc.tickAscii(m_clock.nowMs());
    const QString fieldName = field.isNull() ? QStringLiteral("") : field; // '' for whole records
    q.bind(1, pass.txnRow);
    q.bindAscii(2, stamp);
    q.bind(3, m.entity);
    q.bind(4, m.id);
    q.bind(5, op);
    q.bind(6, fieldName);
    q.bind(7, oldValue);
    q.bind(8, newValue);
    if (!q.run())
        return q.error(QStringLiteral("change log"));
    counted(pass, m, q.lastRowid());
    return {};
}

} // namespace regie
