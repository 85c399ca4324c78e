// Proves the one-write-path rule: every row that a mutating call touches in a user table has a
// change-log record, and no source file outside core/storage writes SQL itself.

#include "actionplan/ActionPlanRepository.h"
#include "actionplan/ActionPlanSeeder.h"
#include "actionplan/ActionPlanService.h"
#include "demo/DemoData.h"
#include "people/PeopleService.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace regie;

namespace {

QStringList userTables(Database& db)
{
    QStringList tables;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                          "'sqlite_%'"));
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QStringList columns = db.columnsOf(name);
        if (columns.contains(QStringLiteral("id")) && columns.contains(QStringLiteral("deleted")))
            tables << name;
    }
    return tables;
}

// Temporary triggers record every row written in a user table, whoever writes it.
void watchWrites(Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TABLE touched (tbl TEXT, row_id TEXT, op TEXT)")));
    for (const QString& table : userTables(db)) {
        for (const char* op : {"INSERT", "UPDATE", "DELETE"}) {
            const QString row = QLatin1String(op) == QLatin1String("DELETE") ? QStringLiteral("OLD")
                                                                             : QStringLiteral("NEW");
            REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER watch_%1_%2 AFTER %2 ON main.%1 "
                                          "BEGIN INSERT INTO touched VALUES ('%1', %3.id, '%2'); END")
                               .arg(table, QLatin1String(op), row)));
        }
    }
}

} // namespace

TEST_CASE("every row written by a service has a change-log record", "[storage][writepath]")
{
    test::TestDatabase t;
    watchWrites(t.db());

    ActionPlanSeeder(t.writes()).loadBundledPlan().value();
    PeopleService people(t.db(), t.writes());
    Person p;
    p.familyName = QStringLiteral("Proefmans");
    const QString id = people.add(p).value();
    Person edited = people.repository().get(id).value();
    edited.address = QStringLiteral("Schippersstraat 1");
    REQUIRE(people.update(people.repository().get(id).value(), edited).ok());
    REQUIRE(people.remove(id).ok());
    ActionPlanRepository repo(t.db());
    const Fiche before = repo.fiches(repo.currentPlan()->id)->at(2);
    Fiche after = before;
    after.notes = QStringLiteral("Bijgewerkt");
    after.partners.removeFirst();
    REQUIRE(ActionPlanService(t.writes()).saveFiche(before, after).ok());
    REQUIRE(DemoData(t.writes()).generate(25).ok());

    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM touched")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() > 200);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM touched WHERE op = 'DELETE'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0); // deletions are tombstones, never physical
    REQUIRE(q.exec(QStringLiteral(
        "SELECT tbl, row_id, op FROM touched t WHERE NOT EXISTS (SELECT 1 FROM change_log c "
        "WHERE c.entity = t.tbl AND c.entity_id = t.row_id) LIMIT 5")));
    QStringList unlogged;
    while (q.next())
        unlogged << q.value(0).toString() + QLatin1Char(' ') + q.value(2).toString();
    CHECK(unlogged.isEmpty());
}

TEST_CASE("no source file outside core/storage writes user data with SQL", "[storage][writepath]")
{
    static const QRegularExpression write(
        QStringLiteral("\\b(INSERT\\s+(OR\\s+\\w+\\s+)?INTO|UPDATE\\s+\\w+\\s+SET|DELETE\\s+FROM|"
                       "REPLACE\\s+INTO)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // The write path itself, the audit trail, the installation identity and the log of sync.
    const QStringList allowed{QStringLiteral("core/storage/"), QStringLiteral("core/sync/")};
    QStringList offenders;
    for (const char* layer : {"core", "models", "views", "app"}) {
        QDirIterator it(QStringLiteral(REGIE_SOURCE_DIR "/") + QLatin1String(layer),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(QStringLiteral(REGIE_SOURCE_DIR "/").size());
            if (std::any_of(allowed.begin(), allowed.end(),
                            [&](const QString& a) { return relative.startsWith(a); }))
                continue;
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            if (write.match(QString::fromUtf8(file.readAll())).hasMatch())
                offenders << relative;
        }
    }
    INFO(offenders.join(QLatin1Char(' ')).toStdString());
    CHECK(offenders.isEmpty());
}
