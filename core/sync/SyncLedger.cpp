#include "SyncLedger.h"

#include "storage/Database.h"

namespace regie {

namespace {

Result<void> run(Database& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery& q = db.prepared(sql);
    for (const QVariant& v : values) // a null QString would bind as NULL
        q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull()
                           ? QVariant(QStringLiteral(""))
                           : v);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("sync ledger"));
    return {};
}

} // namespace

Result<void> SyncLedger::recordSent(const BundleHeader& h, const QString& recipient,
                                    const QString& file)
{
    return run(m_db,
               QStringLiteral("INSERT INTO sync_sent (bundle_id, recipient, from_seq, to_seq, "
                              "changes, scope, created_at, file) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
               {h.bundleId, recipient, h.fromSeq, h.toSeq, h.changes,
                h.scope.join(QLatin1Char(',')), h.createdAt.toUTC().toString(Qt::ISODate), file});
}

Result<void> SyncLedger::recordReceived(const BundleHeader& h, const QString& status,
                                        const QString& at)
{
    return run(m_db,
               QStringLiteral("INSERT INTO sync_received (bundle_id, sender, from_seq, to_seq, "
                              "changes, created_at, recorded_at, status) VALUES (?, ?, ?, ?, ?, "
                              "?, ?, ?) ON CONFLICT (bundle_id) DO UPDATE SET status = "
                              "excluded.status, recorded_at = excluded.recorded_at"),
               {h.bundleId, h.senderId, h.fromSeq, h.toSeq, h.changes,
                h.createdAt.toUTC().toString(Qt::ISODate), at, status});
}

Result<void> SyncLedger::markApplied(const QString& bundleId, const QString& at)
{
    return run(m_db,
               QStringLiteral("UPDATE sync_received SET status = 'applied', recorded_at = ? "
                              "WHERE bundle_id = ?"),
               {at, bundleId});
}

Result<QString> SyncLedger::receivedStatus(const QString& bundleId)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT status FROM sync_received WHERE bundle_id = ?"));
    q.addBindValue(bundleId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("sync_received"));
    const QString status = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return status;
}

Result<void> SyncLedger::addWaiting(const Waiting& w, const QString& at)
{
    return run(m_db,
               QStringLiteral("INSERT INTO sync_backlog (bundle_id, sender, from_seq, to_seq, "
                              "stored_at, path) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (bundle_id) "
                              "DO NOTHING"),
               {w.bundleId, w.sender, w.fromSeq, w.toSeq, at, w.path});
}

Result<void> SyncLedger::removeWaiting(const QString& bundleId)
{
    return run(m_db, QStringLiteral("DELETE FROM sync_backlog WHERE bundle_id = ?"), {bundleId});
}

Result<QVector<SyncLedger::Waiting>> SyncLedger::waiting(const QString& sender)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT bundle_id, sender, from_seq, to_seq, path FROM sync_backlog "
                       "WHERE ? = '' OR sender = ? ORDER BY sender, from_seq, to_seq"));
    q.addBindValue(sender.isNull() ? QStringLiteral("") : sender);
    q.addBindValue(sender.isNull() ? QStringLiteral("") : sender);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("sync_backlog"));
    QVector<Waiting> list;
    while (q.next())
        list.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                        q.value(3).toLongLong(), q.value(4).toString()});
    q.finish();
    return list;
}

Result<void> SyncLedger::recordReceipt(const QString& bundleId, const QString& peer,
                                       qint64 appliedSeq, const QString& at)
{
    return run(m_db,
               QStringLiteral("INSERT INTO sync_receipts (bundle_id, peer, applied_seq, "
                              "received_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
               {bundleId, peer, appliedSeq, at});
}

Result<QVector<SyncLedger::Entry>> SyncLedger::history()
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT 'sent', bundle_id, recipient, from_seq, to_seq, changes, created_at, 'sent' "
        "FROM sync_sent UNION ALL SELECT 'received', bundle_id, sender, from_seq, to_seq, "
        "changes, recorded_at, status FROM sync_received ORDER BY 7, 2"));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("sync history"));
    QVector<Entry> list;
    while (q.next())
        list.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                        q.value(6).toString(), q.value(7).toString()});
    q.finish();
    return list;
}

} // namespace regie
