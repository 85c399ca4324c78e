#include "actionplan/ActionPlanRepository.h"
#include "actionplan/ActionPlanService.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QSet>
#include <QSqlQuery>

using namespace regie;

TEST_CASE("a fresh database holds the whole 2016-2018 action plan", "[actionplan]")
{
    test::TestDatabase t(true);
    ActionPlanRepository repo(t.db());
    auto plan = repo.currentPlan();
    REQUIRE(plan.ok());
    CHECK(plan->version == QStringLiteral("2016-2018"));
    auto lines = repo.policyLines(plan->id);
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 3);
    CHECK(lines->at(0).name == QStringLiteral("Gezondheid"));
    for (const PolicyLine& line : lines.value()) {
        CHECK_FALSE(line.objectives.isEmpty());
        CHECK_FALSE(line.indicators.isEmpty());
    }
    auto fiches = repo.fiches(plan->id);
    REQUIRE(fiches.ok());
    QStringList codes;
    for (const Fiche& f : fiches.value()) {
        codes << f.code;
        CHECK_FALSE(f.actions.isEmpty());
        CHECK_FALSE(f.indicators.isEmpty());
        CHECK_FALSE(f.contactRole.isEmpty());
    }
    CHECK(codes == QStringList{"1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2",
                               "3.3", "3.4", "3.5"});
    CHECK(fiches->at(0).fte.value_or(0) == Approx(8.5));
}

TEST_CASE("the seeded plan names no person: no e-mail addresses or phone numbers",
          "[actionplan]")
{
    test::TestDatabase t(true);
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT count(*) FROM fiches WHERE contact_role LIKE '%@%' OR description LIKE '%@%' "
        "OR contact_role GLOB '*[0-9][0-9]/*'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("saving an edited fiche writes only the differences", "[actionplan]")
{
    test::TestDatabase t(true);
    ActionPlanRepository repo(t.db());
    auto fiches = repo.fiches(repo.currentPlan()->id);
    REQUIRE(fiches.ok());
    const Fiche before = fiches->at(4);
    Fiche after = before;
    after.title = QStringLiteral("Bestuurlijke handhaving (herwerkt)");
    after.actions[0].text = QStringLiteral("Nieuwe tekst");
    after.actions.removeLast();
    after.indicators.push_back({QString(), QStringLiteral("aantal hoorzittingen"), QString()});
    const int logBefore = t.count(QStringLiteral("change_log"));

    ActionPlanService service(t.writes());
    auto saved = service.saveFiche(before, after);
    REQUIRE(saved.ok());

    auto reloaded = repo.fiche(before.id);
    REQUIRE(reloaded.ok());
    CHECK(reloaded->title == after.title);
    CHECK(reloaded->actions.size() == before.actions.size() - 1);
    CHECK(reloaded->actions.at(0).text == QStringLiteral("Nieuwe tekst"));
    CHECK(reloaded->indicators.last().text == QStringLiteral("aantal hoorzittingen"));
    // title + action text + action tombstone + indicator create (create + fiche_id/text/sort)
    CHECK(t.count(QStringLiteral("change_log")) - logBefore == 7);
    CHECK(t.count(QStringLiteral("change_log"),
                  QStringLiteral("field = 'title' AND new_value = '%1'").arg(after.title)) == 1);
}

TEST_CASE("a fiche without a title is refused and nothing is written", "[actionplan]")
{
    test::TestDatabase t(true);
    ActionPlanRepository repo(t.db());
    const Fiche before = repo.fiches(repo.currentPlan()->id)->at(0);
    Fiche after = before;
    after.title = QStringLiteral("  ");
    const int logBefore = t.count(QStringLiteral("change_log"));
    auto saved = ActionPlanService(t.writes()).saveFiche(before, after);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().field == QStringLiteral("title"));
    CHECK(t.count(QStringLiteral("change_log")) == logBefore);
}

TEST_CASE("each measurement result of the seeded plan says how it is measured", "[actionplan]")
{
    test::TestDatabase t(true);
    ActionPlanRepository repo(t.db());
    QHash<QString, QString> kinds; // "<fiche>|<result>" -> kind
    QSet<QString> seen;
    for (const Fiche& f : repo.fiches(repo.currentPlan()->id).value()) {
        for (const PlanItem& indicator : f.indicators) {
            kinds.insert(f.code + QLatin1Char('|') + indicator.text, indicator.extra);
            seen.insert(indicator.extra);
        }
    }
    CHECK(kinds.value(QStringLiteral("1.1|aantal cliënten")) == QStringLiteral("imported"));
    CHECK(kinds.value(QStringLiteral("2.2|aantal geldboetes voor prostituees en prostituanten")) ==
          QStringLiteral("computed"));
    // the plan's results are counted by Regie, entered by partners or imported from their files
    CHECK(seen == QSet<QString>{QStringLiteral("computed"), QStringLiteral("entered"),
                                QStringLiteral("imported")});
}
