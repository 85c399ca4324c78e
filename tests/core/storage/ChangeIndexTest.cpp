#include "storage/ChangeIndex.h"
#include "storage/ChangeSet.h"
#include "storage/WritePath.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace regie;

namespace {

// The change-log rows of one field of one record, found through change_index, in stamp order.
QStringList valuesOf(Database& db, const QString& id, const QString& field)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT new_value FROM change_history WHERE seq IN (SELECT seq FROM "
                             "change_index WHERE entity_id = ? AND field = ?) ORDER BY hlc"));
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
