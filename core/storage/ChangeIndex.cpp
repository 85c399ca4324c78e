#include "ChangeIndex.h"

#include "Database.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <sqlite3.h>

namespace regie::ChangeIndex {

namespace {

quint64 fnv1a(QByteArrayView bytes)
{
    quint64 h = 14695981039346656037ULL;
    for (const char c : bytes) {
        h ^= quint64(static_cast<unsigned char>(c));
        h *= 1099511628211ULL;
    }
    return h;
}

constexpr quint64 FieldBits = 0xffffULL;

void sqlKey(sqlite3_context* context, int, sqlite3_value** args)
{
    const auto text = [](sqlite3_value* v) {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_value_text(v));
        return QByteArrayView(bytes, bytes ? sqlite3_value_bytes(v) : 0);
    };
    sqlite3_result_int64(context, keyOf(text(args[0]), text(args[1])));
}

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
        QStringLiteral("INSERT %1 INTO change_index (record_key, seq) SELECT "
                       "regie_index_key(entity_id, field), seq FROM change_log WHERE seq > ? AND "
                       "seq <= ? ORDER BY 1, 2");
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

qint64 keyOf(QByteArrayView entityId, QByteArrayView field)
{
    return qint64((fnv1a(entityId) & ~FieldBits) | (fnv1a(field) >> 48));
}

qint64 keyOf(const QString& entityId, const QString& field)
{
    return keyOf(QByteArrayView(entityId.toUtf8()), QByteArrayView(field.toUtf8()));
}

std::pair<qint64, qint64> recordKeys(const QString& entityId)
{
    const quint64 record = fnv1a(entityId.toUtf8()) & ~FieldBits;
    return {qint64(record), qint64(record | FieldBits)};
}

bool registerKeyFunction(sqlite3* db)
{
    return db && sqlite3_create_function_v2(
                     db, "regie_index_key", 2,
                     SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, sqlKey,
                     nullptr, nullptr, nullptr) == SQLITE_OK;
}

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
        "INSERT OR IGNORE INTO change_index (record_key, seq) VALUES (?, ?)"));
    q.bind(1, keyOf(entityId, field));
    q.bind(2, seq);
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
