#include "PublicIdentity.h"

#include "Sodium.h"

#include <QStringList>
#include <sodium.h>

namespace regie::security {

bool PublicIdentity::hasValidKeys() const
{
    return signPublic.size() == crypto_sign_PUBLICKEYBYTES &&
           boxPublic.size() == crypto_box_PUBLICKEYBYTES;
}

QString PublicIdentity::fingerprint() const
{
    ensureSodium();
    const QByteArray input = QByteArrayLiteral("regie-fingerprint-v1\n") + installationId.toUtf8() +
                             '\n' + signPublic + boxPublic;
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(hash, reinterpret_cast<const unsigned char*>(input.constData()),
                       static_cast<unsigned long long>(input.size()));
    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(hash), 16).toHex().toUpper();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

} // namespace regie::security
