#include "WritePath.h"

#include "Database.h"
#include "Transaction.h"
#include "common/Clock.h"
#include "common/Ids.h"

#include <QDate>
#include <QDateTime>

namespace regie {

namespace {

const QSet<QString>& systemTables()
{
    static const QSet<QString> tables{QStringLiteral("installation"), QStringLiteral("meta"),
                                      QStringLiteral("change_log"), QStringLiteral("change_txn"),
                                      QStringLiteral("audit_log")};
    return tables;
}

const char* opName(Mutation::Kind kind)
{
    switch (kind) {
    case Mutation::Kind::Create: return "create";
    case Mutation::Kind::Set: return "set";
    case Mutation::Kind::Delete: return "delete";
    case Mutation::Kind::Restore: return "restore";
    }
    return "set";
}

} // namespace

struct WritePath::Pass
{
    QString txn;
    qint64 txnRow = 0; // change_txn.id, written with the first change-log row
    Receipt receipt;
};

WritePath::WritePath(Database& db, const Clock& clock, Actor actor, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_actor(std::move(actor)),
      m_hlc(m_actor.installationId), m_audit(db, clock)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT max(hlc) FROM change_log"));
    if (q.exec() && q.next())
        m_hlc.observe(q.value(0).toString());
    q.finish(); // an unfinished read would freeze this connection's snapshot
}

QVariant WritePath::normalize(const QVariant& value)
{
    if (!value.isValid())
        return QVariant();
    if (value.typeId() == QMetaType::QString) // a null QString is text too: '' and not NULL
        return value.toString().isNull() ? QVariant(QStringLiteral("")) : value;
    if (value.isNull())
        return QVariant();
    switch (value.typeId()) {
    case QMetaType::QDate: return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime: return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case QMetaType::Bool: return value.toBool() ? 1 : 0;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong: return value.toLongLong();
    case QMetaType::Float:
    case QMetaType::Double: return value.toDouble();
    default: return value.toString();
    }
}

bool WritePath::sameValue(const QVariant& a, const QVariant& b)
{
    const QVariant x = normalize(a), y = normalize(b);
    if (x.isNull() || y.isNull())
        return x.isNull() == y.isNull();
    return x == y;
}

Result<void> WritePath::checkEntity(const Mutation& m)
{
    const QStringList& columns = m_db.columnsOf(m.entity);
    if (systemTables().contains(m.entity) || !columns.contains(QLatin1String("id")) ||
        !columns.contains(QLatin1String("deleted")))
        return makeError(ErrorCode::Usage, QStringLiteral("unknown entity %1").arg(m.entity));
    if (m.id.isEmpty())
        return makeError(ErrorCode::Usage, QStringLiteral("%1 without id").arg(m.entity));
    for (auto it = m.fields.cbegin(); it != m.fields.cend(); ++it) {
        if (it.key() == QLatin1String("id") || it.key() == QLatin1String("deleted") ||
            !columns.contains(it.key()))
            return makeError(ErrorCode::Usage,
                             QStringLiteral("%1 has no field %2").arg(m.entity, it.key()),
                             it.key());
    }
    return {};
}

Result<Receipt> WritePath::apply(const ChangeSet& changes)
{
    Pass pass;
    pass.txn = newId();
    pass.receipt.txn = pass.txn;
    Transaction tx(m_db);
    if (!tx.status().ok())
        return tx.status().error();
    for (const Mutation& m : changes.mutations()) {
        if (auto checked = checkEntity(m); !checked.ok())
            return checked.error();
        Result<void> done = m.kind == Mutation::Kind::Create ? applyCreate(m, pass)
                            : m.kind == Mutation::Kind::Set  ? applySet(m, pass)
                                                             : applyTombstone(m, pass);
        if (!done.ok())
            return done.error();
    }
    if (pass.receipt.changes == 0 && pass.txnRow != 0) {
        // Every field already held its value: the action leaves no trace.
        QSqlQuery& unused = m_db.prepared(QStringLiteral("DELETE FROM change_txn WHERE id = ?"));
        unused.addBindValue(pass.txnRow);
        if (!unused.exec())
            return Database::errorOf(unused, QStringLiteral("change log"));
    }
    if (pass.receipt.changes > 0) {
        const Mutation& first = changes.mutations().constFirst();
        auto audited = m_audit.record(m_actor, changes.action(), first.entity, first.id, pass.txn,
                                      QStringLiteral("%1 change(s)").arg(pass.receipt.changes));
        if (!audited.ok())
            return audited.error();
    }
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    if (pass.receipt.changes > 0)
        Q_EMIT applied(pass.receipt);
    return pass.receipt;
}

Result<void> WritePath::applyCreate(const Mutation& m, Pass& pass)
{
    QStringList names{QStringLiteral("id")};
    QString marks = QStringLiteral("?");
    for (auto it = m.fields.cbegin(); it != m.fields.cend(); ++it) {
        names << it.key();
        marks += QStringLiteral(", ?");
    }
    QSqlQuery& q = m_db.prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                     .arg(m.entity, names.join(QStringLiteral(", ")), marks));
    q.addBindValue(m.id);
    for (auto it = m.fields.cbegin(); it != m.fields.cend(); ++it)
        q.addBindValue(normalize(it.value()));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("create %1").arg(m.entity));
    if (auto r = log(pass, m, QStringLiteral("create"), {}, {}, {}); !r.ok())
        return r;
    for (auto it = m.fields.cbegin(); it != m.fields.cend(); ++it) {
        const QVariant value = normalize(it.value());
        if (value.isNull())
            continue;
        if (auto r = log(pass, m, QStringLiteral("set"), it.key(), {}, value); !r.ok())
            return r;
    }
    return {};
}

Result<void> WritePath::applySet(const Mutation& m, Pass& pass)
{
    // Per field, one statement appends the change-log row with the stored value as the old value,
    // and only when the new value differs; then one UPDATE writes the changed fields. No separate
    // read: the log row takes the old value straight from the record.
    QStringList changed;
    QVariantList newValues;
    for (auto it = m.fields.cbegin(); it != m.fields.cend(); ++it) {
        const QVariant value = normalize(it.value());
        auto logged = logChangedField(pass, m, it.key(), value);
        if (!logged.ok())
            return logged.error();
        if (logged.value()) {
            changed << it.key();
            newValues << value;
        }
    }
    if (changed.isEmpty())
        return requireRecord(m);
    QStringList assignments;
    for (const QString& field : changed)
        assignments << field + QStringLiteral(" = ?");
    QSqlQuery& write = m_db.prepared(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                         .arg(m.entity, assignments.join(QStringLiteral(", "))));
    for (const QVariant& value : newValues)
        write.addBindValue(value);
    write.addBindValue(m.id);
    if (!write.exec())
        return Database::errorOf(write, QStringLiteral("update %1").arg(m.entity));
    return {};
}

Result<void> WritePath::requireRecord(const Mutation& m)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(m.entity));
    q.addBindValue(m.id);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("read %1").arg(m.entity));
    const bool found = q.next();
    q.finish();
    if (!found)
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 %2").arg(m.entity, m.id));
    return {};
}

Result<void> WritePath::applyTombstone(const Mutation& m, Pass& pass)
{
    const int flag = m.kind == Mutation::Kind::Delete ? 1 : 0;
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE %1 SET deleted = ? WHERE id = ? AND deleted <> ?").arg(m.entity));
    q.addBindValue(flag);
    q.addBindValue(m.id);
    q.addBindValue(flag);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("delete %1").arg(m.entity));
    if (q.numRowsAffected() == 0)
        return {}; // already in that state (or unknown): nothing to record
    return log(pass, m, QLatin1String(opName(m.kind)), QStringLiteral("deleted"), 1 - flag, flag);
}

Result<void> WritePath::beginLog(Pass& pass)
{
    if (pass.txnRow != 0)
        return {};
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO change_txn (txn, installation, user_name) VALUES (?, ?, ?)"));
    q.addBindValue(pass.txn);
    q.addBindValue(m_actor.installationId);
    q.addBindValue(m_actor.userName);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("change log"));
    pass.txnRow = q.lastInsertId().toLongLong();
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
    // The empty text and NULL count as the same value (WritePath::sameValue).
    const bool emptyText = newValue.typeId() == QMetaType::QString && newValue.toString().isEmpty();
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO change_log (txn_id, hlc, entity, entity_id, op, field, "
                       "old_value, new_value) SELECT ?, ?, ?, ?, 'set', ?, %2, ? FROM %1 "
                       "WHERE id = ? AND %3 IS NOT ?")
            .arg(m.entity, field,
                 emptyText ? QStringLiteral("coalesce(%1, '')").arg(field) : field));
    q.addBindValue(pass.txnRow);
    q.addBindValue(m_hlc.tick(m_clock.nowMs()));
    q.addBindValue(m.entity);
    q.addBindValue(m.id);
    q.addBindValue(field);
    q.addBindValue(newValue);
    q.addBindValue(m.id);
    q.addBindValue(newValue);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("change log"));
    if (q.numRowsAffected() == 0)
        return false; // unchanged (or no such record: applySet finds out)
    counted(pass, m, q.lastInsertId().toLongLong());
    return true;
}

Result<void> WritePath::log(Pass& pass, const Mutation& m, const QString& op, const QString& field,
                            const QVariant& oldValue, const QVariant& newValue)
{
    if (auto begun = beginLog(pass); !begun.ok())
        return begun;
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO change_log (txn_id, hlc, entity, entity_id, op, field, "
                       "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(pass.txnRow);
    q.addBindValue(m_hlc.tick(m_clock.nowMs()));
    q.addBindValue(m.entity);
    q.addBindValue(m.id);
    q.addBindValue(op);
    q.addBindValue(field.isNull() ? QStringLiteral("") : field); // '' for whole-record ops
    q.addBindValue(oldValue);
    q.addBindValue(newValue);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("change log"));
    counted(pass, m, q.lastInsertId().toLongLong());
    return {};
}

} // namespace regie
