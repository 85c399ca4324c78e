#include "storage/ChangeIndex.h"
#include "storage/ChangeSet.h"
#include "storage/WritePath.h"
#include "sync/FieldNeighbours.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace regie;

namespace {

constexpr qint64 KnownKeyOfP1Notes = 636580981707718800; // FNV-1a, worked out apart

// The change-log rows of one field of one record, found through change_index, in stamp order.
QStringList valuesOf(Database& db, const QString& id, const QString& field)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT new_value FROM change_history WHERE seq IN (SELECT seq FROM "
                             "change_index WHERE record_key = ?) AND entity_id = ? AND field = ? "
                             "ORDER BY hlc"));
    q.addBindValue(ChangeIndex::keyOf(id, field));
    q.addBindValue(id);
    q.addBindValue(field);
    REQUIRE(q.exec());
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

QString newPerson(test::TestDatabase& t, const QString& notes)
{
    ChangeSet cs(QStringLiteral("person.create"));
    const QString id = cs.create(QStringLiteral("persons"),
                                 {{QStringLiteral("kind"), QStringLiteral("natural")},
                                  {QStringLiteral("family_name"), QStringLiteral("Peeters")},
                                  {QStringLiteral("notes"), notes}});
    REQUIRE(t.writes().apply(cs).ok());
    return id;
}

void setNotes(test::TestDatabase& t, const QString& id, const QString& notes)
{
    ChangeSet cs(QStringLiteral("person.edit"));
    cs.set(QStringLiteral("persons"), id, QStringLiteral("notes"), notes);
    REQUIRE(t.writes().apply(cs).ok());
}

} // namespace

TEST_CASE("the change index finds a field's changes after it caught up with the log", "[storage]")
{
    test::TestDatabase t;
    REQUIRE(ChangeIndex::catchUp(t.db()).ok()); // whatever a new database logged
    const QString id = newPerson(t, QStringLiteral("first"));
    setNotes(t, id, QStringLiteral("second"));
    setNotes(t, id, QStringLiteral("third"));

    // The write path leaves the index alone: that is what keeps an edit cheap.
    CHECK(valuesOf(t.db(), id, QStringLiteral("notes")).isEmpty());

    auto added = ChangeIndex::catchUp(t.db());
    REQUIRE(added.ok());
    CHECK(added.value() == 6); // create, kind, family_name, notes, and two edits of notes
    CHECK(valuesOf(t.db(), id, QStringLiteral("notes")) ==
          QStringList{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")});
    CHECK(valuesOf(t.db(), id, QStringLiteral("family_name")) ==
          QStringList{QStringLiteral("Peeters")});

    auto again = ChangeIndex::catchUp(t.db());
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
}

TEST_CASE("rows indexed at once are not indexed twice when the index catches up", "[storage]")
{
    test::TestDatabase t;
    const QString id = newPerson(t, QStringLiteral("first"));
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT max(seq) FROM change_log")));
    REQUIRE(q.next());
    const qint64 last = q.value(0).toLongLong();
    q.finish();
    REQUIRE(ChangeIndex::addRange(t.db(), last - 1, last).ok());
    CHECK(t.count(QStringLiteral("change_index")) == 2);
    CHECK(valuesOf(t.db(), id, QStringLiteral("notes")) == QStringList{QStringLiteral("first")});
    auto caught = ChangeIndex::catchUp(t.db());
    REQUIRE(caught.ok());
    CHECK(caught.value() == t.count(QStringLiteral("change_log")) - 2);
    CHECK(t.count(QStringLiteral("change_index"), QStringLiteral("seq = %1").arg(last)) == 1);
    CHECK(t.count(QStringLiteral("change_index")) == t.count(QStringLiteral("change_log")));
}

TEST_CASE("the change index's key is stable and the same in SQL and in C++", "[storage]")
{
    // Stored in every database: a change of the hash would make the index lie.
    CHECK(ChangeIndex::keyOf(QStringLiteral("p1"), QStringLiteral("notes")) ==
          KnownKeyOfP1Notes);
    test::TestDatabase t;
    QSqlQuery q(t.db().connection());
    const QString id = QStringLiteral("café-ñ-1"); // UTF-8 on both sides
    REQUIRE(q.exec(QStringLiteral("SELECT regie_index_key('%1', 'deleted')").arg(id)));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == ChangeIndex::keyOf(id, QStringLiteral("deleted")));
    const auto [first, last] = ChangeIndex::recordKeys(id);
    CHECK(first <= q.value(0).toLongLong());
    CHECK(q.value(0).toLongLong() <= last);
    CHECK(last - first == 0xffff);
}

TEST_CASE("two fields that share a key still have their own changes", "[storage][sync]")
{
    // 16 bits of a key are the field's: among a record's fields, two may share them. A reader
    // compares the field itself.
    test::TestDatabase t;
    const QString id = newPerson(t, QStringLiteral("first"));
    const qint64 notesKey = ChangeIndex::keyOf(id, QStringLiteral("notes"));
    QString twin;
    for (int i = 0; twin.isEmpty(); ++i) {
        const QString candidate = QStringLiteral("f%1").arg(i);
        if (ChangeIndex::keyOf(id, candidate) == notesKey)
            twin = candidate;
    }
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral(
        "INSERT INTO change_log (txn_id, hlc, entity, entity_id, op, field, old_value, "
        "new_value) SELECT txn_id, '9999999999999-0000-x', entity, entity_id, 'set', '%1', "
        "NULL, 'twin' FROM change_log WHERE entity_id = '%2' LIMIT 1")
                       .arg(twin, id)));
    REQUIRE(ChangeIndex::catchUp(t.db()).ok());
    CHECK(valuesOf(t.db(), id, QStringLiteral("notes")) == QStringList{QStringLiteral("first")});
    auto around = fieldNeighbours(t.db(), QStringLiteral("persons"), id, QStringLiteral("notes"),
                                  QStringLiteral("9999999999999-0001-x"));
    REQUIRE(around.ok());
    CHECK(around->before.newValue.toString() == QStringLiteral("first"));
    CHECK_FALSE(around->after.found);
}
