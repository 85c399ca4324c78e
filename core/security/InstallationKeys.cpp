#include "InstallationKeys.h"

#include <cstring>
#include <sodium.h>

namespace regie::security {

namespace {

constexpr std::size_t kSecretSize = crypto_sign_SECRETKEYBYTES + crypto_box_SECRETKEYBYTES;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

QByteArray associatedData(const PublicIdentity& identity)
{
    return QByteArrayLiteral("regie-keys-v1\n") + identity.installationId.toUtf8() + '\n' +
           identity.signPublic + identity.boxPublic;
}

Result<SecretBytes> deriveKey(const QByteArray& passphrase, const QByteArray& salt, qint64 opsLimit,
                              qint64 memLimit)
{
    if (salt.size() != crypto_pwhash_SALTBYTES || opsLimit < crypto_pwhash_OPSLIMIT_MIN ||
        memLimit < static_cast<qint64>(crypto_pwhash_MEMLIMIT_MIN) ||
        memLimit > static_cast<qint64>(crypto_pwhash_MEMLIMIT_SENSITIVE))
        return makeError(ErrorCode::Crypto, QStringLiteral("sealed-keys: bad parameters"));
    SecretBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(key.data(), key.size(), passphrase.constData(),
                      static_cast<unsigned long long>(passphrase.size()), bytes(salt),
                      static_cast<unsigned long long>(opsLimit), static_cast<size_t>(memLimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(ErrorCode::Crypto, QStringLiteral("argon2id: out of memory"));
    return key;
}

} // namespace

Result<InstallationKeys> InstallationKeys::generate(PublicIdentity identity)
{
    if (!ensureSodium())
        return makeError(ErrorCode::Crypto, QStringLiteral("libsodium did not start"));
    InstallationKeys keys;
    keys.m_signSecret = SecretBytes(crypto_sign_SECRETKEYBYTES);
    keys.m_boxSecret = SecretBytes(crypto_box_SECRETKEYBYTES);
    identity.signPublic.resize(crypto_sign_PUBLICKEYBYTES);
    identity.boxPublic.resize(crypto_box_PUBLICKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(identity.signPublic.data()),
                        keys.m_signSecret.data());
    crypto_box_keypair(reinterpret_cast<unsigned char*>(identity.boxPublic.data()),
                       keys.m_boxSecret.data());
    keys.m_identity = std::move(identity);
    return keys;
}

Result<SealedSecret> InstallationKeys::seal(const QByteArray& passphrase, Cost cost) const
{
    if (QString::fromUtf8(passphrase).size() < MinimumPassphraseLength)
        return makeError(ErrorCode::Validation,
                         QStringLiteral("passphrase-too-short: at least %1 characters")
                             .arg(MinimumPassphraseLength),
                         QStringLiteral("passphrase"));
    SealedSecret sealed;
    sealed.opsLimit = cost == Cost::Moderate ? crypto_pwhash_OPSLIMIT_MODERATE
                                             : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    sealed.memLimit = cost == Cost::Moderate ? crypto_pwhash_MEMLIMIT_MODERATE
                                             : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    sealed.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(sealed.salt.data(), static_cast<size_t>(sealed.salt.size()));
    sealed.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(sealed.nonce.data(), static_cast<size_t>(sealed.nonce.size()));
    auto key = deriveKey(passphrase, sealed.salt, sealed.opsLimit, sealed.memLimit);
    if (!key.ok())
        return key.error();
    SecretBytes plain(kSecretSize);
    std::memcpy(plain.data(), m_signSecret.data(), m_signSecret.size());
    std::memcpy(plain.data() + m_signSecret.size(), m_boxSecret.data(), m_boxSecret.size());
    const QByteArray ad = associatedData(m_identity);
    sealed.ciphertext.resize(
        static_cast<int>(kSecretSize + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(sealed.ciphertext.data()), &written, plain.data(),
        plain.size(), bytes(ad), static_cast<unsigned long long>(ad.size()), nullptr,
        bytes(sealed.nonce), key.value().data());
    sealed.ciphertext.resize(static_cast<int>(written));
    return sealed;
}

Result<InstallationKeys> InstallationKeys::unseal(const PublicIdentity& identity,
                                                  const SealedSecret& sealed,
                                                  const QByteArray& passphrase)
{
    if (!ensureSodium())
        return makeError(ErrorCode::Crypto, QStringLiteral("libsodium did not start"));
    if (!identity.hasValidKeys() ||
        sealed.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        sealed.ciphertext.size() !=
            static_cast<int>(kSecretSize + crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return makeError(ErrorCode::Crypto, QStringLiteral("sealed-keys: damaged record"));
    auto key = deriveKey(passphrase, sealed.salt, sealed.opsLimit, sealed.memLimit);
    if (!key.ok())
        return key.error();
    SecretBytes plain(kSecretSize);
    unsigned long long opened = 0;
    const QByteArray ad = associatedData(identity);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            plain.data(), &opened, nullptr, bytes(sealed.ciphertext),
            static_cast<unsigned long long>(sealed.ciphertext.size()), bytes(ad),
            static_cast<unsigned long long>(ad.size()), bytes(sealed.nonce),
            key.value().data()) != 0)
        return makeError(ErrorCode::Crypto,
                         QStringLiteral("wrong-passphrase: the private keys could not be opened"));
    InstallationKeys keys;
    keys.m_identity = identity;
    keys.m_signSecret = SecretBytes(crypto_sign_SECRETKEYBYTES);
    keys.m_boxSecret = SecretBytes(crypto_box_SECRETKEYBYTES);
    std::memcpy(keys.m_signSecret.data(), plain.data(), crypto_sign_SECRETKEYBYTES);
    std::memcpy(keys.m_boxSecret.data(), plain.data() + crypto_sign_SECRETKEYBYTES,
                crypto_box_SECRETKEYBYTES);
    // The stored public keys must belong to the secrets, or bundles would be signed in vain.
    unsigned char signPk[crypto_sign_PUBLICKEYBYTES];
    unsigned char boxPk[crypto_box_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(signPk, keys.m_signSecret.data());
    crypto_scalarmult_base(boxPk, keys.m_boxSecret.data());
    if (sodium_memcmp(signPk, bytes(identity.signPublic), sizeof signPk) != 0 ||
        sodium_memcmp(boxPk, bytes(identity.boxPublic), sizeof boxPk) != 0)
        return makeError(ErrorCode::Crypto, QStringLiteral("sealed-keys: public keys differ"));
    return keys;
}

} // namespace regie::security
