#pragma once

#include "BundleHeader.h"
#include "common/Result.h"
#include "security/InstallationKeys.h"

#include <sodium.h>

class QIODevice;

namespace regie {

// Writes a .regiebundle as a stream: the header, then change lines encrypted in 64 KiB chunks
// with one random file key, then the sender's signature over the whole. Memory stays flat
// whatever the number of changes.
class BundleWriter
{
public:
    BundleWriter(QIODevice& out, const security::InstallationKeys& sender);

    // Draws the file key, seals it to every recipient and writes the header.
    Result<void> begin(BundleHeader& header, const QVector<security::PublicIdentity>& recipients);
    Result<void> addLine(const QByteArray& line);
    Result<void> finish();

private:
    Result<void> write(const QByteArray& bytes);
    Result<void> pushChunk(bool last);

    QIODevice& m_out;
    const security::InstallationKeys& m_sender;
    crypto_sign_state m_sign{};
    crypto_secretstream_xchacha20poly1305_state m_stream{};
    QByteArray m_plain;
    bool m_begun = false;
};

} // namespace regie
