#pragma once

#include "common/Result.h"
#include "security/InstallationKeys.h"

#include <QDateTime>

namespace regie {

// A signed acknowledgement that goes back to a bundle's sender (docs/sync-format.md):
//   "REGIERCP" | u16 format | 32-byte Ed25519 key of the signer | u32 length | JSON
//   | 64-byte Ed25519 signature over every byte before it.
// JSON: {"bundle", "from" (the installation that imported), "to" (the bundle's sender),
//        "applied" (how far "from" has applied the sender's changes), "status", "at"}.
struct SyncReceipt
{
    QString bundleId;
    QString from;
    QString to;
    qint64 appliedSeq = 0;
    QString status; // applied, waiting
    QDateTime at;

    static bool looksLikeReceipt(const QByteArray& head);
    QByteArray sign(const security::InstallationKeys& keys) const;
    // The signer's key, read before anything else; then verify() parses only a signed file.
    static Result<QByteArray> signerKey(const QByteArray& file);
    static Result<SyncReceipt> verify(const QByteArray& file, const QByteArray& signPublic);
};

} // namespace regie
