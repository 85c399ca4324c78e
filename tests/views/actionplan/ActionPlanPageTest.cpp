#include "actionplan/ActionPlanPage.h"
#include "actionplan/ActionPlanRepository.h"
#include "actionplan/ActionPlanService.h"
#include "actionplan/FicheEditor.h"
#include "actionplan/PlanCompareDialog.h"
#include "actionplan/PlanVersions.h"
#include "common/ViewState.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace regie;

namespace {

// Saves a picture of the widget when REGIE_SCREENSHOT_DIR is set (for the README and reviews).
void screenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("REGIE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QString storedTitle(test::TestDatabase& t, const QString& code)
{
    ActionPlanRepository repo(t.db());
    for (const Fiche& f : repo.fiches(repo.currentPlan()->id).value()) {
        if (f.code == code)
            return f.title;
    }
    return {};
}

} // namespace

TEST_CASE("a fiche is edited, undone, redone and saved through the write path", "[actionplan][views]")
{
    test::TestDatabase t(true);
    ActionPlanRepository repo(t.db());
    ActionPlanService service(t.writes());
    MemoryViewState state;
    ActionPlanPage page(repo, service, state);
    page.resize(1366, 768);
    page.show();

    REQUIRE(page.openFiche(QStringLiteral("2.2")));
    auto* title = page.editor()->findChild<QLineEdit*>(QStringLiteral("title"));
    REQUIRE(title);
    const QString original = title->text();
    CHECK(original == storedTitle(t, QStringLiteral("2.2")));
    screenshot(page, QStringLiteral("actionplan-fiche"));

    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Bestuurlijke handhaving"));
    CHECK(page.hasUnsavedChanges());
    REQUIRE(page.undoStack());
    page.undoStack()->undo();
    CHECK(title->text() == original);
    CHECK_FALSE(page.hasUnsavedChanges());
    page.undoStack()->redo();
    CHECK(title->text() == QStringLiteral("Bestuurlijke handhaving"));

    const int logBefore = t.count(QStringLiteral("change_log"));
    REQUIRE(page.save());
    CHECK_FALSE(page.hasUnsavedChanges());
    CHECK(storedTitle(t, QStringLiteral("2.2")) == QStringLiteral("Bestuurlijke handhaving"));
    CHECK(t.count(QStringLiteral("change_log"),
                  QStringLiteral("field = 'title' AND old_value = '%1'").arg(original)) == 1);
    CHECK(t.count(QStringLiteral("change_log")) == logBefore + 1);

    // Undo after saving brings back the old title as a new, unsaved edit.
    page.undoStack()->undo();
    CHECK(title->text() == original);
    CHECK(page.hasUnsavedChanges());
}

TEST_CASE("an empty fiche title is refused with a message and nothing is stored",
          "[actionplan][views]")
{
    test::TestDatabase t(true);
    ActionPlanRepository repo(t.db());
    ActionPlanService service(t.writes());
    MemoryViewState state;
    ActionPlanPage page(repo, service, state);
    REQUIRE(page.openFiche(QStringLiteral("1.1")));
    auto* title = page.editor()->findChild<QLineEdit*>(QStringLiteral("title"));
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    const int logBefore = t.count(QStringLiteral("change_log"));
    CHECK_FALSE(page.save());
    CHECK(t.count(QStringLiteral("change_log")) == logBefore);
    auto* error = page.editor()->findChild<QLabel*>(QStringLiteral("ficheError"));
    REQUIRE(error);
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().contains(QStringLiteral("Title")));
}

TEST_CASE("editing a planned action in the list is undoable and saved", "[actionplan][views]")
{
    test::TestDatabase t(true);
    ActionPlanRepository repo(t.db());
    ActionPlanService service(t.writes());
    MemoryViewState state;
    ActionPlanPage page(repo, service, state);
    REQUIRE(page.openFiche(QStringLiteral("3.4")));
    auto* notes = page.editor()->findChild<QPlainTextEdit*>(QStringLiteral("notes"));
    REQUIRE(notes);
    notes->setPlainText(QStringLiteral("Opgevolgd in de kerngroep."));
    REQUIRE(page.save());
    CHECK(t.count(QStringLiteral("fiches"),
                  QStringLiteral("notes = 'Opgevolgd in de kerngroep.'")) == 1);
}

TEST_CASE("an earlier plan period stays readable from the period chooser", "[actionplan][views]")
{
    test::TestDatabase t(true);
    ActionPlanRepository repo(t.db());
    ActionPlanService service(t.writes());
    const PlanInfo old = repo.currentPlan().value();
    auto next = PlanVersions(t.db(), t.writes())
                    .startNewPeriod(old.id, {QStringLiteral("Actieplan 2019-2020"),
                                             QStringLiteral("2019-2020"), QDate(2019, 1, 1),
                                             QDate(2020, 12, 31)});
    REQUIRE(next.ok());
    MemoryViewState state;
    ActionPlanPage page(repo, service, state);
    auto* chooser = page.findChild<QComboBox*>(QStringLiteral("planVersion"));
    REQUIRE(chooser);
    REQUIRE(chooser->count() == 2);
    CHECK(chooser->currentData().toString() == next.value()); // the current period first
    chooser->setCurrentIndex(chooser->findData(old.id));
    Q_EMIT chooser->activated(chooser->currentIndex());
    REQUIRE(page.openFiche(QStringLiteral("2.3")));
    auto* title = page.editor()->findChild<QLineEdit*>(QStringLiteral("title"));
    REQUIRE(title);
    // A correction made while the earlier period is shown lands in that period only.
    title->setText(QStringLiteral("Correctie in de periode 2016-2018"));
    Q_EMIT title->textEdited(title->text());
    REQUIRE(page.save());
    const auto titleIn = [&](const QString& planId) {
        for (const Fiche& f : repo.fiches(planId).value()) {
            if (f.code == QLatin1String("2.3"))
                return f.title;
        }
        return QString();
    };
    CHECK(titleIn(old.id) == QStringLiteral("Correctie in de periode 2016-2018"));
    CHECK(titleIn(next.value()) != titleIn(old.id));

    // The comparison names the one fiche that now differs, and in what.
    PlanCompareDialog compare(repo);
    compare.choose(old.id, next.value());
    REQUIRE(compare.differences()->topLevelItemCount() == 1);
    CHECK(compare.differences()->topLevelItem(0)->text(0) == QStringLiteral("2.3"));
    CHECK(compare.differences()->topLevelItem(0)->text(2) == QStringLiteral("title"));
    CHECK(page.findChild<QPushButton*>(QStringLiteral("comparePeriods"))->isVisibleTo(&page));
}
