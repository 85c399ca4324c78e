#pragma once

#include "common/Result.h"
#include "security/InstallationKeys.h"
#include "storage/InstallationStore.h"

namespace regie {

class Clock;
class Database;

// This installation's key pairs in table sync_keys. Installation-local configuration, not user
// data: written here with plain SQL, never through the write path, never synced, not in digest.
class KeyStore
{
public:
    explicit KeyStore(Database& db) : m_db(db) {}

    bool hasKeys() const;
    // Makes the key pairs once; refuses when keys exist (a new key would orphan every peer).
    Result<security::PublicIdentity>
    create(const Installation& self, const QByteArray& passphrase, const Clock& clock,
           security::InstallationKeys::Cost cost = security::InstallationKeys::Cost::Interactive);
    Result<security::PublicIdentity> publicIdentity(const Installation& self) const;
    Result<security::InstallationKeys> unlock(const Installation& self,
                                              const QByteArray& passphrase) const;

private:
    Database& m_db;
};

} // namespace regie
