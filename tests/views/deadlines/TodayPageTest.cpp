#include "deadlines/TodayPage.h"

#include "core/procedures/GasTestSupport.h"
#include "deadlines/DeadlineBoard.h"
#include "deadlines/DeadlineBoardModel.h"
#include "procedures/ProcedureText.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace regie;
using namespace regie::gastest;

namespace {

// Today is Saturday 2026-11-28 (the test clock).
struct TodayFixture : Fixture
{
    DeadlineBoard board{t.db(), t.clock(), book};
    QString overdue, due;
    std::unique_ptr<TodayPage> page;

    TodayFixture()
    {
        const QString p = person("Proefmans");
        // start letter posted 2026-11-16: earliest decision 2026-12-05, due within 7 days
        due = intake(intakeOf(p, "2026-11-02", "2026-11-10")).id;
        step(due, ev("start-letter-posted", "2026-11-16"));
        // decided on 2026-10-05: payment due 2026-11-09, overdue
        overdue = intake(intakeOf(p, "2026-09-01", "2026-09-10")).id;
        step(overdue, ev("start-letter-posted", "2026-09-14"));
        step(overdue, ev("decision-posted", "2026-10-05", 150.0));
        page = std::make_unique<TodayPage>(board, t.writes());
        page->resize(1366, 768);
        page->show();
    }

    QString cell(int row, int column) const
    {
        QAbstractItemModel* model = page->table()->model();
        return model->data(model->index(row, column)).toString();
    }
};

} // namespace

TEST_CASE("Today shows the overdue deadline first, in words and with a badge", "[deadlines][views]")
{
    TodayFixture f;
    QTableView* table = f.page->table();
    REQUIRE(table->model()->rowCount() == 2);
    CHECK(f.cell(0, DeadlineBoardModel::StatusColumn) == QLatin1String("Overdue"));
    CHECK(f.cell(0, DeadlineBoardModel::DeadlineColumn) == QLatin1String("Payment due"));
    CHECK(f.cell(1, DeadlineBoardModel::StatusColumn) == QLatin1String("Due soon"));
    CHECK(f.page->badge() == 1);
    auto* summary = f.page->findChild<QLabel*>(QStringLiteral("todaySummary"));
    REQUIRE(summary);
    CHECK(summary->text().contains(QLatin1String("Overdue: 1")));
    // the first row is current, so the keyboard starts there
    CHECK(table->currentIndex().row() == 0);
}

TEST_CASE("Today shows why a date falls where it does only when asked", "[deadlines][views]")
{
    TodayFixture f;
    CHECK_FALSE(f.page->whyVisible());
    auto* why = f.page->findChild<QToolButton*>(QStringLiteral("todayWhyButton"));
    REQUIRE(why);
    why->click();
    REQUIRE(f.page->whyVisible());
    INFO(f.page->whyText().toStdString());
    CHECK(f.page->whyText().contains(QLatin1String("Payment due")));
    CHECK(f.page->whyText().contains(QLatin1String("2026-11-09")));
    // moving down with the keyboard explains the next row
    f.page->table()->setFocus();
    QTest::keyClick(f.page->table(), Qt::Key_Down);
    INFO(f.page->whyText().toStdString());
    CHECK(f.page->whyText().contains(QLatin1String("Earliest decision")));
    CHECK(f.page->whyText().contains(QLatin1String("2026-12-05")));
}

TEST_CASE("Enter on a Today row asks to open its dossier", "[deadlines][views]")
{
    TodayFixture f;
    QSignalSpy open(f.page.get(), &TodayPage::openRequested);
    QTableView* table = f.page->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).toString() == QLatin1String("gas-fine"));
    CHECK(open.at(0).at(1).toString() == f.due);
}

TEST_CASE("Today follows recorded steps and filters its rows", "[deadlines][views]")
{
    TodayFixture f;
    QSignalSpy badge(f.page.get(), &Page::badgeChanged);
    f.step(f.overdue, Fixture::ev("payment", "2026-11-27", 150.0));
    CHECK(badge.count() >= 1);
    CHECK(f.page->badge() == 0);
    CHECK(f.page->table()->model()->rowCount() == 1);
    QTest::keyClicks(f.page->findChild<QLineEdit*>(QStringLiteral("todaySearch")),
                     QStringLiteral("no such dossier"));
    CHECK(f.page->table()->model()->rowCount() == 0);
}

TEST_CASE("Today saves the deadlines shown as an iCalendar file", "[deadlines][views]")
{
    TodayFixture f;
    const QString path = f.t.dir() + QStringLiteral("/board.ics");
    REQUIRE(f.page->exportCalendar(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString ics = QString::fromUtf8(file.readAll());
    CHECK(ics.startsWith(QLatin1String("BEGIN:VCALENDAR")));
    CHECK(ics.count(QLatin1String("BEGIN:VEVENT")) == 2);
    CHECK(ics.contains(QLatin1String("DTSTART;VALUE=DATE:20261109")));
    // In the board's words, not machine names: an agenda is read by people.
    QString unfolded = ics;
    unfolded.remove(QLatin1String("\r\n "));
    CHECK(unfolded.contains(QLatin1String("CATEGORIES:") +
                            ProcedureText::category(QStringLiteral("overdue")) + QLatin1Char(',') +
                            ProcedureText::procedure(QStringLiteral("gas-fine"))));
    CHECK_FALSE(unfolded.contains(QLatin1String("gas-fine")));
    CHECK_FALSE(unfolded.contains(QLatin1String("binds the city")));
    // a folder that does not exist: refused with a message, nothing written
    CHECK_FALSE(f.page->exportCalendar(f.t.dir() + QStringLiteral("/missing/board.ics")));
}
