// The GAS dossier's report-number warning, stored in English, reads in the user's language.
#include "core/calendar/FakeTranslator.h"
#include "core/procedures/GasTestSupport.h"
#include "procedures/GasDossierPanel.h"

#include <QLabel>

using namespace regie;
using namespace regie::gastest;

TEST_CASE("in Dutch the dossier flags an unusual report number with the Dutch reason",
          "[procedures][views][translation]")
{
    Fixture f;
    GasIntake in = f.intakeOf(f.person("Proefmans"), "2026-09-01", "2026-09-10");
    in.reportNumber = QStringLiteral("pv 12345");
    const GasOutcome o = f.intake(in); // registered in English (as by regie-cli)

    const test::FakeTranslator dutch(
        {{QStringLiteral("GasReportWarning|'%1' does not look like XX.99.X9.99999/99 (district . "
                         "category . service . sequence / year)"),
          QStringLiteral("'%1' heeft niet de vorm XX.99.X9.99999/99 (arrondissement . categorie "
                         ". dienst . volgnummer / jaar)")},
         {QStringLiteral("regie::GasDossierPanel|unusual report number"),
          QStringLiteral("ongebruikelijk PV-nummer")}});
    GasDossierPanel panel(f.gas, f.t.clock());
    REQUIRE(panel.load(o.number));
    auto* flags = panel.findChild<QLabel*>(QStringLiteral("dossierFlags"));
    REQUIRE(flags);
    INFO(flags->text().toStdString());
    CHECK(flags->text().contains(
        QStringLiteral("⚑ ongebruikelijk PV-nummer: 'PV 12345' heeft niet de vorm "
                       "XX.99.X9.99999/99 (arrondissement . categorie . dienst . volgnummer / "
                       "jaar)")));
    CHECK_FALSE(flags->text().contains(QLatin1String("does not look like")));
}
