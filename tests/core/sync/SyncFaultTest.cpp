// Every fault of a bundle is refused with its reason and leaves the data exactly as it was.

#include "SyncSite.h"
#include "storage/Database.h"
#include "sync/BundleWriter.h"
#include "sync/ChangeCodec.h"

#include <QTemporaryDir>

using namespace regie;
using namespace regie::test;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    SyncSite office{QStringLiteral("office")};
    SyncSite laptop{QStringLiteral("laptop")};
    QString bundle = dir.filePath(QStringLiteral("good.regiebundle"));

    Fixture()
    {
        pair(office, laptop);
        for (int i = 0; i < 40; ++i)
            office.addPremises(QStringLiteral("Verversrui"), QString::number(i));
        REQUIRE(office.exportTo(laptop, bundle).ok());
    }

    QByteArray bytes() const
    {
        QFile f(bundle);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }

    // Imports the file and expects a refusal whose reason starts with one of the codes.
    void refused(const QString& path, const QStringList& reasons)
    {
        const QString before = laptop.digest();
        const int logBefore = laptop.t.count(QStringLiteral("change_log"));
        auto result = laptop.import(path);
        REQUIRE_FALSE(result.ok());
        INFO(result.error().detail.toStdString());
        CHECK(std::any_of(reasons.begin(), reasons.end(),
                          [&](const QString& r) { return result.error().detail.startsWith(r); }));
        CHECK(laptop.digest() == before);
        CHECK(laptop.t.count(QStringLiteral("change_log")) == logBefore);
        CHECK(laptop.t.count(QStringLiteral("sync_backlog")) == 0);
    }
};

} // namespace

TEST_CASE("a bundle with any byte changed is refused", "[sync][faults]")
{
    Fixture f;
    const QByteArray good = f.bytes();
    REQUIRE(good.size() > 4000);
    // Every byte of the first 600 (magic, version, signer key, header, payload start), then
    // every 97th byte to the end and each byte of the signature.
    QVector<int> offsets;
    for (int i = 0; i < 600; ++i)
        offsets << i;
    for (int i = 600; i < good.size() - 64; i += 97)
        offsets << i;
    for (int i = good.size() - 64; i < good.size(); ++i)
        offsets << i;
    const QString before = f.laptop.digest();
    int refusedCount = 0;
    for (int offset : offsets) {
        QByteArray bad = good;
        bad[offset] = char(bad.at(offset) ^ 0x01);
        const QString path = f.write(QStringLiteral("bad.regiebundle"), bad);
        auto result = f.laptop.import(path);
        if (!result.ok())
            ++refusedCount;
        else
            FAIL("byte " << offset << " changed and the bundle was accepted");
    }
    CHECK(refusedCount == offsets.size());
    CHECK(f.laptop.digest() == before);
    f.refused(f.write(QStringLiteral("one.regiebundle"),
                      QByteArray(good).replace(300, 1, QByteArray(1, char(good.at(300) ^ 0x80)))),
              {QStringLiteral("bad-signature"), QStringLiteral("unknown-signer")});
    CHECK(f.laptop.import(f.bundle).ok()); // and the unchanged one still goes in
}

TEST_CASE("a truncated bundle is refused", "[sync][faults]")
{
    Fixture f;
    const QByteArray good = f.bytes();
    for (int length : {0, 5, 20, 45, 60, 400, int(good.size()) / 2, int(good.size()) - 65,
                       int(good.size()) - 1}) {
        f.refused(f.write(QStringLiteral("cut.regiebundle"), good.left(length)),
                  {QStringLiteral("truncated"), QStringLiteral("bad-signature"),
                   QStringLiteral("not-a-bundle")});
    }
    f.refused(f.write(QStringLiteral("long.regiebundle"), good + "x"),
              {QStringLiteral("bad-signature")});
}

TEST_CASE("bundles from unknown or revoked signers are refused", "[sync][faults]")
{
    Fixture f;
    SyncSite stranger(QStringLiteral("stranger"));
    stranger.trust(f.laptop); // the stranger knows the laptop, the laptop not the stranger
    stranger.addPremises(QStringLiteral("Schippersstraat"), QStringLiteral("1"));
    const QString foreign = f.dir.filePath(QStringLiteral("stranger.regiebundle"));
    REQUIRE(stranger.exportTo(f.laptop, foreign).ok());
    f.refused(foreign, {QStringLiteral("unknown-signer")});

    REQUIRE(TrustStore(f.laptop.t.db()).revoke(QStringLiteral("office"), f.laptop.t.clock()).ok());
    f.refused(f.bundle, {QStringLiteral("revoked-signer")});
}

TEST_CASE("a bundle addressed to another installation is refused", "[sync][faults]")
{
    Fixture f;
    SyncSite police(QStringLiteral("police"));
    f.office.trust(police);
    const QString other = f.dir.filePath(QStringLiteral("police.regiebundle"));
    REQUIRE(f.office.exportTo(police, other).ok());
    f.refused(other, {QStringLiteral("not-a-recipient")});
}

TEST_CASE("a bundle from a newer schema is refused", "[sync][faults]")
{
    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("newer.regiebundle"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    BundleHeader header;
    header.bundleId = QStringLiteral("0d7e1a10-0000-4000-8000-000000000001");
    header.senderId = f.office.t.ws().installation().id;
    header.senderCode = QStringLiteral("TS");
    header.fromSeq = 1;
    header.toSeq = 1;
    header.changes = 1;
    header.schemaVersion = Database::latestSchemaVersion() + 1;
    header.createdAt = f.office.t.clock().now();
    BundleWriter writer(file, f.office.keys);
    REQUIRE(writer.begin(header, {f.laptop.keys.identity()}).ok());
    RemoteChange c{1,
                   QStringLiteral("t"),
                   QStringLiteral("1764324000000-0000-") + header.senderId,
                   header.senderId,
                   QStringLiteral("u"),
                   QStringLiteral("premises"),
                   QStringLiteral("0d7e1a10-0000-4000-8000-000000000002"),
                   QStringLiteral("create"),
                   QString(),
                   {},
                   {}};
    REQUIRE(writer.addLine(ChangeCodec::encode(c)).ok());
    REQUIRE(writer.finish().ok());
    file.close();
    f.refused(path, {QStringLiteral("newer-schema")});
}

TEST_CASE("importing the same bundle twice changes nothing", "[sync][faults]")
{
    Fixture f;
    REQUIRE(f.laptop.import(f.bundle).ok());
    CHECK(f.laptop.digest() == f.office.digest());
    f.refused(f.bundle, {QStringLiteral("replay")});
    // A second export of the same changes (no receipt yet) is a replay as well.
    const QString again = f.dir.filePath(QStringLiteral("again.regiebundle"));
    REQUIRE(f.office.exportTo(f.laptop, again).ok());
    f.refused(again, {QStringLiteral("replay")});
}
