#include "KeyStore.h"

#include "common/Clock.h"
#include "storage/Database.h"

namespace regie {

using security::InstallationKeys;
using security::PublicIdentity;
using security::SealedSecret;

namespace {

Error noKeys()
{
    return ruleError(ErrorCode::NotFound, QStringLiteral("no-keys"),
                     QStringLiteral("this installation has no keys yet (keys init)"));
}

} // namespace

bool KeyStore::hasKeys() const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*) FROM sync_keys"));
    const bool found = q.exec() && q.next() && q.value(0).toInt() > 0;
    q.finish();
    return found;
}

Result<PublicIdentity> KeyStore::create(const Installation& self, const QByteArray& passphrase,
                                        const Clock& clock, InstallationKeys::Cost cost)
{
    if (hasKeys())
        return ruleError(ErrorCode::RuleViolation, QStringLiteral("keys-exist"),
                         QStringLiteral("this installation already has keys; peers trust them"));
    auto keys = InstallationKeys::generate({self.id, self.shortCode, self.displayName, {}, {}});
    if (!keys.ok())
        return keys.error();
    auto sealed = keys.value().seal(passphrase, cost);
    if (!sealed.ok())
        return sealed.error();
    const PublicIdentity& identity = keys.value().identity();
    // Installation-local key material: plain SQL on purpose (see the migration 0005 header).
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO sync_keys (installation_id, sign_public, box_public, salt, nonce, sealed, "
        "ops_limit, mem_limit, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(self.id);
    q.addBindValue(identity.signPublic);
    q.addBindValue(identity.boxPublic);
    q.addBindValue(sealed.value().salt);
    q.addBindValue(sealed.value().nonce);
    q.addBindValue(sealed.value().ciphertext);
    q.addBindValue(sealed.value().opsLimit);
    q.addBindValue(sealed.value().memLimit);
    q.addBindValue(clock.now().toUTC().toString(Qt::ISODate));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("sync_keys"));
    return identity;
}

Result<PublicIdentity> KeyStore::publicIdentity(const Installation& self) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT sign_public, box_public FROM sync_keys WHERE installation_id = ?"));
    q.addBindValue(self.id);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("sync_keys"));
    if (!q.next())
        return noKeys();
    PublicIdentity identity{self.id, self.shortCode, self.displayName, q.value(0).toByteArray(),
                            q.value(1).toByteArray()};
    q.finish();
    return identity;
}

Result<InstallationKeys> KeyStore::unlock(const Installation& self,
                                          const QByteArray& passphrase) const
{
    auto identity = publicIdentity(self);
    if (!identity.ok())
        return identity.error();
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT salt, nonce, sealed, ops_limit, mem_limit "
                                                "FROM sync_keys WHERE installation_id = ?"));
    q.addBindValue(self.id);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("sync_keys"));
    if (!q.next())
        return noKeys();
    const SealedSecret sealed{q.value(0).toByteArray(), q.value(1).toByteArray(),
                              q.value(2).toByteArray(), q.value(3).toLongLong(),
                              q.value(4).toLongLong()};
    q.finish();
    return InstallationKeys::unseal(identity.value(), sealed, passphrase);
}

} // namespace regie
