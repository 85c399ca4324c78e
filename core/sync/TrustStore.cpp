#include "TrustStore.h"

#include "common/Clock.h"
#include "storage/Database.h"

#include <QRegularExpression>

namespace regie {

namespace {

const QString kColumns = QStringLiteral(
    "name, installation_id, short_code, display_name, sign_public, box_public, fingerprint, "
    "trusted_at, revoked_at, applied_seq, acked_seq");

QDateTime parseTime(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

} // namespace

bool TrustStore::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\w][\\w .-]{0,39}$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(name).hasMatch();
}

Result<Peer> TrustStore::trust(const security::PublicIdentity& identity, const QString& name,
                               const QString& selfInstallationId, const Clock& clock)
{
    if (!isValidName(name))
        return ruleError(ErrorCode::Validation, QStringLiteral("peer-name"),
                         QStringLiteral("a name of 1 to 40 letters, digits, spaces, '.' or '-'"),
                         QStringLiteral("--name"));
    if (identity.installationId == selfInstallationId)
        return ruleError(ErrorCode::RuleViolation, QStringLiteral("own-key"),
                         QStringLiteral("this is this installation's own key"));
    if (auto taken = byName(name); taken.ok())
        return ruleError(ErrorCode::RuleViolation, QStringLiteral("name-taken"),
                         QStringLiteral("a peer is already called %1").arg(name));
    if (auto known = byInstallation(identity.installationId); known.ok())
        return ruleError(
            ErrorCode::RuleViolation, QStringLiteral("already-trusted"),
            QStringLiteral("installation %1 is already on the list as %2%3")
                .arg(identity.shortCode, known.value().name,
                     known.value().isRevoked() ? QStringLiteral(" (revoked)") : QString()));
    if (auto same = bySignKey(identity.signPublic); same.ok())
        return ruleError(
            ErrorCode::RuleViolation, QStringLiteral("already-trusted"),
            QStringLiteral("this key is already on the list as %1").arg(same.value().name));
    // Installation-local trust list: plain SQL on purpose (see the migration 0005 header).
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO sync_peers (installation_id, name, short_code, display_name, sign_public, "
        "box_public, fingerprint, trusted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(identity.installationId);
    q.addBindValue(name);
    q.addBindValue(identity.shortCode);
    q.addBindValue(identity.displayName);
    q.addBindValue(identity.signPublic);
    q.addBindValue(identity.boxPublic);
    q.addBindValue(identity.fingerprint());
    q.addBindValue(clock.now().toUTC().toString(Qt::ISODate));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("sync_peers"));
    return byName(name);
}

Result<Peer> TrustStore::revoke(const QString& name, const Clock& clock)
{
    auto peer = byName(name);
    if (!peer.ok())
        return peer.error();
    if (peer.value().isRevoked())
        return peer;
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("UPDATE sync_peers SET revoked_at = ? WHERE name = ?"));
    q.addBindValue(clock.now().toUTC().toString(Qt::ISODate));
    q.addBindValue(name);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("sync_peers"));
    return byName(name);
}

Result<QVector<Peer>> TrustStore::list() const
{
    return select(QStringLiteral("1 = ?"), 1);
}

Result<Peer> TrustStore::byName(const QString& name) const
{
    return one(QStringLiteral("name = ?"), name, QStringLiteral("no peer called %1").arg(name));
}

Result<Peer> TrustStore::byInstallation(const QString& installationId) const
{
    return one(QStringLiteral("installation_id = ?"), installationId,
               QStringLiteral("installation %1 is not on the trust list").arg(installationId));
}

Result<Peer> TrustStore::bySignKey(const QByteArray& signPublic) const
{
    return one(QStringLiteral("sign_public = ?"), signPublic,
               QStringLiteral("the signing key is not on the trust list"));
}

Result<QVector<Peer>> TrustStore::select(const QString& where, const QVariant& value) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT %1 FROM sync_peers WHERE %2 ORDER BY name").arg(kColumns, where));
    q.addBindValue(value);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("sync_peers"));
    QVector<Peer> peers;
    while (q.next()) {
        Peer p;
        p.name = q.value(0).toString();
        p.identity = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toByteArray(), q.value(5).toByteArray()};
        p.fingerprint = q.value(6).toString();
        p.trustedAt = parseTime(q.value(7));
        p.revokedAt = parseTime(q.value(8));
        p.appliedSeq = q.value(9).toLongLong();
        p.ackedSeq = q.value(10).toLongLong();
        peers << p;
    }
    q.finish();
    return peers;
}

Result<Peer> TrustStore::one(const QString& where, const QVariant& value, const QString& what) const
{
    auto found = select(where, value);
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return ruleError(ErrorCode::NotFound, QStringLiteral("unknown-peer"), what);
    return found.value().constFirst();
}

Result<void> TrustStore::advanceApplied(const QString& installationId, qint64 seq)
{
    return advance(QStringLiteral("applied_seq"), installationId, seq);
}

Result<void> TrustStore::advanceAcked(const QString& installationId, qint64 seq)
{
    return advance(QStringLiteral("acked_seq"), installationId, seq);
}

Result<void> TrustStore::advance(const QString& column, const QString& installationId, qint64 seq)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE sync_peers SET %1 = max(%1, ?) WHERE installation_id = ?")
            .arg(column));
    q.addBindValue(seq);
    q.addBindValue(installationId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("sync_peers"));
    return {};
}

} // namespace regie
