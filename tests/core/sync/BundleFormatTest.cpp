// The change lines of format 2 leave out what repeats; bundles of format 1 still import.

#include "SyncSite.h"
#include "common/Ids.h"
#include "storage/ChangeIndex.h"
#include "storage/Database.h"
#include "sync/BundleReader.h"
#include "sync/BundleWriter.h"
#include "sync/ChangeCodec.h"

#include <QTemporaryDir>
#include <sodium.h>

using namespace regie;
using namespace regie::test;

namespace {

const QString SenderId = QStringLiteral("0c6f8a52-1b2c-4d3e-8f90-123456789abc");

RemoteChange change(qint64 seq, const QString& txn, const QString& id, const QString& field)
{
    return {seq,
            txn,
            QStringLiteral("17643552000%1-0000-").arg(seq, 2, 10, QLatin1Char('0')) + SenderId,
            SenderId,
            QStringLiteral("anna"),
            QStringLiteral("premises"),
            id,
            field.isEmpty() ? QStringLiteral("create") : QStringLiteral("set"),
            field,
            QVariant(),
            field.isEmpty() ? QVariant() : QVariant(QStringLiteral("value %1").arg(seq))};
}

// The lines an export writes for these changes (format 2).
QList<QByteArray> linesOf(const QList<RemoteChange>& changes)
{
    ChangeCodec::Encoder encoder;
    QList<QByteArray> lines;
    for (const RemoteChange& c : changes) {
        const QByteArray txn = c.txn.toUtf8(), hlc = c.hlc.toUtf8(), inst = c.installation.toUtf8(),
                         user = c.userName.toUtf8(), entity = c.entity.toUtf8(),
                         id = c.entityId.toUtf8(), op = c.op.toUtf8(), field = c.field.toUtf8(),
                         value = c.newValue.toString().toUtf8();
        SqlValue newValue;
        if (c.newValue.isValid()) {
            newValue.type = SqlValue::Type::Text;
            newValue.bytes = value;
        }
        QByteArray line;
        encoder.append(line, {c.seq, txn, hlc, inst, user, entity, id, op, field, {}, newValue});
        lines << line;
    }
    return lines;
}

// A bundle of format 1 from the office to the laptop: every part on every line, as the first
// writer made it.
QString formatOneBundle(SyncSite& office, SyncSite& laptop, const QString& path)
{
    QSqlQuery q(office.t.db().connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT seq, txn, hlc, installation, user_name, entity, entity_id, op, field, old_value, "
        "new_value FROM change_history ORDER BY seq")));
    QList<RemoteChange> changes;
    while (q.next())
        changes.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                           q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                           q.value(9), q.value(10)});
    REQUIRE_FALSE(changes.isEmpty());
    BundleHeader header;
    header.format = 1;
    header.bundleId = newId();
    header.senderId = office.t.ws().installation().id;
    header.senderCode = office.t.ws().installation().shortCode;
    header.fromSeq = changes.constFirst().seq;
    header.toSeq = changes.constLast().seq;
    header.changes = changes.size();
    header.schemaVersion = office.t.db().schemaVersion();
    header.createdAt = office.t.clock().now();
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    BundleWriter writer(file, office.keys);
    REQUIRE(writer.begin(header, {laptop.keys.identity()}).ok());
    for (const RemoteChange& c : changes)
        REQUIRE(writer.addLine(ChangeCodec::encode(c)).ok());
    REQUIRE(writer.finish().ok());
    return path;
}

} // namespace

TEST_CASE("a format 2 line leaves out what the line before said", "[sync]")
{
    const QString a = QStringLiteral("2b1e0c1a-5d6f-4e3b-9a8c-7d6e5f4a3b2c");
    const QString b = QStringLiteral("9f0e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c");
    const QList<RemoteChange> changes{change(1, QStringLiteral("t1"), a, {}),
                                      change(2, QStringLiteral("t1"), a, QStringLiteral("street")),
                                      change(3, QStringLiteral("t2"), b, QStringLiteral("notes"))};
    const QList<QByteArray> lines = linesOf(changes);
    // The first line says everything; the second only what changed; the third a new record and
    // action. Stamps made at the line's installation are short.
    CHECK(lines.at(0).contains("\"d\":") );
    CHECK(lines.at(0).contains("\"i\":"));
    CHECK(lines.at(0).contains("\"h\":\"1764355200001-0000\""));
    CHECK_FALSE(lines.at(1).contains("\"d\":"));
    CHECK_FALSE(lines.at(1).contains("\"i\":"));
    CHECK_FALSE(lines.at(1).contains("\"u\":"));
    CHECK_FALSE(lines.at(1).contains("\"x\":"));
    CHECK(lines.at(2).contains("\"d\":\"" + b.toUtf8() + "\""));
    CHECK(lines.at(2).contains("\"x\":\"t2\""));
    CHECK(lines.at(1).size() < lines.at(0).size() / 2);

    ChangeCodec::Decoder decoder(2);
    for (int i = 0; i < lines.size(); ++i) {
        INFO(lines.at(i).toStdString());
        const auto decoded = decoder.decode(lines.at(i));
        REQUIRE(decoded.ok());
        CHECK(decoded->hlc == changes.at(i).hlc);
        CHECK(decoded->installation == SenderId);
        CHECK(decoded->entityId == changes.at(i).entityId);
        CHECK(decoded->txn == changes.at(i).txn);
        CHECK(decoded->userName == QStringLiteral("anna"));
        CHECK(decoded->newValue == changes.at(i).newValue);
    }

    // Read as format 1, or without the line before, a short line lacks its parts.
    CHECK_FALSE(ChangeCodec::Decoder(1).decode(lines.at(1)).ok());
    CHECK_FALSE(ChangeCodec::Decoder(2).decode(lines.at(1)).ok());
    // A stamp from elsewhere keeps its installation part.
    RemoteChange relayed = changes.at(0);
    relayed.hlc = QStringLiteral("1764355200001-0000-") + QStringLiteral("ffffffff-1b2c-4d3e-8f90-123456789abc");
    const QByteArray line = linesOf({relayed}).constFirst();
    CHECK(line.contains(relayed.hlc.toUtf8()));
    CHECK(ChangeCodec::Decoder(2).decode(line)->hlc == relayed.hlc);
}

TEST_CASE("a bundle of format 1 still imports, and format 2 bundles are smaller", "[sync]")
{
    QTemporaryDir dir;
    SyncSite office(QStringLiteral("office"));
    SyncSite laptop(QStringLiteral("laptop"));
    SyncSite second(QStringLiteral("second"));
    pair(office, laptop);
    pair(office, second);
    for (int i = 0; i < 30; ++i)
        office.addPremises(QStringLiteral("Verversrui"), QString::number(i));

    const QString one = formatOneBundle(office, laptop, dir.filePath(QStringLiteral("one.regiebundle")));
    auto imported = laptop.import(one);
    REQUIRE(imported.ok());
    CHECK(imported->applied == office.t.count(QStringLiteral("change_log")));
    CHECK(laptop.digest() == office.digest());

    const QString two = dir.filePath(QStringLiteral("two.regiebundle"));
    REQUIRE(office.exportTo(second, two).ok());
    QFile file(two);
    REQUIRE(file.open(QIODevice::ReadOnly));
    BundleReader reader(file);
    auto key = reader.signerKey();
    REQUIRE(key.ok());
    REQUIRE(reader.verify(key.value()).ok());
    CHECK(reader.header()->format == 2);
    file.close();
    REQUIRE(second.import(two).ok());
    CHECK(second.digest() == office.digest());
    // The import left the index by record complete, and says so: a catch-up finds nothing.
    for (SyncSite* site : {&laptop, &second}) {
        CHECK(site->t.count(QStringLiteral("change_index")) ==
              site->t.count(QStringLiteral("change_log")));
        CHECK(ChangeIndex::catchUp(site->t.db()).value() == 0);
    }
    CHECK(QFileInfo(two).size() < QFileInfo(one).size() * 2 / 3);
}

TEST_CASE("a bundle whose header and prelude disagree on the format is refused", "[sync][faults]")
{
    QTemporaryDir dir;
    SyncSite office(QStringLiteral("office"));
    SyncSite laptop(QStringLiteral("laptop"));
    pair(office, laptop);
    office.addPremises(QStringLiteral("Verversrui"), QStringLiteral("1"));
    const QString path = dir.filePath(QStringLiteral("one.regiebundle"));
    formatOneBundle(office, laptop, path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes[9] = char(2); // the prelude now says 2, the header still 1: signed so by the sender
    const qsizetype signedPart = bytes.size() - crypto_sign_BYTES;
    crypto_sign_state state;
    crypto_sign_init(&state);
    crypto_sign_update(&state, reinterpret_cast<const unsigned char*>(bytes.constData()),
                       static_cast<unsigned long long>(signedPart));
    crypto_sign_final_create(&state, reinterpret_cast<unsigned char*>(bytes.data() + signedPart),
                             nullptr, office.keys.signSecret().data());
    REQUIRE(file.seek(0));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
    const QString before = laptop.digest();
    auto result = laptop.import(path);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().detail.startsWith(QStringLiteral("bad-header")));
    CHECK(laptop.digest() == before);
    CHECK(laptop.t.count(QStringLiteral("change_log")) == 0);
}

TEST_CASE("a stored text that is not UTF-8 stops the export, naming the record", "[sync][faults]")
{
    QTemporaryDir dir;
    SyncSite office(QStringLiteral("office"));
    SyncSite laptop(QStringLiteral("laptop"));
    pair(office, laptop);
    const QString id = office.addPremises(QStringLiteral("Verversrui"), QStringLiteral("1"));
    // Damage the log as a faulty disk or tool could; the write path itself never stores such text.
    QSqlQuery q(office.t.db().connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE change_log SET new_value = CAST(X'56657276ff' AS TEXT) "
                                  "WHERE field = 'street'")));
    const QString path = dir.filePath(QStringLiteral("bad.regiebundle"));
    auto exported = office.exportTo(laptop, path);
    REQUIRE_FALSE(exported.ok());
    CHECK(exported.error().detail.startsWith(QStringLiteral("bad-text")));
    CHECK(exported.error().detail.contains(id));
    CHECK(exported.error().detail.contains(QStringLiteral("street")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("edits of records the receiver holds keep their order and their conflicts", "[sync]")
{
    // Many edits of the same fields in one bundle (the receiver judges each against the one
    // before), then an edit made elsewhere meanwhile: it is kept as a conflict, not lost.
    QTemporaryDir dir;
    SyncSite office(QStringLiteral("office"));
    SyncSite laptop(QStringLiteral("laptop"));
    pair(office, laptop);
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids << office.addPremises(QStringLiteral("Verversrui"), QString::number(i));
    office.sendTo(laptop, dir.filePath(QStringLiteral("1.regiebundle")));
    laptop.set(ids.at(2), QStringLiteral("notes"), QStringLiteral("laptop's note"));
    for (int round = 0; round < 6; ++round)
        for (const QString& id : ids)
            office.set(id, QStringLiteral("notes"), QStringLiteral("office %1").arg(round));
    REQUIRE(office.exportTo(laptop, dir.filePath(QStringLiteral("2.regiebundle"))).ok());
    auto imported = laptop.import(dir.filePath(QStringLiteral("2.regiebundle")));
    REQUIRE(imported.ok());
    CHECK(imported->applied == 30);
    for (const QString& id : ids)
        CHECK(laptop.get(id, QStringLiteral("notes")).toString() == QStringLiteral("office 5"));
    // The laptop's note and the office's first edit of that record were made without each other.
    CHECK(laptop.t.count(QStringLiteral("sync_conflicts"),
                         QStringLiteral("entity_id = '%1' AND field = 'notes'").arg(ids.at(2))) ==
          1);
    CHECK(laptop.t.count(QStringLiteral("sync_conflicts")) == 1);
    CHECK(laptop.t.count(QStringLiteral("change_index")) ==
          laptop.t.count(QStringLiteral("change_log")));
    laptop.sendTo(office, dir.filePath(QStringLiteral("3.regiebundle")));
    CHECK(office.digest() == laptop.digest());
}
