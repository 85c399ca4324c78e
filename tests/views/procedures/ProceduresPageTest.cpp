#include "procedures/ProceduresPage.h"

#include "core/procedures/GasTestSupport.h"
#include "demo/DemoData.h"
#include "demo/DemoProcedures.h"
#include "measures/MeasureService.h"
#include "procedures/GasDossierListModel.h"
#include "procedures/GasDossierPanel.h"
#include "procedures/GasIntakeDialog.h"
#include "procedures/GasListPanel.h"
#include "procedures/GasStepDialog.h"
#include "procedures/MeasureEventDialog.h"
#include "procedures/MeasureListModel.h"
#include "procedures/MeasureListPanel.h"
#include "procedures/MeasurePanel.h"
#include "procedures/RuleSetsDialog.h"
#include "letters/LetterPrintDialog.h"
#include "letters/LetterService.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace regie;
using namespace regie::gastest;

namespace {

struct PageFixture : Fixture
{
    MeasureService measures{t.db(), t.writes(), t.clock(), book};
    std::unique_ptr<ProceduresPage> page;

    void open()
    {
        page = std::make_unique<ProceduresPage>(gas, measures, people.repository(), book,
                                                t.writes(), t.clock());
        page->resize(1366, 768);
        page->show();
    }

    // A dossier whose start letter was posted on Monday 2026-11-16: notified 2026-11-19, the
    // defence term runs until 2026-12-04, so the earliest decision is 2026-12-05.
    QString started()
    {
        const QString p = person("Proefmans");
        const QString id = intake(intakeOf(p, "2026-11-02", "2026-11-10")).id;
        step(id, ev("start-letter-posted", "2026-11-16"));
        return id;
    }

    int events() { return t.count(QStringLiteral("gas_events")); }
};

} // namespace

TEST_CASE("the procedures list opens one page of 450 dossiers", "[procedures][views]")
{
    PageFixture f;
    REQUIRE(DemoData(f.t.writes()).generate(60).ok());
    REQUIRE(addDemoProcedures(f.t.writes(), f.t.db(), f.t.clock(), f.book, 450, 60).ok());
    f.open();
    QApplication::processEvents();
    GasDossierListModel* model = f.page->gasPanel()->model();
    CHECK(model->matchCount() == 450);
    CHECK(model->rowCount() < 450);
    // typing in the search field filters in SQL after a short pause
    const QString number = model->dossierAt(3)->number;
    auto* search = f.page->findChild<QLineEdit*>(QStringLiteral("gasSearch"));
    REQUIRE(search);
    QTest::keyClicks(search, number);
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(model->matchCount() == 1);
    CHECK(model->dossierAt(0)->number == number);
}

TEST_CASE("a dossier shows its header, deadlines with why and the allowed steps",
          "[procedures][views]")
{
    PageFixture f;
    const QString id = f.started();
    f.open();
    REQUIRE(f.page->open(QStringLiteral("gas-fine"), id));
    GasDossierPanel* dossier = f.page->gasPanel()->dossier();
    CHECK(dossier->findChild<QLabel*>(QStringLiteral("dossierState"))->text() ==
          QLatin1String("Started"));
    CHECK(dossier->findChild<QLabel*>(QStringLiteral("dossierNumber"))->text() ==
          QLatin1String("GAS/2026/TS/0001"));
    // the next deadline's derivation is shown with the dossier
    INFO(dossier->shownDerivation().toStdString());
    CHECK(dossier->shownDerivation().contains(QLatin1String("2026-12-05")));
    dossier->showWhy(QStringLiteral("defence"));
    CHECK(dossier->shownDerivation().contains(QLatin1String("2026-11-19")));
    const QStringList steps = dossier->availableSteps();
    CHECK(steps.contains(QLatin1String("decision-posted")));
    CHECK_FALSE(steps.contains(QLatin1String("payment")));
    CHECK(dossier->findChild<QPushButton*>(QStringLiteral("step-decision-posted")));
    CHECK_FALSE(dossier->findChild<QPushButton*>(QStringLiteral("step-payment")));
    CHECK(dossier->startStep(QStringLiteral("payment")) == nullptr);
    const QString payment = dossier->findChild<QLabel*>(QStringLiteral("dossierPayment"))->text();
    CHECK(payment.contains(QLatin1String("+++")));
}

TEST_CASE("a decision before the defence term ends is refused with the rule and the dates",
          "[procedures][views]")
{
    PageFixture f;
    const QString id = f.started();
    f.open();
    REQUIRE(f.page->open(QStringLiteral("gas-fine"), id));
    GasDossierPanel* dossier = f.page->gasPanel()->dossier();
    const int before = f.events();
    GasStepDialog* dialog = dossier->startStep(QStringLiteral("decision-posted"));
    REQUIRE(dialog);
    dialog->findChild<QDateEdit*>(QStringLiteral("stepDate"))->setDate(QDate(2026, 11, 27));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    INFO(dialog->errorText().toStdString());
    CHECK(dialog->isVisible()); // stays open to correct the date
    CHECK(dialog->errorText().contains(QLatin1String("decision-too-early")));
    CHECK(dialog->errorText().contains(QLatin1String("2026-12-05")));
    CHECK(f.events() == before);
    CHECK(f.state(id) == QLatin1String("started"));
    dialog->reject();
}

TEST_CASE("a step recorded in the dialog updates the dossier and its steps", "[procedures][views]")
{
    PageFixture f;
    const QString id = f.started();
    f.open();
    REQUIRE(f.page->open(QStringLiteral("gas-fine"), id));
    GasDossierPanel* dossier = f.page->gasPanel()->dossier();
    GasStepDialog* dialog = dossier->startStep(QStringLiteral("hearing-requested"));
    REQUIRE(dialog);
    dialog->findChild<QDateEdit*>(QStringLiteral("stepDate"))->setDate(QDate(2026, 11, 24));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    CHECK(dialog->errorText().isEmpty());
    CHECK(f.state(id) == QLatin1String("defence-open"));
    CHECK(dossier->findChild<QLabel*>(QStringLiteral("dossierState"))->text() ==
          QLatin1String("Defence open"));
    auto* timeline = dossier->findChild<QTreeWidget*>(QStringLiteral("dossierTimeline"));
    REQUIRE(timeline->topLevelItemCount() == 3);
    CHECK(timeline->topLevelItem(0)->text(1) == QLatin1String("Hearing requested"));
    CHECK(dossier->availableSteps().contains(QLatin1String("hearing-planned")));
    // the list follows: the row shows the new state
    GasDossierListModel* model = f.page->gasPanel()->model();
    CHECK(
        model->data(model->index(model->rowOf(id), GasDossierListModel::StateColumn)).toString() ==
        QLatin1String("Defence open"));
}

TEST_CASE("the measures tab lists a place ban with its end date and derivation",
          "[procedures][views]")
{
    PageFixture f;
    MeasureInput in;
    in.kind = QStringLiteral("place-ban");
    in.personId = f.person("Proefmans");
    in.perimeter = QStringLiteral("Schippersstraat");
    in.decisionDate = d("2026-11-05");
    in.urgencyReason = QStringLiteral("urgent");
    auto ban = f.measures.create(in);
    REQUIRE(ban.ok());
    f.open();
    QTableView* table = f.page->measurePanel()->table();
    REQUIRE(table->model()->rowCount() == 1);
    REQUIRE(f.page->open(QStringLiteral("place-ban"), ban->id));
    const QString why = f.page->measurePanel()->measure()->shownDerivation();
    INFO(why.toStdString());
    CHECK(why.contains(QLatin1String("2026-12-04")));
}

TEST_CASE("the rule sets dialog lists each set with its valid-from date and the basis",
          "[procedures][views]")
{
    PageFixture f;
    RuleSetsDialog dialog(f.book);
    QTreeWidget* tree = dialog.tree();
    REQUIRE(tree->topLevelItemCount() == f.book.ruleSets().size());
    QTreeWidgetItem* gas2024 = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(QLatin1String("GAS 2024")))
            gas2024 = tree->topLevelItem(i);
    }
    REQUIRE(gas2024);
    CHECK(gas2024->text(1).contains(QLatin1String("2024-01-01")));
    REQUIRE(gas2024->childCount() > 0);
    bool basis = false;
    for (int i = 0; i < gas2024->childCount(); ++i)
        basis = basis || !gas2024->child(i)->text(2).isEmpty();
    CHECK(basis);
}

TEST_CASE("a new finding is refused with facts in the future and opens once registered",
          "[procedures][views]")
{
    PageFixture f;
    const QString p = f.person("Proefmans");
    f.open();
    GasIntakeDialog* dialog = f.page->gasPanel()->newFinding();
    REQUIRE(dialog);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    CHECK(dialog->errorText().contains(QLatin1String("offender")));
    dialog->setPerson(p, QStringLiteral("Proefmans, Demo"));
    dialog->findChild<QDateEdit*>(QStringLiteral("intakeFacts"))->setDate(QDate(2026, 12, 1));
    dialog->findChild<QLineEdit*>(QStringLiteral("intakeReport"))
        ->setText(QStringLiteral("AN.55.L3.01234/26"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    INFO(dialog->errorText().toStdString());
    CHECK(dialog->errorText().contains(QLatin1String("facts-in-future")));
    CHECK(f.t.count(QStringLiteral("gas_dossiers")) == 0);

    dialog->findChild<QDateEdit*>(QStringLiteral("intakeFacts"))->setDate(QDate(2026, 11, 20));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    CHECK(dialog->errorText().isEmpty());
    CHECK(f.t.count(QStringLiteral("gas_dossiers")) == 1);
    GasDossierPanel* dossier = f.page->gasPanel()->dossier();
    CHECK(dossier->view().dossier.number == QLatin1String("GAS/2026/TS/0001"));
    CHECK(dossier->availableSteps().contains(QLatin1String("start-letter-posted")));
    CHECK(f.page->gasPanel()->model()->matchCount() == 1);
}

TEST_CASE("a place ban past its end date reads Expired in the measures list", "[procedures][views]")
{
    PageFixture f;
    MeasureInput in;
    in.kind = QStringLiteral("place-ban");
    in.personId = f.person("Proefmans");
    in.perimeter = QStringLiteral("Verversrui");
    in.decisionDate = d("2026-09-20");
    in.urgencyReason = QStringLiteral("urgent");
    REQUIRE(f.measures.create(in).ok());
    f.open();
    QAbstractItemModel* model = f.page->measurePanel()->table()->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->data(model->index(0, MeasureListModel::EndColumn))
              .toString()
              .contains(QLatin1String("2026")));
    CHECK(model->data(model->index(0, MeasureListModel::StateColumn)).toString() ==
          QLatin1String("Expired"));
}

TEST_CASE("a third renewal of a place ban is refused, naming the rule", "[procedures][views]")
{
    PageFixture f;
    MeasureInput in;
    in.kind = QStringLiteral("place-ban");
    in.personId = f.person("Proefmans");
    in.perimeter = QStringLiteral("Schippersstraat");
    in.decisionDate = d("2026-11-05");
    in.urgencyReason = QStringLiteral("urgent");
    auto ban = f.measures.create(in);
    REQUIRE(ban.ok());
    f.open();
    REQUIRE(f.page->open(QStringLiteral("place-ban"), ban->id));
    MeasurePanel* panel = f.page->measurePanel()->measure();
    for (int renewal = 1; renewal <= 3; ++renewal) {
        MeasureEventDialog* dialog = panel->recordEvent();
        REQUIRE(dialog);
        dialog->setType(QStringLiteral("renewed"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        INFO(renewal << ": " << dialog->errorText().toStdString());
        if (renewal <= 2) {
            CHECK(dialog->errorText().isEmpty());
        } else {
            CHECK(dialog->errorText().contains(QLatin1String("renewal-limit")));
            dialog->reject();
        }
    }
    CHECK(f.t.count(QStringLiteral("measure_events"), QStringLiteral("type = 'renewed'")) == 2);
    CHECK(MeasureEventDialog::eventsFor(QStringLiteral("closure-trafficking"))
              .contains(QLatin1String("consultation-recorded")));
    CHECK_FALSE(MeasureEventDialog::eventsFor(QStringLiteral("closure-trafficking"))
                    .contains(QLatin1String("renewed")));
}

TEST_CASE("the dossier view opens the letter dialog for the dossier when letters are available",
          "[procedures][views]")
{
    PageFixture f;
    LetterService letters{f.t.db(), f.t.writes(), f.t.clock(), f.gas, f.measures,
                          LetterCatalogue::load().value()};
    const QString id = f.started();
    f.open();
    GasDossierPanel* panel = f.page->gasPanel()->dossier();
    REQUIRE(panel->load(id));
    auto* button = panel->findChild<QPushButton*>(QStringLiteral("printLetter"));
    REQUIRE(button);
    CHECK(button->isHidden());
    CHECK(panel->printLetter() == nullptr);
    panel->setLetters(&letters);
    CHECK_FALSE(button->isHidden());
    LetterPrintDialog* dialog = panel->printLetter();
    REQUIRE(dialog);
    // only the GAS templates apply to a GAS dossier
    const auto catalogue = LetterCatalogue::load();
    REQUIRE(catalogue.ok());
    int gasTemplates = 0;
    for (const LetterTemplate& tpl : catalogue.value().all())
        gasTemplates += tpl.kinds.contains(QStringLiteral("gas")) ? 1 : 0;
    CHECK(dialog->templateCount() == gasTemplates);
    dialog->close();
}
