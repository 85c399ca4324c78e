#include "storage/ChangeSet.h"
#include "storage/Hlc.h"
#include "storage/WritePath.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QSqlRecord>

using namespace regie;

namespace {

QVariantList row(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    QVariantList values;
    if (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            values << q.value(i);
    }
    return values;
}

QString addPerson(WritePath& writes, const QString& family)
{
    ChangeSet cs(QStringLiteral("person.add"));
    const QString id = cs.create(QStringLiteral("persons"),
                                 {{QStringLiteral("kind"), QStringLiteral("natural")},
                                  {QStringLiteral("family_name"), family}});
    auto applied = writes.apply(cs);
    INFO((applied.ok() ? QString() : applied.error().detail).toStdString());
    REQUIRE(applied.ok());
    return id;
}

} // namespace

TEST_CASE("a field edit writes the row, a change-log record and an audit record", "[storage]")
{
    test::TestDatabase t;
    const QString id = addPerson(t.writes(), QStringLiteral("Peeters"));
    const int logBefore = t.count(QStringLiteral("change_log"));
    const int auditBefore = t.count(QStringLiteral("audit_log"));

    ChangeSet cs(QStringLiteral("person.edit"));
    cs.set(QStringLiteral("persons"), id, QStringLiteral("family_name"), QStringLiteral("Janssens"));
    auto receipt = t.writes().apply(cs);
    REQUIRE(receipt.ok());
    CHECK(receipt->changes == 1);

    CHECK(row(t.db(), QStringLiteral("SELECT family_name FROM persons WHERE id='%1'").arg(id))
              .value(0) == QStringLiteral("Janssens"));
    CHECK(t.count(QStringLiteral("change_log")) == logBefore + 1);
    CHECK(t.count(QStringLiteral("audit_log")) == auditBefore + 1);
    const auto log = row(t.db(), QStringLiteral("SELECT entity, entity_id, field, old_value, "
                                                "new_value, user_name, installation, op "
                                                "FROM change_history ORDER BY seq DESC LIMIT 1"));
    CHECK(log.value(0) == QStringLiteral("persons"));
    CHECK(log.value(1) == id);
    CHECK(log.value(2) == QStringLiteral("family_name"));
    CHECK(log.value(3) == QStringLiteral("Peeters"));
    CHECK(log.value(4) == QStringLiteral("Janssens"));
    CHECK(log.value(5) == QStringLiteral("tester"));
    CHECK(log.value(6) == t.ws().installation().id);
    CHECK(log.value(7) == QStringLiteral("set"));
}

TEST_CASE("setting a field to its current value records nothing", "[storage]")
{
    test::TestDatabase t;
    const QString id = addPerson(t.writes(), QStringLiteral("Peeters"));
    const int logBefore = t.count(QStringLiteral("change_log"));
    ChangeSet cs(QStringLiteral("person.edit"));
    cs.set(QStringLiteral("persons"), id, QStringLiteral("family_name"), QStringLiteral("Peeters"));
    auto receipt = t.writes().apply(cs);
    REQUIRE(receipt.ok());
    CHECK(receipt->changes == 0);
    CHECK(t.count(QStringLiteral("change_log")) == logBefore);
}

TEST_CASE("one action stores who and where once, however many fields it changes", "[storage]")
{
    test::TestDatabase t;
    const QString id = addPerson(t.writes(), QStringLiteral("Peeters"));
    const int txnsBefore = t.count(QStringLiteral("change_txn"));
    ChangeSet cs(QStringLiteral("person.edit"));
    cs.set(QStringLiteral("persons"), id,
           {{QStringLiteral("family_name"), QStringLiteral("Maes")},
            {QStringLiteral("notes"), QStringLiteral("moved")},
            {QStringLiteral("given_names"), QStringLiteral("")}}); // unchanged
    auto receipt = t.writes().apply(cs);
    REQUIRE(receipt.ok());
    CHECK(receipt->changes == 2);
    CHECK(t.count(QStringLiteral("change_txn")) == txnsBefore + 1);
    CHECK(t.count(QStringLiteral("change_history"),
                  QStringLiteral("txn = '%1' AND user_name = 'tester'").arg(receipt->txn)) == 2);
    CHECK(row(t.db(), QStringLiteral("SELECT old_value FROM change_history WHERE txn = '%1' AND "
                                     "field = 'family_name'")
                          .arg(receipt->txn))
              .value(0) == QStringLiteral("Peeters"));
}

TEST_CASE("an action that changes nothing leaves no trace in the change log", "[storage]")
{
    test::TestDatabase t;
    const QString id = addPerson(t.writes(), QStringLiteral("Peeters"));
    const int txnsBefore = t.count(QStringLiteral("change_txn"));
    ChangeSet cs(QStringLiteral("person.edit"));
    cs.set(QStringLiteral("persons"), id, QStringLiteral("family_name"), QStringLiteral("Peeters"));
    REQUIRE(t.writes().apply(cs).ok());
    CHECK(t.count(QStringLiteral("change_txn")) == txnsBefore);
}

TEST_CASE("a failing mutation rolls back the whole action", "[storage]")
{
    test::TestDatabase t;
    const QString id = addPerson(t.writes(), QStringLiteral("Peeters"));
    const int logBefore = t.count(QStringLiteral("change_log"));
    ChangeSet cs(QStringLiteral("person.edit"));
    cs.set(QStringLiteral("persons"), id, QStringLiteral("family_name"), QStringLiteral("Maes"));
    cs.set(QStringLiteral("persons"), QStringLiteral("no-such-id"), QStringLiteral("notes"),
           QStringLiteral("x"));
    auto receipt = t.writes().apply(cs);
    REQUIRE_FALSE(receipt.ok());
    CHECK(receipt.error().code == ErrorCode::NotFound);
    CHECK(row(t.db(), QStringLiteral("SELECT family_name FROM persons WHERE id='%1'").arg(id))
              .value(0) == QStringLiteral("Peeters"));
    CHECK(t.count(QStringLiteral("change_log")) == logBefore);
}

TEST_CASE("unknown entities and fields are refused", "[storage]")
{
    test::TestDatabase t;
    ChangeSet system(QStringLiteral("hack"));
    system.create(QStringLiteral("change_log"), {});
    CHECK(t.writes().apply(system).error().code == ErrorCode::Usage);
    ChangeSet field(QStringLiteral("hack"));
    field.create(QStringLiteral("persons"), {{QStringLiteral("kind"), QStringLiteral("natural")},
                                             {QStringLiteral("1; DROP TABLE persons"), 1}});
    CHECK(t.writes().apply(field).error().code == ErrorCode::Usage);
    CHECK(t.count(QStringLiteral("persons")) == 0);
}

TEST_CASE("deletion is a logged tombstone and can be restored", "[storage]")
{
    test::TestDatabase t;
    const QString id = addPerson(t.writes(), QStringLiteral("Peeters"));
    ChangeSet del(QStringLiteral("person.delete"));
    del.remove(QStringLiteral("persons"), id);
    REQUIRE(t.writes().apply(del).ok());
    CHECK(t.count(QStringLiteral("persons"), QStringLiteral("deleted = 1")) == 1);
    CHECK(t.count(QStringLiteral("change_log"), QStringLiteral("op = 'delete'")) == 1);
    ChangeSet again(QStringLiteral("person.delete"));
    again.remove(QStringLiteral("persons"), id);
    REQUIRE(t.writes().apply(again).ok());
    CHECK(t.count(QStringLiteral("change_log"), QStringLiteral("op = 'delete'")) == 1);
    ChangeSet restore(QStringLiteral("person.restore"));
    restore.restore(QStringLiteral("persons"), id);
    REQUIRE(t.writes().apply(restore).ok());
    CHECK(t.count(QStringLiteral("persons"), QStringLiteral("deleted = 0")) == 1);
}

TEST_CASE("change-log stamps are strictly increasing even within one millisecond", "[storage]")
{
    test::TestDatabase t;
    const QString id = addPerson(t.writes(), QStringLiteral("A"));
    for (int i = 0; i < 5; ++i) {
        ChangeSet cs(QStringLiteral("person.edit"));
        cs.set(QStringLiteral("persons"), id, QStringLiteral("notes"), QString::number(i));
        REQUIRE(t.writes().apply(cs).ok());
    }
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT hlc FROM change_log ORDER BY seq")));
    QString previous;
    while (q.next()) {
        CHECK(q.value(0).toString() > previous);
        previous = q.value(0).toString();
    }
}

TEST_CASE("the hybrid logical clock stays ahead of stamps it observes", "[storage]")
{
    Hlc hlc(QStringLiteral("me"));
    const QString a = hlc.tick(1000);
    hlc.observe(Hlc::format(5000, 7, QStringLiteral("other")));
    const QString b = hlc.tick(1001);
    CHECK(b > a);
    qint64 ms = 0;
    int counter = 0;
    QString who;
    REQUIRE(Hlc::parse(b, &ms, &counter, &who));
    CHECK(ms == 5000);
    CHECK(counter == 8);
    CHECK(who == QStringLiteral("me"));
    CHECK_FALSE(Hlc::parse(QStringLiteral("garbage"), nullptr, nullptr, nullptr));
    // The stored form: 13 decimal digits of milliseconds, 4 hex digits of counter, installation.
    CHECK(Hlc::format(5000, 7, QStringLiteral("other")) ==
          QStringLiteral("0000000005000-0007-other"));
    CHECK(Hlc::format(1764355200123, 0xabcd, QStringLiteral("x")) ==
          QStringLiteral("1764355200123-abcd-x"));
}
