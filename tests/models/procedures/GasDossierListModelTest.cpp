#include "procedures/GasDossierListModel.h"

#include "core/procedures/GasTestSupport.h"
#include "demo/DemoData.h"
#include "demo/DemoProcedures.h"
#include "procedures/GasState.h"

#include <QAbstractItemModelTester>

using namespace regie;
using namespace regie::gastest;

namespace {

struct ListFixture : Fixture
{
    ListFixture()
    {
        REQUIRE(DemoData(t.writes()).generate(60).ok());
        auto added = addDemoProcedures(t.writes(), t.db(), t.clock(), book, 450, 60);
        REQUIRE(added.ok());
    }
};

} // namespace

TEST_CASE("the GAS list loads one page at a time", "[procedures][models]")
{
    ListFixture f;
    GasDossierListModel model(f.gas.repository());
    CHECK(model.matchCount() == 450);
    CHECK(model.rowCount() == GasDossierListModel::kPageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * GasDossierListModel::kPageSize);
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    // newest facts first by default
    CHECK(model.dossierAt(0)->factsDate >= model.dossierAt(449)->factsDate);
    QAbstractItemModelTester tester(&model);
}

TEST_CASE("the GAS list names the offence in the catalogue's words, with its code on hover",
          "[procedures][models]")
{
    ListFixture f;
    GasDossierListModel model(f.gas.repository());
    REQUIRE(model.rowCount() > 0);
    const GasDossier* first = model.dossierAt(0);
    REQUIRE_FALSE(first->offenceTitle.isEmpty());
    const QModelIndex offence = model.index(0, GasDossierListModel::OffenceColumn);
    CHECK(offence.data().toString() == first->offenceTitle);
    CHECK(offence.data().toString() != first->offenceCode);
    CHECK(offence.data(Qt::ToolTipRole).toString().contains(first->offenceCode));
}

TEST_CASE("the GAS list filters by state and dates and sorts in SQL", "[procedures][models]")
{
    ListFixture f;
    GasDossierListModel model(f.gas.repository());
    GasRepository::Filter filter;
    filter.states = {GasState::Paid};
    model.setFilter(filter);
    const int paid = f.t.count(QStringLiteral("gas_dossiers"), QStringLiteral("state = 'paid'"));
    REQUIRE(paid > 0);
    CHECK(model.matchCount() == paid);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.data(model.index(row, GasDossierListModel::StateColumn)).toString() ==
              QLatin1String("Paid"));

    filter = {};
    filter.factsFrom = QDate(2026, 9, 1);
    filter.factsTo = QDate(2026, 9, 30);
    model.setFilter(filter);
    CHECK(model.matchCount() ==
          f.t.count(QStringLiteral("gas_dossiers"),
                    QStringLiteral("facts_date BETWEEN '2026-09-01' AND '2026-09-30'")));
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.dossierAt(row)->factsDate.month() == 9);

    model.setFilter({});
    model.sort(GasDossierListModel::NumberColumn, Qt::AscendingOrder);
    CHECK(model.dossierAt(0)->number.endsWith(QLatin1String("/0001")));
    CHECK(model.dossierAt(1)->number.endsWith(QLatin1String("/0002")));
    model.sort(GasDossierListModel::NumberColumn, Qt::DescendingOrder);
    const auto rank = [](const GasDossier* d) { return d->year * 100000 + d->sequence; };
    for (int row = 1; row < model.rowCount(); ++row)
        CHECK(rank(model.dossierAt(row - 1)) > rank(model.dossierAt(row)));
}

TEST_CASE("the GAS list searches names and numbers and follows new dossiers",
          "[procedures][models]")
{
    ListFixture f;
    GasDossierListModel model(f.gas.repository());
    model.follow(f.t.writes());
    const QString p = f.person("Zwijgaard");
    f.intake(f.intakeOf(p, "2026-11-02", "2026-11-05"));
    CHECK(model.matchCount() == 451);
    model.setSearchText(QStringLiteral("zwijg"));
    REQUIRE(model.matchCount() == 1);
    CHECK(model.data(model.index(0, GasDossierListModel::OffenderColumn))
              .toString()
              .startsWith(QLatin1String("Zwijgaard")));
    model.setSearchText(model.dossierAt(0)->number);
    CHECK(model.matchCount() == 1);
}
