#include "WritePath.h"

#include "Database.h"
#include "SqlStatement.h"
#include "Transaction.h"
#include "common/Clock.h"
#include "common/Ids.h"

#include <QDate>
#include <QDateTime>

namespace regie {

namespace {

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

Result<void> WritePath::checkRecord(const Table& t, const QString& entity, const QString& id)
{
    if (!t.writable)
        return makeError(ErrorCode::Usage, QStringLiteral("unknown entity %1").arg(entity));
    if (id.isEmpty())
        return makeError(ErrorCode::Usage, QStringLiteral("%1 without id").arg(entity));
    return {};
}

Result<void> WritePath::checkField(const Table& t, const QString& entity, const QString& field)
{
    if (field == QLatin1String("id") || field == QLatin1String("deleted") ||
        !t.columns.contains(field))
        return makeError(ErrorCode::Usage, QStringLiteral("%1 has no field %2").arg(entity, field),
                         field);
    return {};
}

Result<void> WritePath::checkEntity(const Mutation& m)
{
    const Table& t = table(m.entity);
    if (auto checked = checkRecord(t, m.entity, m.id); !checked.ok())
        return checked;
    for (auto it = m.fields.cbegin(); it != m.fields.cend(); ++it) {
        if (auto checked = checkField(t, m.entity, it.key()); !checked.ok())
            return checked;
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
    QVariantList values;
    for (auto it = m.fields.cbegin(); it != m.fields.cend(); ++it) {
        names << it.key();
        marks += QStringLiteral(", ?");
        values << normalize(it.value());
    }
    SqlStatement& insert = m_db.raw(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                        .arg(m.entity, names.join(QStringLiteral(", ")), marks));
    insert.bind(1, m.id);
    for (int i = 0; i < values.size(); ++i)
        insert.bind(i + 2, values.at(i));
    if (!insert.run())
        return insert.error(QStringLiteral("create %1").arg(m.entity));
    if (auto r = log(pass, m, QStringLiteral("create"), {}, {}, {}); !r.ok())
        return r;
    int i = 0;
    for (auto it = m.fields.cbegin(); it != m.fields.cend(); ++it, ++i) {
        if (values.at(i).isNull())
            continue;
        if (auto r = log(pass, m, QStringLiteral("set"), it.key(), {}, values.at(i)); !r.ok())
            return r;
    }
    return {};
}

Result<void> WritePath::applySet(const Mutation& m, Pass& pass)
{
    // Per field, one statement appends the change-log row with the stored value as the old value,
    // and only when the new value differs; then one UPDATE writes the changed fields. No separate
    // read: the log row takes the old value straight from the record.
    if (m.fields.size() == 1) { // the common edit, without lists
        const QString& field = m.fields.firstKey();
        const QVariant value = normalize(m.fields.first());
        auto logged = logChangedField(pass, m, field, value);
        if (!logged.ok())
            return logged.error();
        if (!logged.value())
            return requireRecord(m);
        SqlStatement& write = updateStatement(m.entity, field);
        write.bind(1, value);
        write.bind(2, m.id);
        if (!write.run())
            return write.error(QStringLiteral("update %1").arg(m.entity));
        return {};
    }
    QStringList changed;
    QVariantList newValues;
    for (auto it = m.fields.cbegin(); it != m.fields.cend(); ++it) {
        QVariant value = normalize(it.value());
        auto logged = logChangedField(pass, m, it.key(), value);
        if (!logged.ok())
            return logged.error();
        if (logged.value()) {
            changed << it.key();
            newValues << std::move(value);
        }
    }
    if (changed.isEmpty())
        return requireRecord(m);
    SqlStatement* write = nullptr;
    if (changed.size() == 1) {
        write = &updateStatement(m.entity, changed.constFirst());
    } else {
        QStringList assignments;
        for (const QString& field : changed)
            assignments << field + QStringLiteral(" = ?");
        write = &m_db.raw(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                              .arg(m.entity, assignments.join(QStringLiteral(", "))));
    }
    int index = 0;
    for (const QVariant& value : std::as_const(newValues))
        write->bind(++index, value);
    write->bind(++index, m.id);
    if (!write->run())
        return write->error(QStringLiteral("update %1").arg(m.entity));
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

} // namespace regie
