#include "BundleReader.h"

#include "BundleFormat.h"

#include <QIODevice>

namespace regie {

using namespace BundleFormat;

namespace {

Error refuse(ErrorCode code, const char* reason, const QString& detail)
{
    return ruleError(code, QLatin1String(reason), detail);
}

} // namespace

Result<QByteArray> BundleReader::signerKey()
{
    security::ensureSodium();
    if (!m_in.seek(0))
        return makeError(ErrorCode::Io, m_in.errorString());
    const QByteArray prelude = m_in.read(PreludeSize);
    if (prelude.size() < 8 || !prelude.startsWith(magic()))
        return refuse(ErrorCode::Format, "not-a-bundle", QStringLiteral("not a .regiebundle file"));
    if (prelude.size() < PreludeSize)
        return refuse(ErrorCode::Format, "truncated",
                      QStringLiteral("the file ends in its prelude"));
    const int format = (static_cast<unsigned char>(prelude.at(8)) << 8) |
                       static_cast<unsigned char>(prelude.at(9));
    if (!BundleHeader::readable(format))
        return refuse(ErrorCode::Format, "unknown-format",
                      QStringLiteral("bundle format %1, this program reads %2 to %3")
                          .arg(format)
                          .arg(BundleHeader::OldestFormat)
                          .arg(BundleHeader::FormatVersion));
    m_format = format;
    m_headerSize = getU32(prelude.constData() + 42);
    if (m_headerSize == 0 || m_headerSize > MaxHeaderSize)
        return refuse(ErrorCode::Format, "bad-header", QStringLiteral("header size out of range"));
    const qint64 minimum = PreludeSize + qint64(m_headerSize) +
                           crypto_secretstream_xchacha20poly1305_HEADERBYTES + 4 +
                           crypto_secretstream_xchacha20poly1305_ABYTES + SignatureSize;
    if (m_in.size() < minimum)
        return refuse(ErrorCode::Format, "truncated", QStringLiteral("the file is too short"));
    m_payloadEnd = m_in.size() - SignatureSize;
    return prelude.mid(10, 32);
}

Result<void> BundleReader::verify(const QByteArray& signPublic)
{
    if (m_payloadEnd == 0 || signPublic.size() != crypto_sign_PUBLICKEYBYTES)
        return makeError(ErrorCode::Usage, QStringLiteral("signerKey() first"));
    crypto_sign_state state;
    crypto_sign_init(&state);
    if (!m_in.seek(0))
        return makeError(ErrorCode::Io, m_in.errorString());
    qint64 left = m_payloadEnd;
    while (left > 0) {
        const QByteArray block = m_in.read(std::min<qint64>(left, 1 << 20));
        if (block.isEmpty())
            return refuse(ErrorCode::Format, "truncated", QStringLiteral("read failed"));
        crypto_sign_update(&state, reinterpret_cast<const unsigned char*>(block.constData()),
                           static_cast<unsigned long long>(block.size()));
        left -= block.size();
    }
    QByteArray signature = m_in.read(SignatureSize);
    if (signature.size() != SignatureSize ||
        crypto_sign_final_verify(&state, reinterpret_cast<unsigned char*>(signature.data()),
                                 reinterpret_cast<const unsigned char*>(signPublic.constData())) !=
            0)
        return refuse(ErrorCode::Crypto, "bad-signature",
                      QStringLiteral("the signature does not match: the file was changed, "
                                     "truncated or not signed by its stated sender"));
    m_verified = true;
    return {};
}

Result<BundleHeader> BundleReader::header()
{
    if (!m_verified)
        return makeError(ErrorCode::Usage, QStringLiteral("verify() first"));
    if (!m_in.seek(PreludeSize))
        return makeError(ErrorCode::Io, m_in.errorString());
    auto parsed = BundleHeader::fromJson(m_in.read(m_headerSize));
    if (!parsed.ok())
        return parsed;
    if (parsed.value().format != m_format)
        return refuse(ErrorCode::Format, "bad-header",
                      QStringLiteral("the header says format %1, the prelude %2")
                          .arg(parsed.value().format)
                          .arg(m_format));
    m_header = parsed.value();
    return parsed;
}

Result<void> BundleReader::open(const security::InstallationKeys& keys)
{
    if (!m_verified || m_header.bundleId.isEmpty())
        return makeError(ErrorCode::Usage, QStringLiteral("header() first"));
    const BundleHeader::Recipient* me = m_header.recipient(keys.identity().installationId);
    if (!me)
        return refuse(ErrorCode::RuleViolation, "not-a-recipient",
                      QStringLiteral("the bundle is addressed to other installations"));
    security::SecretBytes fileKey(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (me->sealedKey.size() != int(crypto_box_SEALBYTES + fileKey.size()) ||
        crypto_box_seal_open(
            fileKey.data(), reinterpret_cast<const unsigned char*>(me->sealedKey.constData()),
            static_cast<unsigned long long>(me->sealedKey.size()),
            reinterpret_cast<const unsigned char*>(keys.identity().boxPublic.constData()),
            keys.boxSecret().data()) != 0)
        return refuse(ErrorCode::Crypto, "key-unwrap",
                      QStringLiteral("the file key sealed to this installation does not open"));
    if (!m_in.seek(PreludeSize + m_headerSize))
        return makeError(ErrorCode::Io, m_in.errorString());
    const QByteArray streamHeader = m_in.read(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    if (streamHeader.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES ||
        crypto_secretstream_xchacha20poly1305_init_pull(
            &m_stream, reinterpret_cast<const unsigned char*>(streamHeader.constData()),
            fileKey.data()) != 0)
        return refuse(ErrorCode::Crypto, "bad-payload", QStringLiteral("payload header"));
    m_open = true;
    return {};
}

Result<bool> BundleReader::pullChunk()
{
    char size[4];
    const quint32 length = m_in.read(size, 4) == 4 ? getU32(size) : 0;
    if (length < crypto_secretstream_xchacha20poly1305_ABYTES ||
        length > ChunkSize + crypto_secretstream_xchacha20poly1305_ABYTES ||
        m_in.pos() + length > m_payloadEnd)
        return refuse(ErrorCode::Format, "bad-payload", QStringLiteral("chunk length"));
    m_cipher.resize(qsizetype(length));
    // The chunk is decrypted onto the end of what is left of the previous one; the buffer keeps
    // its size from chunk to chunk (a chunk at most, or the longest line).
    const qsizetype kept = m_plain.size();
    m_plain.resize(kept + qsizetype(length - crypto_secretstream_xchacha20poly1305_ABYTES));
    unsigned long long plainLength = 0;
    unsigned char tag = 0;
    if (m_in.read(m_cipher.data(), length) != qint64(length) ||
        crypto_secretstream_xchacha20poly1305_pull(
            &m_stream, reinterpret_cast<unsigned char*>(m_plain.data() + kept), &plainLength,
            &tag, reinterpret_cast<const unsigned char*>(m_cipher.constData()), length, nullptr,
            0) != 0)
        return refuse(ErrorCode::Crypto, "bad-payload", QStringLiteral("a chunk does not decrypt"));
    m_plain.resize(kept + qsizetype(plainLength));
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        m_final = true;
        if (m_in.pos() != m_payloadEnd)
            return refuse(ErrorCode::Format, "bad-payload", QStringLiteral("data after the end"));
    }
    if (m_plain.size() > MaxLineSize)
        return refuse(ErrorCode::Format, "bad-payload", QStringLiteral("a change is too large"));
    return true;
}

Result<bool> BundleReader::next(QByteArrayView* line)
{
    if (!m_open)
        return makeError(ErrorCode::Usage, QStringLiteral("open() first"));
    for (;;) {
        const qsizetype end = m_plain.indexOf('\n', m_consumed);
        if (end >= 0) {
            *line = QByteArrayView(m_plain.constData() + m_consumed, end - m_consumed);
            m_consumed = end + 1;
            return true;
        }
        // Once per chunk: the unfinished line moves to the front.
        m_plain.remove(0, m_consumed);
        m_consumed = 0;
        if (m_plain.capacity() > 4 * ChunkSize && m_plain.size() < ChunkSize)
            m_plain.squeeze(); // after a very long line (a photo): memory stays flat
        if (m_final) {
            if (!m_plain.isEmpty())
                return refuse(ErrorCode::Format, "bad-payload", QStringLiteral("unfinished line"));
            return false;
        }
        auto pulled = pullChunk();
        if (!pulled.ok())
            return pulled.error();
    }
}

} // namespace regie
