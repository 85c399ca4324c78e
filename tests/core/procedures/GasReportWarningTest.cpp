#include "../calendar/FakeTranslator.h"
#include "GasTestSupport.h"
#include "procedures/GasReportWarning.h"

using namespace regie;
using namespace regie::gastest;

namespace {

const char* const kSource = "'%1' does not look like XX.99.X9.99999/99 (district . category . "
                            "service . sequence / year)";

QHash<QString, QString> dutchWarning()
{
    return {{QStringLiteral("GasReportWarning|") + QString::fromLatin1(kSource),
             QStringLiteral("'%1' heeft niet de vorm XX.99.X9.99999/99 (arrondissement . "
                            "categorie . dienst . volgnummer / jaar)")}};
}

} // namespace

TEST_CASE("a GAS dossier's report-number warning is stored in English and shown in Dutch",
          "[procedures][translation]")
{
    Fixture f;
    GasIntake in = f.intakeOf(f.person("Proefmans"), "2026-09-01", "2026-09-10");
    in.reportNumber = QStringLiteral("pv 12345");
    const QString english =
        QStringLiteral("'PV 12345' does not look like XX.99.X9.99999/99 (district . category . "
                       "service . sequence / year)");
    GasOutcome dutchIntake;
    {
        const test::FakeTranslator dutch(dutchWarning());
        dutchIntake = f.intake(in);
    }
    // What the lawyer reads after registering, in Dutch...
    REQUIRE(dutchIntake.warnings.size() == 1);
    CHECK(dutchIntake.warnings.first() ==
          QStringLiteral("pv.pattern: 'PV 12345' heeft niet de vorm XX.99.X9.99999/99 "
                         "(arrondissement . categorie . dienst . volgnummer / jaar)"));
    // ...while the stored (synced) column keeps the English detail whatever the language.
    auto stored = f.gas.repository().get(dutchIntake.number);
    REQUIRE(stored.ok());
    CHECK(stored->reportWarning == english);

    // regie-cli: no translator, the same English as stored.
    in.factsDate = QDate(2026, 9, 2);
    const GasOutcome cli = f.intake(in);
    REQUIRE(cli.warnings.size() == 1);
    CHECK(cli.warnings.first() == QStringLiteral("pv.pattern: ") + english);
    CHECK(GasReportWarning::text(stored.value()) == english);

    const test::FakeTranslator dutch(dutchWarning());
    CHECK(GasReportWarning::text(stored.value()) ==
          QStringLiteral("'PV 12345' heeft niet de vorm XX.99.X9.99999/99 (arrondissement . "
                         "categorie . dienst . volgnummer / jaar)"));
}

TEST_CASE("a stored report-number warning is read back, one of another shape is shown as stored",
          "[procedures][translation]")
{
    CHECK(GasReportWarning::numberIn(QStringLiteral(
              "'AN.55.L3.0123/2026' does not look like XX.99.X9.99999/99 (district . category . "
              "service . sequence / year)")) == QStringLiteral("AN.55.L3.0123/2026"));
    CHECK(GasReportWarning::numberIn(QStringLiteral("does not look right")).isEmpty());

    const test::FakeTranslator dutch(dutchWarning());
    GasDossier d;
    CHECK(GasReportWarning::text(d).isEmpty()); // no warning, nothing to show
    d.reportWarning = QStringLiteral("'X 1' does not look like XX.99.X9.99999/99 (district . "
                                     "category . service . sequence / year)");
    CHECK(GasReportWarning::text(d) ==
          QStringLiteral("'X 1' heeft niet de vorm XX.99.X9.99999/99 (arrondissement . "
                         "categorie . dienst . volgnummer / jaar)"));
    d.reportWarning = QStringLiteral("number from another year's register");
    CHECK(GasReportWarning::text(d) == d.reportWarning);
}
