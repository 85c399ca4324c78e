#include "SyncImporter.h"

#include "BundleReader.h"
#include "ChangeCodec.h"
#include "ClockLead.h"
#include "SyncLedger.h"
#include "SyncReceipt.h"
#include "TrustStore.h"
#include "common/Clock.h"
#include "storage/ChangeIndex.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace regie {

namespace {

Error refuse(ErrorCode code, const char* reason, const QString& detail)
{
    return ruleError(code, QLatin1String(reason), detail);
}

// The trusted, unrevoked peer that holds a signing key.
Result<Peer> signerPeer(Database& db, const QByteArray& signKey)
{
    auto peer = TrustStore(db).bySignKey(signKey);
    if (!peer.ok())
        return refuse(ErrorCode::RuleViolation, "unknown-signer",
                      QStringLiteral("signed by a key that is not on the trust list"));
    if (peer.value().isRevoked())
        return refuse(ErrorCode::RuleViolation, "revoked-signer",
                      QStringLiteral("signed by %1, revoked on %2")
                          .arg(peer.value().name, peer.value().revokedAt.toString(Qt::ISODate)));
    return peer;
}

} // namespace

SyncImporter::SyncImporter(Workspace& ws) : m_ws(ws) {}

QString SyncImporter::backlogFolder() const
{
    const QFileInfo db(m_ws.db().path());
    return db.absolutePath() + QLatin1Char('/') + db.fileName() + QStringLiteral(".sync-backlog");
}

Result<ImportResult> SyncImporter::run(const QString& path, const security::InstallationKeys& keys,
                                       const ImportOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, file.errorString()));
    const QByteArray head = file.peek(8);
    if (SyncReceipt::looksLikeReceipt(head)) {
        if (file.size() > 65536)
            return refuse(ErrorCode::Format, "bad-receipt", QStringLiteral("too large"));
        return importReceipt(file.readAll(), options.dryRun);
    }
    file.close();
    auto result = importBundle(path, keys, options, false);
    if (!result.ok() || options.dryRun)
        return result;
    ImportResult done = std::move(result).value();
    if (done.outcome == ImportResult::Outcome::Applied) {
        if (auto drained = drainBacklog(done, keys); !drained.ok())
            done.backlogProblem = drained.error().detail; // this bundle stands regardless
    }
    writeReceipt(done, path, keys, options);
    return done;
}

Result<ImportResult> SyncImporter::runReceipt(const QString& path, bool dryRun)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, file.errorString()));
    if (file.size() > 65536)
        return refuse(ErrorCode::Format, "bad-receipt", QStringLiteral("too large"));
    return importReceipt(file.readAll(), dryRun);
}

Result<ImportResult> SyncImporter::importReceipt(const QByteArray& file, bool dryRun)
{
    auto key = SyncReceipt::signerKey(file);
    if (!key.ok())
        return key.error();
    auto peer = signerPeer(m_ws.db(), key.value());
    if (!peer.ok())
        return peer.error();
    auto receipt = SyncReceipt::verify(file, key.value());
    if (!receipt.ok())
        return receipt.error();
    const SyncReceipt& r = receipt.value();
    if (r.to != m_ws.installation().id || r.from != peer.value().identity.installationId)
        return refuse(ErrorCode::RuleViolation, "not-a-recipient",
                      QStringLiteral("the receipt is addressed to another installation"));
    ImportResult result;
    result.outcome = ImportResult::Outcome::ReceiptRead;
    result.senderName = peer.value().name;
    result.header.bundleId = r.bundleId;
    result.header.senderId = r.from;
    result.appliedSeq = r.appliedSeq;
    if (dryRun)
        return result;
    Transaction tx(m_ws.db());
    if (!tx.status().ok())
        return tx.status().error();
    if (auto r1 = TrustStore(m_ws.db()).advanceAcked(r.from, r.appliedSeq); !r1.ok())
        return r1.error();
    if (auto r2 = SyncLedger(m_ws.db()).recordReceipt(
            r.bundleId, r.from, r.appliedSeq, m_ws.clock().now().toUTC().toString(Qt::ISODate));
        !r2.ok())
        return r2.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return result;
}

Result<ImportResult> SyncImporter::importBundle(const QString& path,
                                                const security::InstallationKeys& keys,
                                                const ImportOptions& options, bool fromBacklog)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, file.errorString()));
    BundleReader reader(file);
    auto signKey = reader.signerKey();
    if (!signKey.ok())
        return signKey.error();
    auto peer = signerPeer(m_ws.db(), signKey.value());
    if (!peer.ok())
        return peer.error();
    if (auto verified = reader.verify(signKey.value()); !verified.ok())
        return verified.error();
    auto parsed = reader.header();
    if (!parsed.ok())
        return parsed.error();
    const BundleHeader& h = parsed.value();
    if (h.senderId != peer.value().identity.installationId)
        return refuse(
            ErrorCode::RuleViolation, "sender-mismatch",
            QStringLiteral("signed by %1 but names another sender").arg(peer.value().name));
    if (!h.recipient(m_ws.installation().id))
        return refuse(ErrorCode::RuleViolation, "not-a-recipient",
                      QStringLiteral("the bundle is addressed to other installations"));
    if (h.schemaVersion > Database::latestSchemaVersion())
        return refuse(ErrorCode::RuleViolation, "newer-schema",
                      QStringLiteral("made with schema %1, this program knows %2: update Regie "
                                     "first")
                          .arg(h.schemaVersion)
                          .arg(Database::latestSchemaVersion()));
    const QDateTime clockNow = m_ws.clock().now();
    if (auto ahead = ClockLead::checkCreated(h.createdAt, clockNow); !ahead.ok())
        return ahead.error();
    SyncLedger ledger(m_ws.db());
    auto seen = ledger.receivedStatus(h.bundleId);
    if (!seen.ok())
        return seen.error();
    if (seen.value() == QLatin1String("applied"))
        return refuse(ErrorCode::RuleViolation, "replay",
                      QStringLiteral("bundle %1 was imported before").arg(h.bundleId));
    const qint64 appliedBefore = peer.value().appliedSeq;
    if (h.changes > 0 && h.toSeq <= appliedBefore)
        return refuse(ErrorCode::RuleViolation, "replay",
                      QStringLiteral("every change of this bundle is here already (%1 up to %2)")
                          .arg(peer.value().name)
                          .arg(appliedBefore));
    if (h.fromSeq > appliedBefore + 1)
        return fromBacklog
                   ? refuse(ErrorCode::RuleViolation, "gap", QStringLiteral("still waiting"))
                   : park(path, h, options.dryRun);
    if (auto opened = reader.open(keys); !opened.ok())
        return opened.error();

    const QString now = m_ws.clock().now().toUTC().toString(Qt::ISODate);
    Transaction tx(m_ws.db());
    if (!tx.status().ok())
        return tx.status().error();
    // The applier looks up each arriving change's neighbours by record and field.
    if (auto indexed = ChangeIndex::catchUp(m_ws.db()); !indexed.ok())
        return indexed.error();
    SyncApplier applier(m_ws.db(), m_ws.writes(), h.bundleId, now);
    qint64 lines = 0, lastSeq = 0;
    QByteArrayView line;
    ChangeCodec::Decoder decoder(h.format);
    for (;;) {
        auto more = reader.next(&line);
        if (!more.ok())
            return more.error();
        if (!more.value())
            break;
        std::optional<FieldStamps> basis;
        auto change = decoder.decode(line, &basis);
        if (!change.ok())
            return change.error();
        if (change.value().seq <= lastSeq || change.value().seq < h.fromSeq ||
            change.value().seq > h.toSeq)
            return refuse(
                ErrorCode::Format, "bad-payload",
                QStringLiteral("change %1 is outside the bundle's range").arg(change.value().seq));
        lastSeq = change.value().seq;
        ++lines;
        // Before the change touches anything (the clock included): one refusal rolls back all.
        if (auto ahead = ClockLead::check(change.value().hlc, clockNow); !ahead.ok())
            return ahead.error();
        if (auto added = applier.add(change.value(), basis); !added.ok())
            return added.error();
    }
    if (auto finished = applier.finish(); !finished.ok())
        return finished.error();
    if (lines != h.changes)
        return refuse(ErrorCode::Format, "bad-payload",
                      QStringLiteral("%1 changes, the header says %2").arg(lines).arg(h.changes));
    TrustStore trust(m_ws.db());
    const QString sender = h.senderId;
    if (auto r = trust.advanceApplied(sender, h.toSeq); !r.ok())
        return r.error();
    if (auto r = trust.advanceAcked(sender, h.acks.value(m_ws.installation().id, 0)); !r.ok())
        return r.error();
    if (auto r = ledger.recordReceived(h, QStringLiteral("applied"), now); !r.ok())
        return r.error();
    if (auto r = ledger.removeWaiting(h.bundleId); !r.ok())
        return r.error();
    if (applier.applied() > 0) {
        auto audited = m_ws.writes().audit().record(
            m_ws.writes().actor(), QStringLiteral("sync.import"), QString(), QString(), h.bundleId,
            QStringLiteral("%1 change(s) from %2").arg(applier.applied()).arg(h.senderCode));
        if (!audited.ok())
            return audited.error();
    }
    ImportResult result;
    result.outcome =
        options.dryRun ? ImportResult::Outcome::Preview : ImportResult::Outcome::Applied;
    result.header = h;
    result.senderName = peer.value().name;
    result.counts = applier.counts();
    result.applied = applier.applied();
    result.appliedSeq = std::max(appliedBefore, h.toSeq);
    if (options.dryRun) {
        tx.rollback();
        return result;
    }
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    if (result.applied > 0) {
        Receipt done;
        done.txn = h.bundleId;
        done.changes = result.applied;
        for (auto it = result.counts.cbegin(); it != result.counts.cend(); ++it)
            done.entities.insert(it.key());
        Q_EMIT m_ws.writes().applied(done);
    }
    return result;
}

// A bundle whose predecessor has not arrived: a copy waits beside the database until the gap
// closes (the original may be on a USB stick that goes away).
Result<ImportResult> SyncImporter::park(const QString& path, const BundleHeader& h, bool dryRun)
{
    ImportResult result;
    result.outcome = ImportResult::Outcome::Waiting;
    result.header = h;
    auto peer = TrustStore(m_ws.db()).byInstallation(h.senderId);
    if (peer.ok()) {
        result.senderName = peer.value().name;
        result.appliedSeq = peer.value().appliedSeq;
    }
    if (dryRun)
        return result;
    const QString folder = backlogFolder();
    const QString copy = folder + QLatin1Char('/') + h.bundleId + QStringLiteral(".regiebundle");
    if (!QDir().mkpath(folder) || (!QFile::exists(copy) && !QFile::copy(path, copy)))
        return makeError(ErrorCode::Io, QStringLiteral("cannot keep a copy in %1").arg(folder));
    const QString now = m_ws.clock().now().toUTC().toString(Qt::ISODate);
    Transaction tx(m_ws.db());
    if (!tx.status().ok())
        return tx.status().error();
    SyncLedger ledger(m_ws.db());
    if (auto r = ledger.addWaiting({h.bundleId, h.senderId, h.fromSeq, h.toSeq, copy}, now);
        !r.ok())
        return r.error();
    if (auto r = ledger.recordReceived(h, QStringLiteral("waiting"), now); !r.ok())
        return r.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return result;
}

void SyncImporter::writeReceipt(ImportResult& result, const QString& bundlePath,
                                const security::InstallationKeys& keys,
                                const ImportOptions& options)
{
    if (!options.writeReceipt || result.outcome == ImportResult::Outcome::ReceiptRead)
        return;
    SyncReceipt receipt;
    receipt.bundleId = result.header.bundleId;
    receipt.from = m_ws.installation().id;
    receipt.to = result.header.senderId;
    receipt.appliedSeq = result.appliedSeq;
    receipt.status = result.outcome == ImportResult::Outcome::Waiting ? QStringLiteral("waiting")
                                                                      : QStringLiteral("applied");
    receipt.at = m_ws.clock().now().toUTC();
    const QString path = options.receiptPath.isEmpty() ? bundlePath + QStringLiteral(".receipt")
                                                       : options.receiptPath;
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly) && out.write(receipt.sign(keys)) >= 0 && out.commit())
        result.receiptPath = path;
    else
        result.receiptProblem = QStringLiteral("%1: %2").arg(path, out.errorString());
}

Result<void> SyncImporter::drainBacklog(ImportResult& result,
                                        const security::InstallationKeys& keys)
{
    SyncLedger ledger(m_ws.db());
    for (bool progress = true; progress;) {
        progress = false;
        auto waiting = ledger.waiting(result.header.senderId);
        if (!waiting.ok())
            return waiting.error();
        auto peer = TrustStore(m_ws.db()).byInstallation(result.header.senderId);
        if (!peer.ok())
            return peer.error();
        for (const SyncLedger::Waiting& w : waiting.value()) {
            if (w.fromSeq > peer.value().appliedSeq + 1)
                break;
            ImportOptions quiet;
            quiet.writeReceipt = false;
            auto applied = importBundle(w.path, keys, quiet, true);
            if (!applied.ok() && !applied.error().detail.startsWith(QLatin1String("replay")))
                return applied.error();
            if (auto r = ledger.removeWaiting(w.bundleId); !r.ok())
                return r;
            if (!applied.ok()) { // a replay: every change of it came with other bundles
                const QString now = m_ws.clock().now().toUTC().toString(Qt::ISODate);
                if (auto r = ledger.markApplied(w.bundleId, now); !r.ok())
                    return r;
            }
            QFile::remove(w.path);
            if (applied.ok()) {
                result.fromBacklog << w.bundleId;
                result.appliedSeq = applied.value().appliedSeq;
            }
            progress = true;
            break;
        }
    }
    return {};
}

} // namespace regie
