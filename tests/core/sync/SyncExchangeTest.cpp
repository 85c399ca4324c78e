// Two installations exchange work through bundle files, both ways; concurrent edits become
// conflicts, tombstones stay, a bundle that arrives early waits in the backlog.

#include "SyncSite.h"
#include "sync/ConflictStore.h"

#include <QDir>
#include <QTemporaryDir>

using namespace regie;
using namespace regie::test;

TEST_CASE("two installations exchange work both ways", "[sync]")
{
    QTemporaryDir dir;
    SyncSite office(QStringLiteral("office")), laptop(QStringLiteral("laptop"));
    pair(office, laptop);
    const QString id = office.addPremises(QStringLiteral("Schippersstraat"), QStringLiteral("12"));
    CHECK(office.digest() != laptop.digest());

    const QString first = dir.filePath(QStringLiteral("1.regiebundle"));
    auto sent = office.exportTo(laptop, first);
    REQUIRE(sent.ok());
    CHECK(sent.value().changes == 3); // create, street, number
    auto received = laptop.import(first);
    REQUIRE(received.ok());
    CHECK(received.value().counts.value(QStringLiteral("premises")).created == 1);
    CHECK(office.digest() == laptop.digest());
    CHECK(QFile::exists(first + QStringLiteral(".receipt")));

    laptop.t.clock().advanceMs(60000);
    laptop.set(id, QStringLiteral("notes"), QStringLiteral("Inspected, fire exit blocked"));
    const QString second = dir.filePath(QStringLiteral("2.regiebundle"));
    auto back = laptop.exportTo(office, second);
    REQUIRE(back.ok());
    CHECK(back.value().changes == 1); // the office's own changes are not sent back
    REQUIRE(office.import(second).ok());
    CHECK(office.get(id, QStringLiteral("notes")).toString() ==
          QStringLiteral("Inspected, fire exit blocked"));
    CHECK(office.digest() == laptop.digest());

    // The receipt tells the office what the laptop has: the next bundle starts after it.
    REQUIRE(office.import(first + QStringLiteral(".receipt")).ok());
    CHECK(TrustStore(office.t.db()).byName(QStringLiteral("laptop")).value().ackedSeq ==
          sent.value().toSeq);
    auto empty = office.exportTo(laptop, dir.filePath(QStringLiteral("3.regiebundle")));
    REQUIRE(empty.ok());
    CHECK(empty.value().changes == 0);
}

TEST_CASE("a preview counts and changes nothing", "[sync]")
{
    QTemporaryDir dir;
    SyncSite office(QStringLiteral("office")), laptop(QStringLiteral("laptop"));
    pair(office, laptop);
    office.addPremises(QStringLiteral("Verversrui"), QStringLiteral("3"));
    office.addPremises(QStringLiteral("Vingerlingstraat"), QStringLiteral("8"));
    const QString file = dir.filePath(QStringLiteral("b.regiebundle"));
    REQUIRE(office.exportTo(laptop, file).ok());
    const QString before = laptop.digest();
    auto preview = laptop.import(file, true);
    REQUIRE(preview.ok());
    CHECK(preview.value().outcome == ImportResult::Outcome::Preview);
    CHECK(preview.value().counts.value(QStringLiteral("premises")).created == 2);
    CHECK(laptop.digest() == before);
    CHECK(laptop.import(file).ok()); // the preview did not use the bundle up
    CHECK(laptop.digest() == office.digest());
}

TEST_CASE("the later stamp wins a field and concurrent edits are kept as a conflict", "[sync]")
{
    QTemporaryDir dir;
    SyncSite office(QStringLiteral("office")), laptop(QStringLiteral("laptop"));
    pair(office, laptop);
    const QString id = office.addPremises(QStringLiteral("Schippersstraat"), QStringLiteral("12"));
    REQUIRE(office.exportTo(laptop, dir.filePath(QStringLiteral("0"))).ok());
    REQUIRE(laptop.import(dir.filePath(QStringLiteral("0"))).ok());

    // Both edit the notes without having seen each other's edit; the laptop's is later.
    office.t.clock().advanceMs(1000);
    office.set(id, QStringLiteral("notes"), QStringLiteral("office says A"));
    laptop.t.clock().advanceMs(2000);
    laptop.set(id, QStringLiteral("notes"), QStringLiteral("laptop says B"));
    REQUIRE(office.exportTo(laptop, dir.filePath(QStringLiteral("1"))).ok());
    REQUIRE(laptop.exportTo(office, dir.filePath(QStringLiteral("2"))).ok());
    auto atLaptop = laptop.import(dir.filePath(QStringLiteral("1")));
    auto atOffice = office.import(dir.filePath(QStringLiteral("2")));
    REQUIRE(atLaptop.ok());
    REQUIRE(atOffice.ok());
    CHECK(office.get(id, QStringLiteral("notes")).toString() == QStringLiteral("laptop says B"));
    CHECK(office.digest() == laptop.digest());

    for (SyncSite* site : {&office, &laptop}) {
        ConflictStore conflicts(site->t.db(), site->t.writes());
        auto open = conflicts.list();
        REQUIRE(open.ok());
        REQUIRE(open.value().size() == 1);
        const SyncConflict& c = open.value().first();
        CHECK(c.field == QStringLiteral("notes"));
        QStringList both{c.localValue.toString(), c.remoteValue.toString()};
        both.sort();
        CHECK(both ==
              QStringList{QStringLiteral("laptop says B"), QStringLiteral("office says A")});
    }

    // The office resolves by keeping its own text; the resolution travels and settles the
    // laptop's conflict too.
    ConflictStore officeConflicts(office.t.db(), office.t.writes());
    const SyncConflict c = officeConflicts.list().value().first();
    office.t.clock().advanceMs(5000);
    auto resolved = officeConflicts.resolve(c.id, ConflictStore::Keep::Value,
                                            QStringLiteral("office says A"), QStringLiteral("now"));
    REQUIRE(resolved.ok());
    CHECK(resolved.value().status == QStringLiteral("resolved"));
    REQUIRE(office.exportTo(laptop, dir.filePath(QStringLiteral("3"))).ok());
    REQUIRE(laptop.import(dir.filePath(QStringLiteral("3"))).ok());
    CHECK(laptop.get(id, QStringLiteral("notes")).toString() == QStringLiteral("office says A"));
    CHECK(ConflictStore(laptop.t.db(), laptop.t.writes()).list().value().isEmpty());
    CHECK(office.digest() == laptop.digest());
}

TEST_CASE("a deleted record does not come back through an older edit", "[sync]")
{
    QTemporaryDir dir;
    SyncSite office(QStringLiteral("office")), laptop(QStringLiteral("laptop"));
    pair(office, laptop);
    const QString id = office.addPremises(QStringLiteral("Schippersstraat"), QStringLiteral("12"));
    REQUIRE(office.exportTo(laptop, dir.filePath(QStringLiteral("0"))).ok());
    REQUIRE(laptop.import(dir.filePath(QStringLiteral("0"))).ok());

    laptop.t.clock().advanceMs(1000);
    laptop.set(id, QStringLiteral("notes"), QStringLiteral("edited on the laptop"));
    office.t.clock().advanceMs(2000);
    ChangeSet del(QStringLiteral("test.delete"));
    del.remove(QStringLiteral("premises"), id);
    REQUIRE(office.t.writes().apply(del).ok());

    REQUIRE(laptop.exportTo(office, dir.filePath(QStringLiteral("1"))).ok());
    REQUIRE(office.exportTo(laptop, dir.filePath(QStringLiteral("2"))).ok());
    REQUIRE(office.import(dir.filePath(QStringLiteral("1"))).ok());
    REQUIRE(laptop.import(dir.filePath(QStringLiteral("2"))).ok());
    CHECK(office.get(id, QStringLiteral("deleted")).toInt() == 1);
    CHECK(laptop.get(id, QStringLiteral("deleted")).toInt() == 1);
    CHECK(office.digest() == laptop.digest());
}

TEST_CASE("a bundle whose predecessor is missing waits and is applied when the gap closes",
          "[sync]")
{
    QTemporaryDir dir;
    SyncSite office(QStringLiteral("office")), laptop(QStringLiteral("laptop"));
    pair(office, laptop);
    office.addPremises(QStringLiteral("Verversrui"), QStringLiteral("3"));
    auto first = office.exportTo(laptop, dir.filePath(QStringLiteral("1")));
    REQUIRE(first.ok());
    office.addPremises(QStringLiteral("Vingerlingstraat"), QStringLiteral("8"));
    auto second = office.exportTo(laptop, dir.filePath(QStringLiteral("2")), first.value().toSeq);
    REQUIRE(second.ok());
    CHECK(second.value().fromSeq == first.value().toSeq + 1);

    const QString before = laptop.digest();
    auto early = laptop.import(dir.filePath(QStringLiteral("2")));
    REQUIRE(early.ok());
    CHECK(early.value().outcome == ImportResult::Outcome::Waiting);
    CHECK(laptop.digest() == before);
    QFile::remove(dir.filePath(QStringLiteral("2"))); // the USB stick is gone: the copy waits

    auto closing = laptop.import(dir.filePath(QStringLiteral("1")));
    REQUIRE(closing.ok());
    CHECK(closing.value().fromBacklog == QStringList{second.value().bundleId});
    CHECK(laptop.digest() == office.digest());
    CHECK(laptop.t.count(QStringLiteral("sync_backlog")) == 0);
}

TEST_CASE("a field laptop's scope carries premises but no persons", "[sync]")
{
    QTemporaryDir dir;
    SyncSite office(QStringLiteral("office")), laptop(QStringLiteral("laptop"));
    pair(office, laptop);
    office.addPremises(QStringLiteral("Verversrui"), QStringLiteral("3"));
    ChangeSet person(QStringLiteral("test.person"));
    person.create(QStringLiteral("persons"),
                  {{QStringLiteral("kind"), QStringLiteral("natural")},
                   {QStringLiteral("family_name"), QStringLiteral("Proefmans")}});
    REQUIRE(office.t.writes().apply(person).ok());

    const QString file = dir.filePath(QStringLiteral("field.regiebundle"));
    auto sent = office.exportTo(laptop, file, -1, {QStringLiteral("premises")});
    REQUIRE(sent.ok());
    CHECK(sent.value().scope == QStringList{QStringLiteral("premises"), QStringLiteral("windows")});
    REQUIRE(laptop.import(file).ok());
    CHECK(laptop.t.count(QStringLiteral("premises")) == 1);
    CHECK(laptop.t.count(QStringLiteral("persons")) == 0);
    QFile raw(file);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK_FALSE(raw.readAll().contains("Proefmans"));
    CHECK_FALSE(office.exportTo(laptop, file, -1, {QStringLiteral("gossip")}).ok());

    // The laptop confirmed that bundle, so the person, outside its scope, was never sent. A
    // later edit of that person cannot be applied there: refused with the way out.
    REQUIRE(office.import(file + QStringLiteral(".receipt")).ok());
    ChangeSet edit(QStringLiteral("test.person"));
    edit.set(QStringLiteral("persons"), person.mutations().first().id, QStringLiteral("notes"),
             QStringLiteral("moved"));
    REQUIRE(office.t.writes().apply(edit).ok());
    const QString later = dir.filePath(QStringLiteral("later.regiebundle"));
    REQUIRE(office.exportTo(laptop, later).ok());
    const QString before = laptop.digest();
    auto refused = laptop.import(later);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail.startsWith(QStringLiteral("missing-record")));
    CHECK(laptop.digest() == before);
    const QString whole = dir.filePath(QStringLiteral("whole.regiebundle"));
    REQUIRE(office.exportTo(laptop, whole, 0).ok());
    REQUIRE(laptop.import(whole).ok());
    CHECK(laptop.digest() == office.digest());
}

TEST_CASE("a waiting bundle overtaken by a later full one leaves the backlog", "[sync]")
{
    QTemporaryDir dir;
    SyncSite office(QStringLiteral("office")), laptop(QStringLiteral("laptop"));
    pair(office, laptop);
    office.addPremises(QStringLiteral("Verversrui"), QStringLiteral("3"));
    auto first = office.exportTo(laptop, dir.filePath(QStringLiteral("1")));
    REQUIRE(first.ok());
    office.addPremises(QStringLiteral("Vingerlingstraat"), QStringLiteral("8"));
    REQUIRE(office.exportTo(laptop, dir.filePath(QStringLiteral("2")), first.value().toSeq).ok());
    REQUIRE(office.exportTo(laptop, dir.filePath(QStringLiteral("all"))).ok()); // from the start

    REQUIRE(laptop.import(dir.filePath(QStringLiteral("2"))).value().outcome ==
            ImportResult::Outcome::Waiting);
    auto all = laptop.import(dir.filePath(QStringLiteral("all")));
    REQUIRE(all.ok());
    CHECK(all.value().backlogProblem.isEmpty());
    CHECK(laptop.digest() == office.digest());
    CHECK(laptop.t.count(QStringLiteral("sync_backlog")) == 0);
    CHECK(laptop.t.count(QStringLiteral("sync_received"), QStringLiteral("status = 'waiting'")) ==
          0);
    CHECK(QDir(SyncImporter(laptop.t.ws()).backlogFolder()).isEmpty());
}
