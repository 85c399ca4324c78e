// An edit and a deletion of the same record made without knowing each other: the tombstone
// stays, the edit is kept as a conflict on every replica that holds both, whatever order they
// arrive in, and a person's decision (restore with the value, or confirm the deletion) travels.

#include "SyncSite.h"
#include "sync/ConflictStore.h"

#include <QTemporaryDir>

using namespace regie;
using namespace regie::test;

namespace {

QVector<SyncConflict> openConflicts(SyncSite& site)
{
    auto open = ConflictStore(site.t.db(), site.t.writes()).list();
    REQUIRE(open.ok());
    return open.value();
}

struct Scene
{
    QTemporaryDir dir;
    SyncSite office{QStringLiteral("office")};
    SyncSite laptop{QStringLiteral("laptop")};
    QString id;
    int files = 0;

    Scene()
    {
        pair(office, laptop);
        id = office.addPremises(QStringLiteral("Schippersstraat"), QStringLiteral("12"));
        office.set(id, QStringLiteral("notes"), QStringLiteral("registered"));
        send(office, laptop);
    }
    void send(SyncSite& from, SyncSite& to)
    {
        from.sendTo(to, dir.filePath(QString::number(++files) + QStringLiteral(".regiebundle")));
    }
    // The laptop edits the notes in the field while the office deletes the premises; neither
    // has seen the other's change. editFirst: the edit has the earlier stamp.
    void editAndDelete(bool editFirst)
    {
        laptop.t.clock().advanceMs(editFirst ? 60000 : 120000);
        laptop.set(id, QStringLiteral("notes"), QStringLiteral("fire exit blocked"));
        office.t.clock().advanceMs(editFirst ? 120000 : 60000);
        office.remove(id);
    }
};

} // namespace

TEST_CASE("an edit the deleting installation had not seen is kept as a conflict on both sides",
          "[sync][deletion]")
{
    const bool editFirst = GENERATE(true, false);
    const bool deletionArrivesFirst = GENERATE(true, false);
    CAPTURE(editFirst, deletionArrivesFirst);
    Scene s;
    s.editAndDelete(editFirst);
    if (deletionArrivesFirst) {
        s.send(s.office, s.laptop);
        s.send(s.laptop, s.office);
    } else {
        s.send(s.laptop, s.office);
        s.send(s.office, s.laptop);
    }
    CHECK(s.office.digest() == s.laptop.digest());
    for (SyncSite* site : {&s.office, &s.laptop}) {
        CAPTURE(site->name.toStdString());
        // The tombstone stays: the premises does not come back by itself...
        CHECK(site->get(s.id, QStringLiteral("deleted")).toInt() == 1);
        // ...but the field edit is there for a person to see.
        const QVector<SyncConflict> open = openConflicts(*site);
        REQUIRE(open.size() == 1);
        const SyncConflict& c = open.first();
        CHECK(c.isDeletion());
        CHECK(c.field == QStringLiteral("notes"));
        CHECK(c.editValue().toString() == QStringLiteral("fire exit blocked"));
        CHECK(c.recordDeleted);
        // "local" is the change that was here when the other arrived.
        const bool editWasHere = site == &s.laptop;
        CHECK(c.editIsLocal() == editWasHere);
        CHECK((editWasHere ? c.remoteInstallation : c.localInstallation) ==
              s.office.t.ws().installation().id);
    }
}

TEST_CASE("a deletion made after the edit had arrived raises no conflict", "[sync][deletion]")
{
    Scene s;
    s.laptop.t.clock().advanceMs(60000);
    s.laptop.set(s.id, QStringLiteral("notes"), QStringLiteral("fire exit blocked"));
    s.send(s.laptop, s.office);
    s.office.t.clock().advanceMs(120000);
    s.office.remove(s.id); // a decision taken knowing the inspector's note
    s.send(s.office, s.laptop);
    CHECK(s.laptop.get(s.id, QStringLiteral("deleted")).toInt() == 1);
    CHECK(openConflicts(s.office).isEmpty());
    CHECK(openConflicts(s.laptop).isEmpty());
    CHECK(s.office.digest() == s.laptop.digest());
}

TEST_CASE("a third installation sees the conflict whichever change reaches it first",
          "[sync][deletion]")
{
    const bool deletionFirst = GENERATE(true, false);
    CAPTURE(deletionFirst);
    Scene s;
    SyncSite police(QStringLiteral("police"));
    pair(s.office, police);
    pair(s.laptop, police);
    s.send(s.office, police);
    s.editAndDelete(true);
    if (deletionFirst) {
        s.send(s.office, police);
        s.send(s.laptop, police);
    } else {
        s.send(s.laptop, police);
        s.send(s.office, police);
    }
    CHECK(police.get(s.id, QStringLiteral("deleted")).toInt() == 1);
    const QVector<SyncConflict> open = openConflicts(police);
    REQUIRE(open.size() == 1);
    CHECK(open.first().isDeletion());
    CHECK(open.first().editValue().toString() == QStringLiteral("fire exit blocked"));
}

TEST_CASE("restoring the record with the field value travels and settles the other side",
          "[sync][deletion]")
{
    Scene s;
    s.editAndDelete(true);
    s.send(s.office, s.laptop);
    s.send(s.laptop, s.office);
    const SyncConflict atLaptop = openConflicts(s.laptop).value(0);
    s.laptop.t.clock().advanceMs(300000);
    auto resolved =
        ConflictStore(s.laptop.t.db(), s.laptop.t.writes())
            .resolve(atLaptop.id, ConflictStore::Keep::Local, {}, QStringLiteral("now"));
    REQUIRE(resolved.ok());
    CHECK(resolved.value().status == QStringLiteral("resolved"));
    CHECK(s.laptop.get(s.id, QStringLiteral("deleted")).toInt() == 0);
    CHECK(s.laptop.get(s.id, QStringLiteral("notes")).toString() ==
          QStringLiteral("fire exit blocked"));

    s.send(s.laptop, s.office);
    CHECK(s.office.get(s.id, QStringLiteral("deleted")).toInt() == 0);
    CHECK(s.office.get(s.id, QStringLiteral("notes")).toString() ==
          QStringLiteral("fire exit blocked"));
    CHECK(openConflicts(s.office).isEmpty());
    CHECK(openConflicts(s.laptop).isEmpty());
    CHECK(s.office.digest() == s.laptop.digest());
}

TEST_CASE("confirming the deletion travels and settles the other side", "[sync][deletion]")
{
    Scene s;
    s.editAndDelete(false);
    s.send(s.laptop, s.office);
    s.send(s.office, s.laptop);
    const SyncConflict atOffice = openConflicts(s.office).value(0);
    REQUIRE(atOffice.isDeletion());
    s.office.t.clock().advanceMs(300000);
    ConflictStore store(s.office.t.db(), s.office.t.writes());
    REQUIRE(
        store.resolve(atOffice.id, ConflictStore::Keep::Deletion, {}, QStringLiteral("now")).ok());
    CHECK(s.office.get(s.id, QStringLiteral("deleted")).toInt() == 1);
    CHECK(openConflicts(s.office).isEmpty());

    s.send(s.office, s.laptop);
    CHECK(s.laptop.get(s.id, QStringLiteral("deleted")).toInt() == 1);
    CHECK(openConflicts(s.laptop).isEmpty()); // settled, and not raised again
    CHECK(s.office.digest() == s.laptop.digest());
    // The edit is not lost: it stays in the record's history and in the conflict's record.
    auto all = ConflictStore(s.laptop.t.db(), s.laptop.t.writes()).list(false);
    REQUIRE(all.ok());
    REQUIRE(all.value().size() == 1);
    CHECK(all.value().first().status == QStringLiteral("superseded"));
    CHECK(all.value().first().editValue().toString() == QStringLiteral("fire exit blocked"));
}

TEST_CASE("a field conflict cannot be settled as a deletion", "[sync][deletion]")
{
    Scene s;
    s.office.t.clock().advanceMs(1000);
    s.office.set(s.id, QStringLiteral("notes"), QStringLiteral("office says A"));
    s.laptop.t.clock().advanceMs(2000);
    s.laptop.set(s.id, QStringLiteral("notes"), QStringLiteral("laptop says B"));
    s.send(s.office, s.laptop);
    const QVector<SyncConflict> open = openConflicts(s.laptop);
    REQUIRE(open.size() == 1);
    CHECK_FALSE(open.first().isDeletion());
    const QString before = s.laptop.digest();
    auto refused =
        ConflictStore(s.laptop.t.db(), s.laptop.t.writes())
            .resolve(open.first().id, ConflictStore::Keep::Deletion, {}, QStringLiteral("now"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail.startsWith(QStringLiteral("not-a-deletion")));
    CHECK(s.laptop.digest() == before);
}
