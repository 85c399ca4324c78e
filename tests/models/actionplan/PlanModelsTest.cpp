#include "actionplan/ActionPlanRepository.h"
#include "actionplan/ActionPlanService.h"
#include "actionplan/PlanItemListModel.h"
#include "actionplan/PlanTreeModel.h"
#include "support/TestDatabase.h"
#include "undo/FicheEditSession.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace regie;

TEST_CASE("the plan tree lists the three policy lines and twelve fiches", "[actionplan][models]")
{
    test::TestDatabase t(true);
    ActionPlanRepository repo(t.db());
    PlanTreeModel model(repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.load().ok());
    REQUIRE(model.rowCount() == 3);
    int fiches = 0;
    for (int i = 0; i < 3; ++i)
        fiches += model.rowCount(model.index(i, 0));
    CHECK(fiches == 12);
    const QModelIndex first = model.index(0, 0, model.index(1, 0));
    CHECK(first.data(PlanTreeModel::CodeRole).toString() == QStringLiteral("2.1"));
    CHECK(model.indexOfFiche(model.ficheId(first)) == first);
    CHECK(model.policyLine(model.index(2, 0))->name == QStringLiteral("Regie"));
}

TEST_CASE("list edits in a fiche session are undoable commands", "[actionplan][models]")
{
    test::TestDatabase t(true);
    ActionPlanRepository repo(t.db());
    ActionPlanService service(t.writes());
    const Fiche fiche = repo.fiches(repo.currentPlan()->id)->at(0);
    FicheEditSession session(repo, service, fiche);
    PlanItemListModel model(FicheEditSession::List::Actions);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(&session);
    const int rows = model.rowCount();
    REQUIRE(rows == fiche.actions.size());

    session.insertItem(FicheEditSession::List::Actions, 0, {{}, QStringLiteral("Nieuwe actie"),
                                                            QStringLiteral("planned")});
    CHECK(model.rowCount() == rows + 1);
    REQUIRE(model.setData(model.index(0, 1), QStringLiteral("running")));
    CHECK(model.index(0, 1).data(Qt::EditRole).toString() == QStringLiteral("running"));
    CHECK_FALSE(model.setData(model.index(0, 0), QStringLiteral("  ")));
    session.moveItem(FicheEditSession::List::Actions, 0, 2);
    CHECK(model.index(2, 0).data().toString() == QStringLiteral("Nieuwe actie"));
    session.removeItem(FicheEditSession::List::Actions, 1);
    CHECK(model.rowCount() == rows);

    while (session.undoStack()->canUndo())
        session.undoStack()->undo();
    CHECK(model.rowCount() == rows);
    CHECK_FALSE(session.isModified());

    session.undoStack()->redo(); // the insert again
    REQUIRE(session.save().ok());
    CHECK(repo.fiche(fiche.id)->actions.first().text == QStringLiteral("Nieuwe actie"));
    CHECK(repo.fiche(fiche.id)->actions.size() == rows + 1);
}
