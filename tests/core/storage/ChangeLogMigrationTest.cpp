#include "storage/ChangeIndex.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace regie;

namespace {

// Builds a database file at schema version 3, the way a Regie of before migration 0004 left it,
// with change-log rows of two actions by two users.
void writeVersion3(const QString& path)
{
    const QString name = QStringLiteral("v3-builder");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const Migration& m : Migrations::all()) {
            if (m.version > 3)
                break;
            for (const QString& statement : m.statements)
                REQUIRE(q.exec(statement));
        }
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        const char* rows[][6] = {
            {"c1", "t1", "1700000000000-0000-inst-a", "anna", "p1", "family_name"},
            {"c2", "t1", "1700000000000-0001-inst-a", "anna", "p1", "notes"},
            {"c3", "t2", "1700000000500-0000-inst-a", "bert", "p1", "notes"},
        };
        for (const auto& r : rows) {
            REQUIRE(q.exec(QStringLiteral(
                               "INSERT INTO change_log (change_id, txn, hlc, installation, "
                               "user_name, entity, entity_id, op, field, old_value, new_value) "
                               "VALUES ('%1', '%2', '%3', 'inst-a', '%4', 'persons', '%5', 'set', "
                               "'%6', 'old', 'new')")
                               .arg(QLatin1String(r[0]), QLatin1String(r[1]), QLatin1String(r[2]),
                                    QLatin1String(r[3]), QLatin1String(r[4]),
                                    QLatin1String(r[5]))));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("migration 0004 keeps every change-log row with its action, user and installation",
          "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    writeVersion3(path);

    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == Database::latestSchemaVersion());
    QSqlQuery q(db.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT seq, txn, hlc, installation, user_name, field, "
                                  "old_value, new_value FROM change_history ORDER BY seq")));
    QStringList seen;
    while (q.next())
        seen << QStringLiteral("%1 %2 %3 %4 %5 %6 %7>%8")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                         q.value(6).toString(), q.value(7).toString());
    CHECK(seen == QStringList{
                      QStringLiteral("1 t1 1700000000000-0000-inst-a inst-a anna family_name old>new"),
                      QStringLiteral("2 t1 1700000000000-0001-inst-a inst-a anna notes old>new"),
                      QStringLiteral("3 t2 1700000000500-0000-inst-a inst-a bert notes old>new")});
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM change_txn")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
    // Migrations 0012 and 0013: the lookup by record holds every row, and its mark says so.
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(record_key || ':' || seq, ' ') "
                                  "FROM (SELECT * FROM change_index ORDER BY seq)")));
    REQUIRE(q.next());
    const qint64 name = ChangeIndex::keyOf(QStringLiteral("p1"), QStringLiteral("family_name"));
    const qint64 notes = ChangeIndex::keyOf(QStringLiteral("p1"), QStringLiteral("notes"));
    CHECK(q.value(0).toString() ==
          QStringLiteral("%1:1 %2:2 %2:3").arg(name).arg(notes));
    REQUIRE(q.exec(QStringLiteral("SELECT seq FROM change_index_mark")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(q.next());
}
