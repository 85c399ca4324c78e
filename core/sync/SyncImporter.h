#pragma once

#include "BundleHeader.h"
#include "SyncApplier.h"
#include "common/Result.h"
#include "security/InstallationKeys.h"

namespace regie {

class Workspace;

struct ImportOptions
{
    bool dryRun = false; // apply inside the transaction, count, then roll back
    QString receiptPath; // where the signed receipt goes; empty: "<bundle>.receipt"
    bool writeReceipt = true;
};

struct ImportResult
{
    enum class Outcome
    {
        Applied,
        Waiting,
        Preview,
        ReceiptRead
    };
    Outcome outcome = Outcome::Applied;
    BundleHeader header;
    QString senderName; // the peer's name on the trust list
    QMap<QString, EntityCounts> counts;
    int applied = 0;         // change records logged here
    qint64 appliedSeq = 0;   // the sender's stream applied here up to this sequence
    QString receiptPath;     // written receipt, or empty
    QString receiptProblem;  // why no receipt could be written (the import stands)
    QStringList fromBacklog; // bundles that waited and were applied after this one
    QString backlogProblem;  // why a waiting bundle could not be applied (it keeps waiting)
};

// Imports a .regiebundle (or a receipt) in the order that keeps bad input harmless: the signer
// must be on the trust list and not revoked; the signature over the whole file is checked before
// anything else is parsed; this installation must be a recipient; the schema must not be newer;
// a bundle seen before is refused (replay); a bundle whose predecessor is missing waits in the
// backlog. Then the changes are applied in one transaction (SyncApplier) and a signed receipt is
// written for the sender. Each refusal is an Error whose detail starts with a reason code.
class SyncImporter
{
public:
    explicit SyncImporter(Workspace& ws);

    Result<ImportResult> run(const QString& path, const security::InstallationKeys& keys,
                             const ImportOptions& options);
    // A receipt alone (no private key needed: it is checked against the peer's public key).
    Result<ImportResult> runReceipt(const QString& path, bool dryRun);
    // The folder beside the database where waiting bundles are kept.
    QString backlogFolder() const;

private:
    Result<ImportResult> importReceipt(const QByteArray& file, bool dryRun);
    Result<ImportResult> importBundle(const QString& path, const security::InstallationKeys& keys,
                                      const ImportOptions& options, bool fromBacklog);
    Result<ImportResult> park(const QString& path, const BundleHeader& header, bool dryRun);
    void writeReceipt(ImportResult& result, const QString& bundlePath,
                      const security::InstallationKeys& keys, const ImportOptions& options);
    Result<void> drainBacklog(ImportResult& result, const security::InstallationKeys& keys);

    Workspace& m_ws;
};

} // namespace regie
