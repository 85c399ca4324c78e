#include "procedures/ProcedureNavigation.h"

#include "core/procedures/GasTestSupport.h"
#include "deadlines/DeadlineBoard.h"
#include "deadlines/TodayPage.h"
#include "measures/MeasureService.h"
#include "procedures/GasDossierPanel.h"
#include "procedures/GasListPanel.h"
#include "procedures/ProceduresPage.h"
#include "shell/MainWindow.h"

#include <QTableView>
#include <QTest>

using namespace regie;
using namespace regie::gastest;

TEST_CASE("Enter on a Today row shows the Procedures page with that dossier open",
          "[procedures][deadlines][views]")
{
    Fixture f;
    const QString p = f.person("Proefmans");
    // decided on 2026-10-05: payment due 2026-11-09, overdue on the test date
    const QString overdue = f.intake(f.intakeOf(p, "2026-09-01", "2026-09-10")).id;
    f.step(overdue, Fixture::ev("start-letter-posted", "2026-09-14"));
    f.step(overdue, Fixture::ev("decision-posted", "2026-10-05", 150.0));
    MeasureService measures(f.t.db(), f.t.writes(), f.t.clock(), f.book);
    DeadlineBoard board(f.t.db(), f.t.clock(), f.book);

    MainWindow window({f.t.path(), QStringLiteral("TS – test"), QStringLiteral("tester")});
    auto* today = new TodayPage(board, f.t.writes(), nullptr, &window);
    auto* procedures = new ProceduresPage(f.gas, measures, f.people.repository(), f.book,
                                          f.t.writes(), f.t.clock(), nullptr, &window);
    window.addPage(today);
    window.addPage(procedures);
    openBoardRowsInProcedures(window, *today, *procedures);
    window.show();
    REQUIRE(window.currentPageKey() == QLatin1String("today"));

    QTableView* table = today->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(window.currentPageKey() == QLatin1String("procedures"));
    CHECK(procedures->gasPanel()->dossier()->dossierId() == overdue);
}
