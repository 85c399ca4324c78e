#pragma once

#include "BundleHeader.h"
#include "common/Result.h"

#include <QVector>

namespace regie {

class Database;

// The bookkeeping of sync: bundles sent and received, the backlog of bundles that wait for a
// predecessor, and receipts. Installation-local, not user data: plain SQL here, never synced,
// not in digest (see migration 0005).
class SyncLedger
{
public:
    struct Waiting
    {
        QString bundleId;
        QString sender;
        qint64 fromSeq = 0;
        qint64 toSeq = 0;
        QString path;
    };
    struct Entry
    {
        QString direction; // sent, received
        QString bundleId;
        QString peer;
        qint64 fromSeq = 0;
        qint64 toSeq = 0;
        qint64 changes = 0;
        QString at;
        QString status; // sent, applied, waiting
    };

    explicit SyncLedger(Database& db) : m_db(db) {}

    Result<void> recordSent(const BundleHeader& h, const QString& recipient, const QString& file);
    Result<void> recordReceived(const BundleHeader& h, const QString& status, const QString& at);
    // A waiting bundle whose changes all arrived through other bundles counts as applied.
    Result<void> markApplied(const QString& bundleId, const QString& at);
    // The status of a received bundle ("applied", "waiting"), or empty when never seen.
    Result<QString> receivedStatus(const QString& bundleId);

    Result<void> addWaiting(const Waiting& w, const QString& at);
    Result<void> removeWaiting(const QString& bundleId);
    Result<QVector<Waiting>> waiting(const QString& sender = {});

    Result<void> recordReceipt(const QString& bundleId, const QString& peer, qint64 appliedSeq,
                               const QString& at);
    Result<QVector<Entry>> history();

private:
    Database& m_db;
};

} // namespace regie
