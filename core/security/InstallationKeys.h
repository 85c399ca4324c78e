#pragma once

#include "PublicIdentity.h"
#include "Sodium.h"
#include "common/Result.h"

namespace regie::security {

// The private halves sealed under a passphrase, as stored in the database. The key that seals
// them is derived from the passphrase with Argon2id (salt, ops and memory limit kept beside it);
// XChaCha20-Poly1305 encrypts them with the public identity as associated data, so a sealed
// secret cannot be moved under another identity.
struct SealedSecret
{
    QByteArray salt;
    QByteArray nonce;
    QByteArray ciphertext;
    qint64 opsLimit = 0;
    qint64 memLimit = 0;
};

// An installation's unlocked key pairs: Ed25519 to sign bundles and receipts, X25519 to open the
// file keys sealed to this installation. The secret halves live in guarded memory.
class InstallationKeys
{
public:
    enum class Cost
    {
        Interactive,
        Moderate
    };
    static constexpr int MinimumPassphraseLength = 8;

    // New random key pairs for the identity (its key fields are filled in).
    static Result<InstallationKeys> generate(PublicIdentity identity);
    // Opens sealed private halves; a wrong passphrase or a tampered record is refused.
    static Result<InstallationKeys> unseal(const PublicIdentity& identity,
                                           const SealedSecret& sealed,
                                           const QByteArray& passphrase);

    Result<SealedSecret> seal(const QByteArray& passphrase, Cost cost = Cost::Interactive) const;

    const PublicIdentity& identity() const { return m_identity; }
    const SecretBytes& signSecret() const { return m_signSecret; } // 64 bytes
    const SecretBytes& boxSecret() const { return m_boxSecret; }   // 32 bytes

private:
    InstallationKeys() = default;
    PublicIdentity m_identity;
    SecretBytes m_signSecret;
    SecretBytes m_boxSecret;
};

} // namespace regie::security
