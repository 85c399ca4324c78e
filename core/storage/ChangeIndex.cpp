#include "ChangeIndex.h"

#include "Database.h"
#include "SqlStatement.h"
#include "Transaction.h"

namespace regie::ChangeIndex {

namespace {

Result<void> markAt(Database& db, qint64 seq)
{
    SqlStatement& moved = db.raw(QStringLiteral(
        "INSERT INTO change_index_mark (id, seq) VALUES (1, ?) "
        "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq"));
    moved.bind(1, seq);
    if (!moved.run())
        return moved.error(QStringLiteral("change index"));
    return {};
}

// Indexes the change-log rows after..upTo, sorted so that the new entries go into the index page
// after page instead of at random; how many it added.
Result<qint64> indexRows(Database& db, qint64 after, qint64 upTo, bool orIgnore)
{
    static const QString sql =
        QStringLiteral("INSERT %1 INTO change_index (entity_id, field, seq) SELECT entity_id, "
                       "field, seq FROM change_log WHERE seq > ? AND seq <= ? ORDER BY "
                       "entity_id, field, seq");
    static const QString plain = sql.arg(QString());
    static const QString ignoring = sql.arg(QStringLiteral("OR IGNORE"));
    SqlStatement& q = db.raw(orIgnore ? ignoring : plain); // an import calls this often
    q.bind(1, after);
    q.bind(2, upTo);
    if (!q.run())
        return q.error(QStringLiteral("change index"));
    return qint64(q.changes());
}

} // namespace

Result<qint64> catchUp(Database& db)
{
    Transaction tx(db); // nests in the caller's: the index and its mark move together
    if (!tx.status().ok())
        return tx.status().error();
    QSqlQuery& mark = db.prepared(QStringLiteral(
        "SELECT coalesce((SELECT seq FROM change_index_mark WHERE id = 1), 0), "
        "(SELECT coalesce(max(seq), 0) FROM change_log)"));
    if (!mark.exec() || !mark.next())
        return Database::errorOf(mark, QStringLiteral("change index"));
    const qint64 from = mark.value(0).toLongLong();
    const qint64 to = mark.value(1).toLongLong();
    mark.finish();
    if (to <= from)
        return qint64(0);
    // OR IGNORE: rows indexed early (add(), addRange()) by an import that did not finish are
    // rolled back with it; this only guards against a row indexed twice.
    auto added = indexRows(db, from, to, true);
    if (!added.ok())
        return added.error();
    if (auto marked = markAt(db, to); !marked.ok())
        return marked.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return added.value();
}

Result<void> addRange(Database& db, qint64 from, qint64 to)
{
    // Not OR IGNORE: these rows are new; a row indexed twice is a fault, refused by the key.
    auto added = indexRows(db, from - 1, to, false);
    return added.ok() ? Result<void>() : Result<void>(added.error());
}

Result<void> add(Database& db, const QString& entityId, const QString& field, qint64 seq)
{
    SqlStatement& q = db.raw(QStringLiteral(
        "INSERT OR IGNORE INTO change_index (entity_id, field, seq) VALUES (?, ?, ?)"));
    q.bind(1, entityId);
    q.bind(2, field);
    q.bind(3, seq);
    if (!q.run())
        return q.error(QStringLiteral("change index"));
    return {};
}

Result<void> markCaughtUp(Database& db)
{
    SqlStatement& top = db.raw(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
    if (!top.step())
        return top.error(QStringLiteral("change index"));
    const qint64 last = top.columnInt64(0);
    top.reset();
    return markAt(db, last);
}

} // namespace regie::ChangeIndex
