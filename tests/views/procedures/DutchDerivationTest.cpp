// The GUI in Dutch: the derivations that core computes reach the dossier view translated, with
// the compiled Dutch translation that the application itself loads.
#include "core/procedures/GasTestSupport.h"
#include "measures/MeasureService.h"
#include "procedures/GasDossierPanel.h"
#include "procedures/GasListPanel.h"
#include "procedures/ProceduresPage.h"

#include <QDir>
#include <QLocale>
#include <QTranslator>

using namespace regie;
using namespace regie::gastest;

namespace {

// The build writes the compiled translations next to the application (build/<preset>/app);
// the application embeds the same files under :/i18n. REGIE_QM_DIR overrides the folder.
QString translationsDir()
{
    const QString given = qEnvironmentVariable("REGIE_QM_DIR");
    return given.isEmpty() ? QDir(QCoreApplication::applicationDirPath())
                                 .absoluteFilePath(QStringLiteral("../app"))
                           : given;
}

} // namespace

TEST_CASE("in Dutch a dossier explains its defence term in Dutch",
          "[procedures][views][translation]")
{
    QTranslator dutch;
    // As the application does: by locale, regie_nl_BE falls back to regie_nl.
    const bool loaded = dutch.load(QLocale(QLocale::Dutch, QLocale::Belgium),
                                   QStringLiteral("regie"), QStringLiteral("_"), translationsDir());
    const char* source = "notified %1: third working day after posting on %2";
    if (!loaded || dutch.translate("LegalCalendar", source).isEmpty()) {
        WARN("no Dutch translation of the legal calendar in " + translationsDir().toStdString() +
             " yet (run update_translations): not checked");
        return;
    }
    QCoreApplication::installTranslator(&dutch);

    Fixture f;
    MeasureService measures{f.t.db(), f.t.writes(), f.t.clock(), f.book};
    // The start letter posted on Monday 2026-11-16 is presumed received on Thursday 2026-11-19.
    const QString id = f.intake(f.intakeOf(f.person("Proefmans"), "2026-11-02", "2026-11-10")).id;
    f.step(id, f.ev("start-letter-posted", "2026-11-16"));
    ProceduresPage page(f.gas, measures, f.people.repository(), f.book, f.t.writes(), f.t.clock());
    page.resize(1366, 768);
    page.show();
    REQUIRE(page.open(QStringLiteral("gas-fine"), id));
    GasDossierPanel* dossier = page.gasPanel()->dossier();
    dossier->showWhy(QStringLiteral("defence"));
    const QString why = dossier->shownDerivation();
    QCoreApplication::removeTranslator(&dutch);
    INFO(why.toStdString());
    CHECK(why.contains(dutch.translate("LegalCalendar", source)
                           .arg(QStringLiteral("2026-11-19"), QStringLiteral("2026-11-16"))));
    CHECK_FALSE(why.contains(QLatin1String("notified")));
    CHECK(why.contains(QLatin1String("2026-12-04")));
}
