#pragma once

#include "BundleHeader.h"
#include "common/Result.h"
#include "security/InstallationKeys.h"

#include <sodium.h>

class QIODevice;

namespace regie {

// Reads a .regiebundle in the order that keeps a forged or damaged file harmless:
//   signerKey()  the signer's public key from the fixed-size prelude, nothing else;
//   verify()     the Ed25519ph signature over the whole file, streamed, before any parsing;
//   header()     the header JSON (only after verify);
//   open()       unwraps the file key sealed to this installation;
//   next()       decrypts the payload chunk by chunk and hands out one change line at a time.
// The device must be a seekable file. Every refusal is an Error whose detail starts with a
// stable reason code (bad-signature, truncated, not-a-bundle, not-a-recipient, ...).
class BundleReader
{
public:
    explicit BundleReader(QIODevice& in) : m_in(in) {}

    Result<QByteArray> signerKey();
    Result<void> verify(const QByteArray& signPublic);
    Result<BundleHeader> header();
    Result<void> open(const security::InstallationKeys& keys);
    // False at the end of the payload. *line views the reader's buffer until the next call.
    Result<bool> next(QByteArrayView* line);

private:
    Result<bool> pullChunk();

    QIODevice& m_in;
    quint32 m_headerSize = 0;
    int m_format = 0; // as the prelude says
    qint64 m_payloadEnd = 0; // offset of the signature
    bool m_verified = false;
    bool m_open = false;
    bool m_final = false;
    BundleHeader m_header;
    crypto_secretstream_xchacha20poly1305_state m_stream{};
    QByteArray m_cipher; // one chunk as read
    QByteArray m_plain;  // decrypted bytes not yet handed out start at m_consumed
    qsizetype m_consumed = 0;
};

} // namespace regie
