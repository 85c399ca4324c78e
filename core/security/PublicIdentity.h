#pragma once

#include <QByteArray>
#include <QString>

namespace regie::security {

// The public half of an installation's keys, as handed to peers in a public-key file.
struct PublicIdentity
{
    QString installationId; // the installation's UUID
    QString shortCode;      // e.g. "BH"
    QString displayName;    // e.g. "Field laptop 2"
    QByteArray signPublic;  // Ed25519, 32 bytes: proves who wrote a bundle
    QByteArray boxPublic;   // X25519, 32 bytes: the file key of a bundle is sealed to it

    bool hasValidKeys() const;
    // 32 hexadecimal digits in 8 groups of 4 ("3F2A 91C0 ..."): the first 128 bits of a SHA-256
    // over the installation id and both public keys. Read aloud by phone to check a key file.
    QString fingerprint() const;
};

} // namespace regie::security
