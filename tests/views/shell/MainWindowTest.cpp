#include "actionplan/ActionPlanPage.h"
#include "actionplan/ActionPlanRepository.h"
#include "actionplan/ActionPlanService.h"
#include "common/ViewState.h"
#include "shell/MainWindow.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QTest>
#include <QUndoStack>

using namespace regie;

namespace {

QAction* findAction(MainWindow& window, QKeySequence::StandardKey key)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(key))
            return action;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the main window names the database and installation and follows the page's undo stack",
          "[shell][views]")
{
    test::TestDatabase t(true);
    ActionPlanRepository repo(t.db());
    ActionPlanService service(t.writes());
    MemoryViewState state;
    MainWindow window({t.path(), QStringLiteral("TS – Test installation"), QStringLiteral("tester")});
    auto* page = new ActionPlanPage(repo, service, state, &window);
    window.addPage(page);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    auto* database = window.findChild<QLabel*>(QStringLiteral("statusDatabase"));
    auto* installation = window.findChild<QLabel*>(QStringLiteral("statusInstallation"));
    REQUIRE(database);
    REQUIRE(installation);
    CHECK(database->text().contains(t.path()));
    CHECK(installation->text().contains(QStringLiteral("TS")));
    CHECK(window.currentPageKey() == QStringLiteral("actionplan"));
    CHECK(window.findChild<QListWidget*>(QStringLiteral("navigation"))->count() == 1);

    QAction* undo = findAction(window, QKeySequence::Undo);
    REQUIRE(undo);
    CHECK_FALSE(undo->isEnabled());
    REQUIRE(page->openFiche(QStringLiteral("1.2")));
    auto* title = page->findChild<QLineEdit*>(QStringLiteral("title"));
    QTest::keyClicks(title, QStringLiteral(" (bijgewerkt)"));
    CHECK(undo->isEnabled());
    undo->trigger();
    CHECK_FALSE(page->hasUnsavedChanges());

    QAction* find = findAction(window, QKeySequence::Find);
    REQUIRE(find);
    find->trigger();
    CHECK(QApplication::focusWidget() == page->findChild<QLineEdit*>(QStringLiteral("planSearch")));
}
