#include "storage/Database.h"
#include "storage/Workspace.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace regie;

TEST_CASE("a new database is migrated to the latest schema in WAL mode", "[storage]")
{
    test::TestDatabase t;
    CHECK(t.db().schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 1);
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("the installation identity is created once and kept", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    FixedClock clock(QDateTime(QDate(2026, 1, 2), QTime(8, 0), Qt::UTC));
    Workspace::Options options{path, Database::Lock::None, QStringLiteral("u"),
                               QStringLiteral("AB"), QStringLiteral("Office"), false};
    QString firstId;
    {
        auto ws = Workspace::open(options, clock);
        REQUIRE(ws.ok());
        CHECK(ws.value()->wasCreated());
        CHECK(ws.value()->installation().shortCode == QStringLiteral("AB"));
        firstId = ws.value()->installation().id;
    }
    options.shortCode = QStringLiteral("ZZ");
    auto again = Workspace::open(options, clock);
    REQUIRE(again.ok());
    CHECK_FALSE(again.value()->wasCreated());
    CHECK(again.value()->installation().id == firstId);
    CHECK(again.value()->installation().shortCode == QStringLiteral("AB"));
}

TEST_CASE("a file that is not a Regie database is refused and left untouched", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Dit is geen databank maar een tekstbestand.\n");
    file.close();
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::NotRegieDatabase);
    QFile check(path);
    REQUIRE(check.open(QIODevice::ReadOnly));
    CHECK(check.readAll() == QByteArray("Dit is geen databank maar een tekstbestand.\n"));
}

TEST_CASE("an SQLite file of another program is refused", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        auto other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::NotRegieDatabase);
}

TEST_CASE("a database written by a newer Regie is refused with its version", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        REQUIRE(db.value()->exec(QStringLiteral("PRAGMA user_version=999")).ok());
    }
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::DatabaseTooNew);
    CHECK(db.error().detail == QStringLiteral("999"));
}

TEST_CASE("a second exclusive opening is refused while the first holds the lock", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.db"));
    auto first = Database::open(path, Database::Lock::Exclusive);
    REQUIRE(first.ok());
    auto second = Database::open(path, Database::Lock::Exclusive);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::DatabaseLocked);
}
