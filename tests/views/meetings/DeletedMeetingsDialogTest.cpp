#include "meetings/DeletedMeetingsDialog.h"

#include "MeetingPageFixture.h"
#include "meetings/MeetingDeletion.h"
#include "meetings/MeetingService.h"
#include "meetings/MeetingsPage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace regie;
using regie::test::day;

namespace {

// The page tests' meetings (MeetingPageFixture.h) on a Meetings page.
struct DeletedFixture : test::PageFixture
{
    std::unique_ptr<MeetingsPage> page;

    DeletedFixture()
    {
        page = std::make_unique<MeetingsPage>(std::move(owned), t.writes());
        page->resize(1200, 700);
        page->show();
    }

    MeetingDeletion& deletion()
    {
        auto* found = page->findChild<MeetingDeletion*>();
        REQUIRE(found);
        return *found;
    }

    int pageRows() const { return page->meetingTable()->model()->rowCount(); }
};

QString cellText(QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

QWidget* emptyState(DeletedMeetingsDialog& dialog)
{
    return dialog.findChild<QWidget*>(QStringLiteral("deletedMeetingsEmpty"));
}

} // namespace

TEST_CASE("the deleted meetings dialog says plainly when nothing is deleted",
          "[meetings][views][meetings-deleted]")
{
    DeletedFixture f;
    DeletedMeetingsDialog dialog(f.service, f.deletion(), f.page.get());
    dialog.show();
    REQUIRE(emptyState(dialog));
    CHECK(emptyState(dialog)->isVisible());
    CHECK(qobject_cast<QLabel*>(emptyState(dialog))
              ->text()
              .contains(QStringLiteral("No deleted meetings.")));
    CHECK_FALSE(dialog.table()->isVisible());
    CHECK_FALSE(dialog.restoreButton()->isEnabled());
    CHECK_FALSE(dialog.restoreSelected());
}

TEST_CASE("a meeting deleted earlier is listed and Restore brings it back onto the page",
          "[meetings][views][meetings-deleted]")
{
    DeletedFixture f;
    REQUIRE(f.service.remove(f.wrong).ok()); // deleted in an earlier session, or with the CLI
    REQUIRE(f.pageRows() == 1);
    REQUIRE(f.page->badge() == 1);

    DeletedMeetingsDialog dialog(f.service, f.deletion(), f.page.get());
    dialog.show();
    QTableView* table = dialog.table();
    CHECK(table->isVisible());
    CHECK_FALSE(emptyState(dialog)->isVisible());
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(cellText(table, 0, 0) ==
          QLocale().toString(day("2026-10-01"), QStringLiteral("ddd d MMM yyyy")));
    CHECK(cellText(table, 0, 1) == QStringLiteral("Dubbel ingevoerd"));
    CHECK_FALSE(cellText(table, 0, 2).isEmpty());
    CHECK(cellText(table, 0, 3).contains(QStringLiteral("2026")));
    CHECK(cellText(table, 0, 4) == QStringLiteral("tester"));
    CHECK(dialog.restoreButton()->isEnabled());

    SECTION("with the Restore button")
    {
        QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    }
    SECTION("with Enter on the row")
    {
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
    }

    CHECK(f.t.count(QStringLiteral("meetings"), QStringLiteral("deleted = 1")) == 0);
    CHECK(dialog.message()->isVisible());
    CHECK(dialog.message()->text().contains(QStringLiteral("restored, with 3 action point(s)")));
    CHECK(dialog.message()->text().contains(QStringLiteral("Dubbel ingevoerd")));
    CHECK(table->model()->rowCount() == 0);
    CHECK(emptyState(dialog)->isVisible());
    CHECK_FALSE(dialog.restoreButton()->isEnabled());
    // back on the page with its overdue action points
    CHECK(f.pageRows() == 2);
    CHECK(f.page->badge() == 3);

    // the restore is a step of the page's undo stack: undo deletes the meeting again
    REQUIRE(f.page->undoStack()->canUndo());
    f.page->undoStack()->undo();
    CHECK(f.pageRows() == 1);
    CHECK(f.t.count(QStringLiteral("meetings"), QStringLiteral("deleted = 1")) == 1);
    f.page->undoStack()->redo();
    CHECK(f.pageRows() == 2);
}

TEST_CASE("a restore refused because the meeting came back elsewhere shows the reason",
          "[meetings][views][meetings-deleted]")
{
    DeletedFixture f;
    REQUIRE(f.service.remove(f.wrong).ok());
    DeletedMeetingsDialog dialog(f.service, f.deletion(), f.page.get());
    dialog.show();
    REQUIRE(dialog.table()->model()->rowCount() == 1);
    REQUIRE(f.service.restore(f.wrong).ok()); // restored meanwhile (the CLI, another window)

    CHECK_FALSE(dialog.restoreSelected());
    CHECK(dialog.message()->isVisible());
    CHECK(dialog.message()->text().contains(QStringLiteral("was not restored")));
    CHECK(dialog.message()->text().contains(QStringLiteral("not deleted")));
    CHECK(dialog.table()->model()->rowCount() == 0);
    CHECK_FALSE(f.page->undoStack()->canUndo());
}

TEST_CASE("the Meetings page opens the deleted meetings from its Deleted meetings button",
          "[meetings][views][meetings-deleted]")
{
    DeletedFixture f;
    REQUIRE(f.service.remove(f.wrong).ok());
    auto* button = f.page->findChild<QPushButton*>(QStringLiteral("deletedMeetings"));
    REQUIRE(button);
    CHECK(f.page->meetingTable()->actions().contains(f.deletion().deletedListAction()));

    int listed = -1;
    bool opened = false;
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, [poll, &listed, &opened] {
        auto* dialog = qobject_cast<DeletedMeetingsDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        opened = true;
        listed = dialog->table()->model()->rowCount();
        dialog->restoreSelected();
        dialog->reject();
    });
    poll->start(10);
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(opened);
    CHECK(listed == 1);
    CHECK(f.pageRows() == 2);
}
