#include "actionplan/ActionPlanRepository.h"
#include "actionplan/ActionPlanService.h"
#include "actionplan/PlanVersions.h"
#include "storage/ChangeSet.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace regie;

namespace {

PlanVersions::NewPeriod period2019()
{
    return {QStringLiteral("Actieplan prostitutiebeleid 2019-2020"), QStringLiteral("2019-2020"),
            QDate(2019, 1, 1), QDate(2020, 12, 31)};
}

Fiche ficheWithCode(const QVector<Fiche>& fiches, const QString& code)
{
    for (const Fiche& f : fiches) {
        if (f.code == code)
            return f;
    }
    FAIL("no fiche " << code.toStdString());
    return {};
}

} // namespace

TEST_CASE("a new plan period starts as a copy and leaves the old plan as it was", "[actionplan]")
{
    test::TestDatabase t(true);
    ActionPlanRepository repo(t.db());
    const PlanInfo old = repo.currentPlan().value();
    const QVector<Fiche> oldFiches = repo.fiches(old.id).value();
    PlanVersions versions(t.db(), t.writes());

    auto id = versions.startNewPeriod(old.id, period2019());
    REQUIRE(id.ok());
    CHECK(repo.currentPlan()->version == QStringLiteral("2019-2020"));
    const QVector<Fiche> newFiches = repo.fiches(id.value()).value();
    REQUIRE(newFiches.size() == oldFiches.size());
    const Fiche before = ficheWithCode(oldFiches, QStringLiteral("2.3"));
    const Fiche copy = ficheWithCode(newFiches, QStringLiteral("2.3"));
    CHECK(copy.id != before.id);
    CHECK(copy.title == before.title);
    CHECK(copy.indicators.size() == before.indicators.size());
    CHECK(copy.policyLineId != before.policyLineId);
    CHECK(repo.policyLines(id.value())->size() == repo.policyLines(old.id)->size());
    CHECK(versions.compare(old.id, id.value())->isEmpty());

    // Editing and dropping fiches in the new period shows in the comparison, not in the old plan.
    Fiche edited = copy;
    edited.title += QStringLiteral(" (herzien)");
    edited.actions.append(PlanItem{{}, QStringLiteral("Evaluatie van het reglement"),
                                   QStringLiteral("planned")});
    REQUIRE(ActionPlanService(t.writes()).saveFiche(copy, edited).ok());
    ChangeSet drop(QStringLiteral("plan.drop-fiche"));
    drop.remove(QStringLiteral("fiches"), ficheWithCode(newFiches, QStringLiteral("3.5")).id);
    REQUIRE(t.writes().apply(drop).ok());

    auto differences = versions.compare(old.id, id.value());
    REQUIRE(differences.ok());
    REQUIRE(differences->size() == 2);
    CHECK(differences->at(0).code == QStringLiteral("2.3"));
    CHECK(differences->at(0).change == QStringLiteral("changed"));
    CHECK(differences->at(0).aspects == QStringList{QStringLiteral("title"), QStringLiteral("actions")});
    CHECK(differences->at(1).code == QStringLiteral("3.5"));
    CHECK(differences->at(1).change == QStringLiteral("dropped"));
    CHECK(ficheWithCode(repo.fiches(old.id).value(), QStringLiteral("2.3")).title == before.title);
}

TEST_CASE("a new period that overlaps the old one or reuses its version is refused", "[actionplan]")
{
    test::TestDatabase t(true);
    ActionPlanRepository repo(t.db());
    const QString old = repo.currentPlan()->id;
    PlanVersions versions(t.db(), t.writes());
    const int plans = t.count(QStringLiteral("plans"));

    PlanVersions::NewPeriod overlapping = period2019();
    overlapping.periodStart = QDate(2018, 7, 1);
    auto refused = versions.startNewPeriod(old, overlapping);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("period"));
    CHECK(refused.error().detail.contains(QStringLiteral("2018-12-31")));

    PlanVersions::NewPeriod same = period2019();
    same.version = QStringLiteral("2016-2018");
    CHECK(versions.startNewPeriod(old, same).error().field == QStringLiteral("version"));
    CHECK(t.count(QStringLiteral("plans")) == plans);
    CHECK(t.count(QStringLiteral("fiches")) == 12);
}
