// libFuzzer target for everything that reads sync input from outside: the bundle reader (prelude,
// streamed signature check, header, decryption, line splitting), the change-line decoder, the
// header parser, receipts and public-key files. Built only with -DREGIE_BUILD_FUZZ=ON and clang
// (tests/fuzz/CMakeLists.txt); run: regie_fuzz_bundle -max_total_time=60 corpus/
//
// The first input byte picks the target; the rest is the input. Target 0 feeds raw bytes to the
// reader as a whole file; target 1 makes a validly signed and encrypted bundle whose payload is
// the input, so the fuzzer also reaches the decrypting and line-splitting paths after the
// signature check.

#include "security/PublicKeyFile.h"
#include "sync/BundleReader.h"
#include "sync/BundleWriter.h"
#include "sync/ChangeCodec.h"
#include "sync/SyncReceipt.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>

using namespace regie;

namespace {

const security::InstallationKeys& fixedKeys()
{
    static const security::InstallationKeys keys =
        security::InstallationKeys::generate(
            {QStringLiteral("6f1c0a6e-2b7d-4a51-9c3e-0d2f8e4b1a77"),
             QStringLiteral("FZ"),
             QStringLiteral("fuzz"),
             {},
             {}})
            .value();
    return keys;
}

void readAll(QBuffer& buffer, const QByteArray& signer)
{
    BundleReader reader(buffer);
    auto key = reader.signerKey();
    if (!key.ok() || !reader.verify(signer).ok())
        return;
    auto header = reader.header();
    if (!header.ok() || !reader.open(fixedKeys()).ok())
        return;
    QByteArrayView line;
    ChangeCodec::Decoder decoder(header.value().format);
    for (int i = 0; i < 100000; ++i) {
        auto more = reader.next(&line);
        if (!more.ok() || !more.value())
            return;
        (void)decoder.decode(line);
    }
}

void rawBundle(const QByteArray& input)
{
    QByteArray copy = input;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    readAll(buffer, fixedKeys().identity().signPublic);
}

void signedBundle(const QByteArray& input)
{
    QByteArray file;
    QBuffer out(&file);
    out.open(QIODevice::WriteOnly);
    BundleHeader header;
    header.bundleId = QStringLiteral("0d7e1a10-0000-4000-8000-000000000001");
    header.senderId = fixedKeys().identity().installationId;
    header.fromSeq = 1;
    header.toSeq = 1;
    header.schemaVersion = 1;
    header.createdAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    BundleWriter writer(out, fixedKeys());
    if (!writer.begin(header, {fixedKeys().identity()}).ok())
        return;
    for (const QByteArray& line : input.split('\n')) {
        if (!writer.addLine(line).ok())
            return;
    }
    if (!writer.finish().ok())
        return;
    out.close();
    QBuffer in(&file);
    in.open(QIODevice::ReadOnly);
    readAll(in, fixedKeys().identity().signPublic);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data + 1), int(size - 1));
    switch (data[0] % 6) {
    case 0:
        rawBundle(input);
        break;
    case 1:
        signedBundle(input);
        break;
    case 2: { // lines of format 2, each after the one before
        ChangeCodec::Decoder decoder;
        for (const QByteArray& line : input.split('\n'))
            (void)decoder.decode(line);
        break;
    }
    case 3:
        (void)BundleHeader::fromJson(input);
        break;
    case 4:
        (void)SyncReceipt::verify(input, fixedKeys().identity().signPublic);
        break;
    case 5:
        (void)security::PublicKeyFile::parse(input);
        break;
    }
    return 0;
}
