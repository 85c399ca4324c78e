#include "FieldNeighbours.h"

#include "storage/ChangeIndex.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QScopeGuard>

namespace regie {

namespace {

void take(const SqlStatement& q, QByteArrayView hlc, FieldNeighbour* n)
{
    n->found = true;
    n->hlc = QString::fromUtf8(hlc);
    n->oldValue = q.value(1);
    n->newValue = q.value(2);
    n->txnRow = q.columnInt64(3);
}

} // namespace

Result<FieldNeighbours> fieldNeighbours(Database& db, const QString& entity,
                                        const QString& entityId, const QString& field,
                                        const QString& hlc)
{
    // Stamps order as text; the field has few changes, so they are compared here rather than
    // sorted by SQLite twice (before and after). Who made them is looked up only for a conflict.
    SqlStatement& q = db.raw(QStringLiteral(
        "SELECT c.hlc, c.old_value, c.new_value, c.txn_id FROM change_index i JOIN change_log c "
        "ON c.seq = i.seq WHERE i.record_key = ? AND c.entity_id = ? AND c.field = ? "
        "AND c.entity = ?"));
    q.bind(1, ChangeIndex::keyOf(entityId, field));
    q.bind(2, entityId);
    q.bind(3, field);
    q.bind(4, entity);
    const auto stop = qScopeGuard([&q] { q.reset(); });
    const QByteArray stamp = hlc.toUtf8();
    QByteArray before, after; // the best stamps so far
    FieldNeighbours n;
    while (q.step()) {
        const QByteArrayView other = q.columnText(0);
        if (other < stamp) {
            if (!n.before.found || QByteArrayView(before) < other) {
                before = other.toByteArray();
                take(q, other, &n.before);
            }
        } else if (stamp < other) {
            if (!n.after.found || other < QByteArrayView(after)) {
                after = other.toByteArray();
                take(q, other, &n.after);
            }
        }
    }
    if (q.failed())
        return q.error(QStringLiteral("change history"));
    return n;
}

Result<QPair<QString, QString>> whoMade(Database& db, const FieldNeighbour& neighbour)
{
    SqlStatement& q =
        db.raw(QStringLiteral("SELECT installation, user_name FROM change_txn WHERE id = ?"));
    q.bind(1, neighbour.txnRow);
    if (!q.step())
        return q.failed() ? Result<QPair<QString, QString>>(q.error(QStringLiteral("change log")))
                          : makeError(ErrorCode::NotFound, QStringLiteral("change_txn row %1")
                                                               .arg(neighbour.txnRow));
    QPair<QString, QString> who{QString::fromUtf8(q.columnText(0)),
                                QString::fromUtf8(q.columnText(1))};
    q.reset();
    return who;
}

} // namespace regie
