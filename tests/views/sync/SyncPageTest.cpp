// The Sync and Conflicts pages end to end: two installations in temporary folders, keys made
// with a passphrase, public-key files traded through the page, a bundle exported by one page and
// previewed, then imported, by the other; refusals shown with their reason and nothing changed;
// conflicts listed and resolved.

#include "sync/SyncPage.h"

#include "storage/ChangeSet.h"
#include "support/TestDatabase.h"
#include "sync/ConflictListModel.h"
#include "sync/ConflictStore.h"
#include "sync/ConflictsPage.h"
#include "sync/Digest.h"
#include "sync/ImportCountsModel.h"
#include "sync/KeyStore.h"
#include "sync/PeerListModel.h"
#include "sync/SyncHistoryModel.h"
#include "sync/SyncKeysPanel.h"
#include "sync/TrustStore.h"

#include <QFile>
#include <QGroupBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

using namespace regie;

namespace {

const QByteArray kPassphrase("correct horse battery");

struct Site
{
    QString name;
    test::TestDatabase t;
    std::unique_ptr<SyncPage> page;

    explicit Site(const QString& siteName) : name(siteName)
    {
        REQUIRE(KeyStore(t.db()).create(t.ws().installation(), kPassphrase, t.clock()).ok());
        page = std::make_unique<SyncPage>(t.ws());
        page->resize(1366, 768);
        page->show();
    }

    bool run(const std::function<void()>& step)
    {
        QSignalSpy done(page.get(), &SyncPage::jobFinished);
        step();
        REQUIRE(done.wait(30000));
        return done.first().first().toBool();
    }

    QString addPremises(const QString& street)
    {
        ChangeSet cs(QStringLiteral("test.premises"));
        const QString id = cs.create(
            QStringLiteral("premises"),
            {{QStringLiteral("street"), street}, {QStringLiteral("number"), QStringLiteral("1")}});
        REQUIRE(t.writes().apply(cs).ok());
        return id;
    }

    void setNotes(const QString& id, const QString& notes)
    {
        t.clock().advanceMs(1000);
        ChangeSet cs(QStringLiteral("test.edit"));
        cs.set(QStringLiteral("premises"), id, QStringLiteral("notes"), notes);
        REQUIRE(t.writes().apply(cs).ok());
    }

    QString notes(const QString& id)
    {
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("SELECT notes FROM premises WHERE id = ?"));
        q.addBindValue(id);
        REQUIRE(q.exec());
        return q.next() ? q.value(0).toString() : QString();
    }

    QString digest() { return Digest::compute(t.db()).value(); }

    bool exportTo(const Site& peer, const QString& file)
    {
        return run([&]() { page->exportBundle(peer.name, file, {}, kPassphrase); });
    }
};

// Both sites trade public-key files through their pages and trust each other.
void pair(Site& a, Site& b, const QTemporaryDir& dir)
{
    const QString aKey = dir.filePath(a.name + QStringLiteral(".regiekey"));
    const QString bKey = dir.filePath(b.name + QStringLiteral(".regiekey"));
    REQUIRE(a.page->keys().exportPublicKey(aKey));
    REQUIRE(b.page->keys().exportPublicKey(bKey));
    REQUIRE(a.page->keys().trustFile(bKey, b.name));
    REQUIRE(b.page->keys().trustFile(aKey, a.name));
}

} // namespace

TEST_CASE("the sync page shows the peer's fingerprint to compare by phone", "[views][sync]")
{
    QTemporaryDir dir;
    Site office(QStringLiteral("office")), laptop(QStringLiteral("laptop"));
    pair(office, laptop, dir);
    auto laptopKey = KeyStore(laptop.t.db()).publicIdentity(laptop.t.ws().installation());
    REQUIRE(laptopKey.ok());
    const PeerListModel& peers = office.page->keys().peers();
    REQUIRE(peers.rowCount() == 1);
    CHECK(peers.index(0, PeerListModel::FingerprintColumn).data().toString() ==
          laptopKey.value().fingerprint());
    CHECK(office.page->lastMessage().contains(laptopKey.value().fingerprint()));
    // The same key file again is refused in plain words.
    REQUIRE_FALSE(office.page->keys().trustFile(dir.filePath(QStringLiteral("laptop.regiekey")),
                                                QStringLiteral("laptop again")));
    CHECK(office.page->lastMessage().contains(QStringLiteral("already on the trust list")));
}

TEST_CASE("an import is previewed first and applied only on confirmation", "[views][sync]")
{
    QTemporaryDir dir;
    Site office(QStringLiteral("office")), laptop(QStringLiteral("laptop"));
    pair(office, laptop, dir);
    office.addPremises(QStringLiteral("Schippersstraat"));
    office.addPremises(QStringLiteral("Verversrui"));
    const QString file = dir.filePath(QStringLiteral("to-laptop.regiebundle"));
    REQUIRE(office.exportTo(laptop, file));
    CHECK(office.page->lastMessage().contains(QStringLiteral("to-laptop.regiebundle")));
    REQUIRE(office.page->history().rowCount() == 1);
    CHECK(office.page->history().index(0, SyncHistoryModel::DirectionColumn).data() ==
          QStringLiteral("Sent"));
    CHECK(office.page->history().index(0, SyncHistoryModel::PeerColumn).data() ==
          QStringLiteral("laptop"));

    const QString before = laptop.digest();
    REQUIRE(laptop.run([&]() { laptop.page->previewImport(file, kPassphrase); }));
    CHECK(laptop.page->hasPreview());
    CHECK(laptop.page->findChild<QGroupBox*>(QStringLiteral("importPreview"))->isVisible());
    CHECK(laptop.page->previewCounts().countsOf(QStringLiteral("premises")).created == 2);
    CHECK(laptop.digest() == before); // nothing changed by the preview
    CHECK(laptop.t.count(QStringLiteral("premises")) == 0);

    auto* confirm = laptop.page->findChild<QPushButton*>(QStringLiteral("confirmImport"));
    REQUIRE(confirm);
    REQUIRE(laptop.run([&]() { confirm->click(); }));
    CHECK_FALSE(laptop.page->hasPreview());
    CHECK(laptop.t.count(QStringLiteral("premises")) == 2);
    CHECK(laptop.digest() == office.digest());
    CHECK(laptop.page->lastMessage().contains(QStringLiteral("2 new record(s)")));
    CHECK(QFile::exists(file + QStringLiteral(".receipt")));
    REQUIRE(laptop.page->history().rowCount() == 1);
    CHECK(laptop.page->history().index(0, SyncHistoryModel::DirectionColumn).data() ==
          QStringLiteral("Received"));
    CHECK(laptop.page->history().index(0, SyncHistoryModel::PeerColumn).data() ==
          QStringLiteral("office"));
}

TEST_CASE("a discarded preview leaves the data as it was", "[views][sync]")
{
    QTemporaryDir dir;
    Site office(QStringLiteral("office")), laptop(QStringLiteral("laptop"));
    pair(office, laptop, dir);
    office.addPremises(QStringLiteral("Vingerlingstraat"));
    const QString file = dir.filePath(QStringLiteral("b.regiebundle"));
    REQUIRE(office.exportTo(laptop, file));
    REQUIRE(laptop.run([&]() { laptop.page->previewImport(file, kPassphrase); }));
    laptop.page->findChild<QPushButton*>(QStringLiteral("discardImport"))->click();
    CHECK_FALSE(laptop.page->hasPreview());
    CHECK(laptop.t.count(QStringLiteral("premises")) == 0);
    CHECK(laptop.page->history().rowCount() == 0);
}

TEST_CASE("refused bundles show their reason and change nothing", "[views][sync]")
{
    QTemporaryDir dir;
    Site office(QStringLiteral("office")), laptop(QStringLiteral("laptop"));
    pair(office, laptop, dir);
    office.addPremises(QStringLiteral("Schippersstraat"));
    const QString file = dir.filePath(QStringLiteral("good.regiebundle"));
    REQUIRE(office.exportTo(laptop, file));
    const QString before = laptop.digest();

    SECTION("a changed byte")
    {
        QFile in(file);
        REQUIRE(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        const QString bad = dir.filePath(QStringLiteral("bad.regiebundle"));
        QFile out(bad);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        CHECK_FALSE(laptop.run([&]() { laptop.page->previewImport(bad, kPassphrase); }));
        CHECK(laptop.page->lastMessage().contains(QStringLiteral("changed or damaged")));
    }
    SECTION("a wrong passphrase")
    {
        CHECK_FALSE(laptop.run(
            [&]() { laptop.page->previewImport(file, QByteArray("not the passphrase")); }));
        CHECK(laptop.page->lastMessage().contains(QStringLiteral("passphrase is wrong")));
    }
    SECTION("a revoked sender")
    {
        REQUIRE(laptop.page->keys().revoke(QStringLiteral("office")));
        CHECK_FALSE(laptop.run([&]() { laptop.page->previewImport(file, kPassphrase); }));
        CHECK(laptop.page->lastMessage().contains(QStringLiteral("revoked")));
    }
    SECTION("a replay")
    {
        REQUIRE(laptop.run([&]() { laptop.page->previewImport(file, kPassphrase); }));
        REQUIRE(laptop.run([&]() { laptop.page->confirmImport(); }));
        const QString imported = laptop.digest();
        CHECK_FALSE(laptop.run([&]() { laptop.page->previewImport(file, kPassphrase); }));
        CHECK(laptop.page->lastMessage().contains(QStringLiteral("imported before")));
        CHECK(laptop.digest() == imported);
        return;
    }
    CHECK_FALSE(laptop.page->hasPreview());
    CHECK(laptop.digest() == before);
    CHECK(laptop.t.count(QStringLiteral("premises")) == 0);
}

TEST_CASE("a conflict is listed with both values and resolving removes it", "[views][sync]")
{
    QTemporaryDir dir;
    Site office(QStringLiteral("office")), laptop(QStringLiteral("laptop"));
    pair(office, laptop, dir);
    const QString id = office.addPremises(QStringLiteral("Schippersstraat"));
    const QString first = dir.filePath(QStringLiteral("1.regiebundle"));
    REQUIRE(office.exportTo(laptop, first));
    REQUIRE(laptop.run([&]() { laptop.page->previewImport(first, kPassphrase); }));
    REQUIRE(laptop.run([&]() { laptop.page->confirmImport(); }));

    // Both edit the notes without having seen each other's edit; the laptop's is later.
    office.setNotes(id, QStringLiteral("office says A"));
    laptop.t.clock().advanceMs(2000);
    laptop.setNotes(id, QStringLiteral("laptop says B"));
    const QString second = dir.filePath(QStringLiteral("2.regiebundle"));
    REQUIRE(laptop.exportTo(office, second));

    ConflictsPage conflicts(office.t.ws());
    QObject::connect(office.page.get(), &SyncPage::dataImported, &conflicts,
                     &ConflictsPage::reload);
    QSignalSpy badge(&conflicts, &Page::badgeChanged);
    conflicts.show();
    CHECK(conflicts.badge() == 0);
    REQUIRE(office.run([&]() { office.page->previewImport(second, kPassphrase); }));
    CHECK(office.page->previewCounts().countsOf(QStringLiteral("premises")).conflicts == 1);
    REQUIRE(office.run([&]() { office.page->confirmImport(); }));
    CHECK(office.page->lastMessage().contains(QStringLiteral("Conflicts page")));

    REQUIRE(conflicts.conflicts().rowCount() == 1);
    CHECK(conflicts.badge() == 1);
    CHECK(badge.count() >= 1);
    const ConflictListModel& model = conflicts.conflicts();
    CHECK(model.index(0, ConflictListModel::FieldColumn).data() == QStringLiteral("Notes"));
    CHECK(model.index(0, ConflictListModel::LocalValueColumn).data() ==
          QStringLiteral("office says A"));
    CHECK(model.index(0, ConflictListModel::RemoteValueColumn).data() ==
          QStringLiteral("laptop says B"));
    CHECK(model.index(0, ConflictListModel::LocalByColumn)
              .data()
              .toString()
              .contains(QStringLiteral("tester at this installation")));
    CHECK(model.index(0, ConflictListModel::RemoteByColumn)
              .data()
              .toString()
              .contains(QStringLiteral("tester at laptop")));

    SECTION("keeping the value here")
    {
        conflicts.findChild<QPushButton*>(QStringLiteral("keepLocal"))->click();
        CHECK(office.notes(id) == QStringLiteral("office says A"));
    }
    SECTION("an edited value")
    {
        REQUIRE(
            conflicts.resolveSelected(ConflictStore::Keep::Value, QStringLiteral("both: A and B")));
        CHECK(office.notes(id) == QStringLiteral("both: A and B"));
    }
    CHECK(conflicts.conflicts().rowCount() == 0);
    CHECK(conflicts.badge() == 0);
    CHECK(ConflictStore(office.t.db(), office.t.writes()).list().value().isEmpty());
    CHECK(conflicts.findChild<QWidget*>(QStringLiteral("conflictsEmpty"))->isVisible());
}

TEST_CASE("a bundle that arrives before its predecessor waits in the backlog", "[views][sync]")
{
    QTemporaryDir dir;
    Site office(QStringLiteral("office")), laptop(QStringLiteral("laptop"));
    pair(office, laptop, dir);
    office.addPremises(QStringLiteral("Schippersstraat"));
    const QString first = dir.filePath(QStringLiteral("1.regiebundle"));
    REQUIRE(office.exportTo(laptop, first));
    const qint64 firstEnd = office.page->history().entry(0).toSeq;
    office.addPremises(QStringLiteral("Verversrui"));
    // The second bundle starts after the first (as after a receipt).
    const QString second = dir.filePath(QStringLiteral("2.regiebundle"));
    REQUIRE(office.run(
        [&]() { office.page->exportBundle(laptop.name, second, {}, kPassphrase, firstEnd); }));
    CHECK(office.page->history().entry(0).fromSeq == firstEnd + 1);

    REQUIRE(laptop.run([&]() { laptop.page->previewImport(second, kPassphrase); }));
    CHECK(laptop.page->hasPreview());
    REQUIRE(laptop.run([&]() { laptop.page->confirmImport(); }));
    CHECK(laptop.page->lastMessage().contains(QStringLiteral("waits in the backlog")));
    CHECK(laptop.page->badge() == 1);
    CHECK(laptop.page->backlog().rowCount() == 1);
    CHECK(laptop.page->backlog().index(0, SyncBacklogModel::PeerColumn).data() ==
          QStringLiteral("office"));
    CHECK(laptop.t.count(QStringLiteral("premises")) == 0);

    REQUIRE(laptop.run([&]() { laptop.page->previewImport(first, kPassphrase); }));
    REQUIRE(laptop.run([&]() { laptop.page->confirmImport(); }));
    CHECK(laptop.page->lastMessage().contains(QStringLiteral("from the backlog applied too")));
    CHECK(laptop.page->badge() == 0);
    CHECK(laptop.page->backlog().rowCount() == 0);
    CHECK(laptop.t.count(QStringLiteral("premises")) == 2);
    CHECK(laptop.digest() == office.digest());
}

TEST_CASE("a receipt from the peer moves the next bundle past what it confirmed", "[views][sync]")
{
    QTemporaryDir dir;
    Site office(QStringLiteral("office")), laptop(QStringLiteral("laptop"));
    pair(office, laptop, dir);
    office.addPremises(QStringLiteral("Schippersstraat"));
    const QString file = dir.filePath(QStringLiteral("1.regiebundle"));
    REQUIRE(office.exportTo(laptop, file));
    REQUIRE(laptop.run([&]() { laptop.page->previewImport(file, kPassphrase); }));
    REQUIRE(laptop.run([&]() { laptop.page->confirmImport(); }));
    const QString receipt = file + QStringLiteral(".receipt");
    REQUIRE(QFile::exists(receipt));

    REQUIRE(office.run([&]() { office.page->importReceipt(receipt); }));
    CHECK(office.page->lastMessage().contains(QStringLiteral("Receipt from laptop")));
    CHECK(TrustStore(office.t.db()).byName(QStringLiteral("laptop")).value().ackedSeq ==
          office.page->history().entry(0).toSeq);
    REQUIRE(office.exportTo(laptop, dir.filePath(QStringLiteral("2.regiebundle"))));
    CHECK(office.page->lastMessage().contains(QStringLiteral("It holds no changes")));
}
