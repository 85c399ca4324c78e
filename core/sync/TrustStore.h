#pragma once

#include "common/Result.h"
#include "security/PublicIdentity.h"

#include <QDateTime>
#include <QVector>

namespace regie {

class Clock;
class Database;

// A peer installation this one exchanges bundles with.
struct Peer
{
    QString name; // chosen locally when trusting, e.g. "office"
    security::PublicIdentity identity;
    QString fingerprint;
    QDateTime trustedAt;
    QDateTime revokedAt;   // invalid while trusted
    qint64 appliedSeq = 0; // the peer's change stream applied here up to this sequence
    qint64 ackedSeq = 0;   // our change stream confirmed by the peer up to this sequence

    bool isRevoked() const { return revokedAt.isValid(); }
};

// The trust list (table sync_peers). Installation-local configuration, not user data: written
// with plain SQL here, never synced, not in digest. A revoked peer stays listed (so history keeps
// its name) and its bundles are refused; trusting it again needs a new key file.
class TrustStore
{
public:
    explicit TrustStore(Database& db) : m_db(db) {}

    Result<Peer> trust(const security::PublicIdentity& identity, const QString& name,
                       const QString& selfInstallationId, const Clock& clock);
    Result<Peer> revoke(const QString& name, const Clock& clock);

    Result<QVector<Peer>> list() const;
    Result<Peer> byName(const QString& name) const;
    Result<Peer> byInstallation(const QString& installationId) const;
    Result<Peer> bySignKey(const QByteArray& signPublic) const;

    // Progress only moves forward (max of the stored and the given value).
    Result<void> advanceApplied(const QString& installationId, qint64 seq);
    Result<void> advanceAcked(const QString& installationId, qint64 seq);

    static bool isValidName(const QString& name);

private:
    Result<QVector<Peer>> select(const QString& where, const QVariant& value) const;
    Result<Peer> one(const QString& where, const QVariant& value, const QString& what) const;
    Result<void> advance(const QString& column, const QString& installationId, qint64 seq);

    Database& m_db;
};

} // namespace regie
