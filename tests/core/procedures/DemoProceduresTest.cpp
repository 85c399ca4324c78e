#include "demo/DemoProcedures.h"

#include "GasTestSupport.h"
#include "demo/DemoData.h"
#include "procedures/GasState.h"

using namespace regie;
using namespace regie::gastest;

TEST_CASE("demo procedures are deterministic, legal and spread over the states", "[procedures]")
{
    Fixture f;
    REQUIRE(DemoData(f.t.writes()).generate(300).ok());
    auto added = addDemoProcedures(f.t.writes(), f.t.db(), f.t.clock(), f.book, 1000, 300);
    INFO((added.ok() ? QString() : added.error().detail).toStdString());
    REQUIRE(added.ok());
    CHECK(*added == 1000);
    CHECK(f.t.count(QStringLiteral("gas_dossiers")) == 1000);
    for (const QString& state :
         {GasState::Registered, GasState::Started, GasState::Decided, GasState::Paid,
          GasState::Appealed, GasState::UnpaidCollection, GasState::ClosedWithoutFine}) {
        INFO(state.toStdString());
        CHECK(f.t.count(QStringLiteral("gas_dossiers"), QStringLiteral("state = '%1'").arg(state)) >
              0);
    }
    CHECK(f.t.count(QStringLiteral("gas_dossiers"), QStringLiteral("received_late = 1")) > 0);
    // every generated dossier passes the legal clock's checks on its decision
    GasRepository::Filter all;
    all.limit = 1000;
    for (const GasDossier& dossier : f.gas.repository().find(all).value()) {
        auto view = f.gas.view(dossier.id);
        REQUIRE(view.ok());
        for (const auto& violation : view->clock.violations) {
            INFO(dossier.number.toStdString() << " " << violation.message.toStdString());
            CHECK(violation.rule == QLatin1String("finding-late"));
        }
    }
    const QString id = DemoData::demoId(QStringLiteral("gas"), 17);
    CHECK(f.gas.repository().get(id).ok());
}
