#include "deadlines/DeadlineBoardModel.h"

#include "core/procedures/GasTestSupport.h"
#include "deadlines/DeadlineBoard.h"
#include "procedures/GasState.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace regie;
using namespace regie::gastest;

namespace {

// Today is Saturday 2026-11-28 (the test clock).
struct BoardFixture : Fixture
{
    DeadlineBoard board{t.db(), t.clock(), book};
    QString overdue, soon, limitation;

    BoardFixture()
    {
        const QString p = person("Proefmans");
        // start letter posted Friday 2026-11-20: earliest decision 2026-12-11 (not on the board)
        const QString later = intake(intakeOf(p, "2026-11-10", "2026-11-18")).id;
        step(later, ev("start-letter-posted", "2026-11-20"));
        // limitation 2026-12-01 (facts 2026-06-01 + 6 months): on the board, not overdue
        limitation = intake(intakeOf(p, "2026-06-01", "2026-07-15")).id;
        // decided on 2026-10-05: payment due 2026-11-09, overdue
        overdue = intake(intakeOf(p, "2026-09-01", "2026-09-10")).id;
        step(overdue, ev("start-letter-posted", "2026-09-14"));
        step(overdue, ev("decision-posted", "2026-10-05", 150.0));
    }
};

} // namespace

TEST_CASE("the Today model puts overdue deadlines first and explains a row on request",
          "[deadlines][models]")
{
    BoardFixture f;
    DeadlineBoardModel model(f.board);
    QAbstractItemModelTester tester(&model);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.overdueCount() == 1);
    // the limitation (2026-12-01) is later than the payment (2026-11-09) anyway; the order holds
    // because of the category, as sortForToday's own test shows
    const DeadlineItem* first = model.itemAt(0);
    REQUIRE(first);
    CHECK(first->category == QLatin1String("overdue"));
    CHECK(first->id == f.overdue);
    CHECK(model.data(model.index(0, DeadlineBoardModel::StatusColumn)).toString() ==
          QLatin1String("Overdue"));
    CHECK(model.data(model.index(0, DeadlineBoardModel::DaysColumn)).toString() ==
          QStringLiteral("−19"));
    CHECK(model.data(model.index(1, DeadlineBoardModel::NumberColumn))
              .toString()
              .startsWith(QLatin1String("GAS/2026/TS/")));
    CHECK(model.data(model.index(1, DeadlineBoardModel::StatusColumn)).toString() ==
          QLatin1String("Limitation near"));
    // the derivation is computed on request, from the legal clock
    const QString why = model.derivation(0);
    INFO(why.toStdString());
    CHECK(why.contains(QLatin1String("2026-11-09")));
    CHECK(model.data(model.index(1, 0), DeadlineBoardModel::DerivationRole)
              .toString()
              .contains(QLatin1String("2026-12-01")));
}

TEST_CASE("sortForToday puts every overdue item first and numbers in reading order",
          "[deadlines][models]")
{
    QVector<DeadlineItem> items(5);
    items[3].category = QStringLiteral("due");
    items[3].date = QDate(2026, 12, 1);
    items[3].number = QStringLiteral("GAS/2026/BH/10000");
    items[4].category = QStringLiteral("due");
    items[4].date = QDate(2026, 12, 1);
    items[4].number = QStringLiteral("GAS/2026/BH/9999");
    items[0].category = QStringLiteral("hearing");
    items[0].date = QDate(2026, 11, 1);
    items[1].category = QStringLiteral("overdue");
    items[1].date = QDate(2026, 11, 20);
    items[2].category = QStringLiteral("overdue");
    items[2].date = QDate(2026, 11, 10);
    DeadlineBoardModel::sortForToday(items);
    CHECK(items[0].date == QDate(2026, 11, 10));
    CHECK(items[1].date == QDate(2026, 11, 20));
    CHECK(items[2].category == QLatin1String("hearing"));
    // the same day: by number as the number reads, not as text
    CHECK(items[3].number == QLatin1String("GAS/2026/BH/9999"));
    CHECK(items[4].number == QLatin1String("GAS/2026/BH/10000"));
}

TEST_CASE("the Today model follows the write path and the due horizon", "[deadlines][models]")
{
    BoardFixture f;
    DeadlineBoardModel model(f.board);
    model.follow(f.t.writes());
    QSignalSpy refreshed(&model, &DeadlineBoardModel::refreshed);
    REQUIRE(model.overdueCount() == 1);
    f.step(f.overdue, Fixture::ev("payment", "2026-11-27", 150.0));
    CHECK(refreshed.count() >= 1);
    CHECK(model.overdueCount() == 0);
    CHECK(model.rowCount() == 1);
    // the later dossier's earliest decision (2026-12-11) enters with a 14-day horizon
    model.setDueWithinDays(14);
    CHECK(model.rowCount() == 2);
    CHECK(model.data(model.index(1, DeadlineBoardModel::DeadlineColumn)).toString() ==
          QLatin1String("Earliest decision"));
}
