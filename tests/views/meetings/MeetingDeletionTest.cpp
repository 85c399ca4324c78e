#include "meetings/MeetingService.h"
#include "meetings/MeetingsPage.h"
#include "MeetingPageFixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>

#include <functional>

using namespace regie;
using regie::test::day;
using regie::test::PageFixture;

namespace {

// Answers the next modal message box, when it shows up, by clicking the button of `role`; keeps
// its text in `shown`.
void answerConfirmation(QMessageBox::ButtonRole role, QString* shown)
{
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, [poll, role, shown] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->stop();
        poll->deleteLater();
        *shown = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton* button : box->buttons())
            if (box->buttonRole(button) == role) {
                button->click();
                return;
            }
        box->reject();
    });
    poll->start(10);
}

void selectTitle(MeetingsPage& page, const QString& title)
{
    QTableView* table = page.meetingTable();
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 2).data().toString() == title) {
            table->setCurrentIndex(table->model()->index(row, 0));
            return;
        }
    FAIL("no meeting titled " << title.toStdString());
}

} // namespace

TEST_CASE("a meeting deleted on the page after confirmation comes back with Undo",
          "[meetings][views][meeting-delete]")
{
    PageFixture f;
    MeetingsPage page(std::move(f.owned), f.t.writes());
    page.resize(1200, 700);
    page.show();
    REQUIRE(page.badge() == 3);
    REQUIRE(page.meetingTable()->model()->rowCount() == 2);
    auto* bar = page.findChild<QWidget*>(QStringLiteral("meetingDeletedBar"));
    REQUIRE(bar);
    CHECK_FALSE(bar->isVisible());

    // cancelled: nothing changes
    selectTitle(page, QStringLiteral("Dubbel ingevoerd"));
    QString shown;
    answerConfirmation(QMessageBox::RejectRole, &shown);
    page.deleteMeetingAction()->trigger();
    CHECK_FALSE(shown.isEmpty());
    CHECK(page.meetingTable()->model()->rowCount() == 2);
    CHECK(f.t.count(QStringLiteral("meetings"), QStringLiteral("deleted = 1")) == 0);
    CHECK_FALSE(page.undoStack()->canUndo());

    // confirmed with the Delete key on the meetings table
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    selectTitle(page, QStringLiteral("Dubbel ingevoerd"));
    page.meetingTable()->setFocus();
    REQUIRE(QApplication::focusWidget() == page.meetingTable());
    shown.clear();
    answerConfirmation(QMessageBox::DestructiveRole, &shown);
    QTest::keyClick(page.meetingTable(), Qt::Key_Delete);
    // the confirmation names the meeting and what goes with it
    CHECK(shown.contains(QLocale().toString(day("2026-10-01"), QLocale::LongFormat)));
    CHECK(shown.contains(QStringLiteral("Dubbel ingevoerd")));
    CHECK(shown.contains(QStringLiteral("3 action point(s)")));
    CHECK(shown.contains(QStringLiteral("2 still open")));

    CHECK(f.t.count(QStringLiteral("meetings"), QStringLiteral("deleted = 1")) == 1);
    REQUIRE(page.meetingTable()->model()->rowCount() == 1);
    CHECK(page.meetingTable()->model()->index(0, 2).data().toString() ==
          QStringLiteral("Kerngroep"));
    CHECK(page.actionTable()->model()->rowCount() == 1);
    CHECK(page.badge() == 1);
    CHECK(bar->isVisible());
    auto* text = page.findChild<QLabel*>(QStringLiteral("meetingDeletedText"));
    CHECK(text->text().contains(QStringLiteral("Dubbel ingevoerd")));

    // Undo on the info bar brings it all back
    auto* undo = page.findChild<QPushButton*>(QStringLiteral("undoMeetingDelete"));
    REQUIRE(undo);
    undo->click();
    CHECK(f.t.count(QStringLiteral("meetings"), QStringLiteral("deleted = 1")) == 0);
    CHECK(f.t.count(QStringLiteral("meeting_actions"), QStringLiteral("deleted = 1")) == 0);
    CHECK(page.meetingTable()->model()->rowCount() == 2);
    CHECK(page.actionTable()->model()->rowCount() == 3);
    CHECK(page.badge() == 3);
    CHECK_FALSE(bar->isVisible());

    // the page's undo stack (Edit > Redo, Undo) deletes and restores it again
    REQUIRE(page.undoStack()->canRedo());
    page.undoStack()->redo();
    CHECK(page.badge() == 1);
    CHECK(bar->isVisible());
    page.undoStack()->undo();
    CHECK(page.badge() == 3);
    CHECK(page.meetingTable()->model()->rowCount() == 2);
}

TEST_CASE("deleting without a selected meeting asks for one and deletes nothing",
          "[meetings][views][meeting-delete]")
{
    PageFixture f;
    MeetingsPage page(std::move(f.owned), f.t.writes());
    QString message;
    QObject::connect(&page, &Page::statusMessage, [&message](const QString& m) { message = m; });
    page.meetingTable()->setCurrentIndex({});
    page.deleteMeetingAction()->trigger();
    CHECK(message == QStringLiteral("Select a meeting first."));
    CHECK(f.t.count(QStringLiteral("meetings"), QStringLiteral("deleted = 1")) == 0);
}
