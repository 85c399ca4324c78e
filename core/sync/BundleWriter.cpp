#include "BundleWriter.h"

#include "BundleFormat.h"

#include <QIODevice>

namespace regie {

using namespace BundleFormat;

BundleWriter::BundleWriter(QIODevice& out, const security::InstallationKeys& sender)
    : m_out(out), m_sender(sender)
{
    security::ensureSodium();
}

Result<void> BundleWriter::write(const QByteArray& bytes)
{
    crypto_sign_update(&m_sign, reinterpret_cast<const unsigned char*>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()));
    if (m_out.write(bytes) != bytes.size())
        return makeError(ErrorCode::Io, m_out.errorString());
    return {};
}

Result<void> BundleWriter::begin(BundleHeader& header,
                                 const QVector<security::PublicIdentity>& recipients)
{
    security::SecretBytes fileKey(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    crypto_secretstream_xchacha20poly1305_keygen(fileKey.data());
    header.recipients.clear();
    for (const security::PublicIdentity& r : recipients) {
        QByteArray sealed(static_cast<int>(crypto_box_SEALBYTES + fileKey.size()), '\0');
        if (crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), fileKey.data(),
                            fileKey.size(),
                            reinterpret_cast<const unsigned char*>(r.boxPublic.constData())) != 0)
            return makeError(ErrorCode::Crypto, QStringLiteral("seal-key: %1").arg(r.shortCode));
        header.recipients.push_back({r.installationId, sealed});
    }
    const QByteArray json = header.toJson();
    if (json.size() > MaxHeaderSize)
        return makeError(ErrorCode::Usage, QStringLiteral("bundle header too large"));
    crypto_sign_init(&m_sign);
    QByteArray prelude = magic();
    prelude.append(char(header.format >> 8)).append(char(header.format));
    prelude.append(m_sender.identity().signPublic);
    putU32(prelude, static_cast<quint32>(json.size()));
    QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(
        &m_stream, reinterpret_cast<unsigned char*>(streamHeader.data()), fileKey.data());
    m_begun = true;
    if (auto r = write(prelude + json); !r.ok())
        return r;
    return write(streamHeader);
}

Result<void> BundleWriter::addLine(const QByteArray& line)
{
    if (line.contains('\n') || line.size() > MaxLineSize)
        return makeError(ErrorCode::Usage, QStringLiteral("change line too large"));
    m_plain += line;
    m_plain += '\n';
    while (m_plain.size() >= ChunkSize) {
        if (auto r = pushChunk(false); !r.ok())
            return r;
    }
    return {};
}

Result<void> BundleWriter::pushChunk(bool last)
{
    const int take =
        last ? static_cast<int>(m_plain.size()) : std::min<int>(ChunkSize, m_plain.size());
    QByteArray cipher(take + static_cast<int>(crypto_secretstream_xchacha20poly1305_ABYTES), '\0');
    unsigned long long written = 0;
    crypto_secretstream_xchacha20poly1305_push(
        &m_stream, reinterpret_cast<unsigned char*>(cipher.data()), &written,
        reinterpret_cast<const unsigned char*>(m_plain.constData()),
        static_cast<unsigned long long>(take), nullptr, 0,
        last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
             : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    // A fresh small buffer: remove(0, n) keeps the old capacity, which then grows with the file.
    m_plain = m_plain.mid(take);
    QByteArray framed;
    putU32(framed, static_cast<quint32>(written));
    framed.append(cipher.constData(), static_cast<int>(written));
    return write(framed);
}

Result<void> BundleWriter::finish()
{
    if (!m_begun)
        return makeError(ErrorCode::Usage, QStringLiteral("bundle not begun"));
    while (m_plain.size() > ChunkSize) {
        if (auto r = pushChunk(false); !r.ok())
            return r;
    }
    if (auto r = pushChunk(true); !r.ok())
        return r;
    QByteArray signature(SignatureSize, '\0');
    crypto_sign_final_create(&m_sign, reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                             m_sender.signSecret().data());
    if (m_out.write(signature) != signature.size())
        return makeError(ErrorCode::Io, m_out.errorString());
    sodium_memzero(&m_stream, sizeof m_stream);
    return {};
}

} // namespace regie
