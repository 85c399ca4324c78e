#include "certificates/PremisesPage.h"

#include "CertificateViewsFixture.h"
#include "certificates/DossierView.h"
#include "certificates/FormDialog.h"
#include "premises/PremisesListModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace regie;

TEST_CASE("the dossier names missing and stale documents and blocks the decision",
          "[certificates][views]")
{
    test::CertificateViewsFixture f;
    const QString premises = f.addPremises();
    auto dossier = f.s->certificates().apply(premises, QDate(2026, 11, 20));
    REQUIRE(dossier.ok());
    REQUIRE(f.s->certificates()
                .addDocument(dossier.value(),
                             {{}, QStringLiteral("criminal-record"), QDate(2026, 9, 1), {}})
                .ok());
    PremisesPage page(*f.s, f.t.writes(), f.t.clock());
    page.resize(1366, 768);
    page.show();
    REQUIRE(page.openPremises(premises));

    auto* blockers = f.find<QLabel>(&page, QStringLiteral("decisionBlockers"));
    CHECK(blockers->isVisible());
    const QString text = blockers->text();
    CHECK(text.contains(QStringLiteral("Copy of identity card is missing")));
    CHECK(text.contains(QStringLiteral("Criminal-record extract dated")));
    CHECK(text.contains(QStringLiteral("older than 1 month")));
    CHECK(text.contains(QStringLiteral("Morality")));
    auto* decide = f.find<QPushButton>(&page, QStringLiteral("decideButton"));
    CHECK_FALSE(decide->isEnabled());
    CHECK(decide->toolTip().contains(QStringLiteral("Copy of identity card is missing")));
    CHECK(f.find<QLabel>(&page, QStringLiteral("dossierStatus"))->text() ==
          QStringLiteral("Applied"));
    CHECK(page.dossier()->bodyText().contains(QStringLiteral("History")));

    // once everything is in, the decision is allowed and the list follows the write path
    for (const QString& kind : CertificateKinds::documentKinds())
        REQUIRE(f.s->certificates()
                    .addDocument(dossier.value(), {{}, kind, QDate(2026, 11, 18), {}})
                    .ok());
    for (const QString& kind : CertificateKinds::checkKinds())
        REQUIRE(f.s->certificates()
                    .addCheck(dossier.value(),
                              {{}, kind, QDate(2026, 11, 21), QStringLiteral("A"), true, {}})
                    .ok());
    page.dossier()->reload();
    CHECK_FALSE(blockers->isVisible());
    CHECK(decide->isEnabled());
    REQUIRE(f.s->certificates()
                .decide(dossier.value(), {QStringLiteral("granted"), QDate(2026, 11, 25), {}, {}})
                .ok());
    const int row = page.model()->rowOf(premises);
    CHECK(page.model()->index(row, PremisesListModel::StatusColumn).data().toString() ==
          QStringLiteral("Granted"));
}

TEST_CASE("the premises list sorts by column and shows what to do when empty",
          "[certificates][views]")
{
    test::CertificateViewsFixture f;
    PremisesPage page(*f.s, f.t.writes(), f.t.clock());
    page.show();
    CHECK(f.find<QLabel>(&page, QStringLiteral("premisesEmptyState"))
              ->text()
              .contains(QStringLiteral("Ctrl+N")));
    f.addPremises(QStringLiteral("3"), 4);
    f.addPremises(QStringLiteral("1"), 1);
    auto* table = f.find<QTableView>(&page, QStringLiteral("premisesTable"));
    REQUIRE(table->model()->rowCount() == 2);
    table->sortByColumn(PremisesListModel::WindowsColumn, Qt::DescendingOrder);
    CHECK(table->model()->index(0, PremisesListModel::AddressColumn).data().toString() ==
          QStringLiteral("Schippersstraat 3"));
    table->sortByColumn(PremisesListModel::AddressColumn, Qt::AscendingOrder);
    CHECK(table->model()->index(0, PremisesListModel::AddressColumn).data().toString() ==
          QStringLiteral("Schippersstraat 1"));
}

TEST_CASE("a new premises outside the tolerated zone is refused in the dialog with the reason",
          "[certificates][views]")
{
    test::CertificateViewsFixture f;
    PremisesPage page(*f.s, f.t.writes(), f.t.clock());
    page.show();
    QString shown;
    bool stayedOpen = false;
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, [&, poll] {
        auto* dialog = qobject_cast<FormDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        auto* street = dialog->findChild<QComboBox*>();
        street->setEditText(QStringLiteral("Kerkstraat"));
        dialog->findChildren<QLineEdit*>().at(1)->setText(QStringLiteral("4")); // number
        dialog->accept();
        shown = dialog->errorText();
        stayedOpen = dialog->isVisible();
        dialog->reject();
    });
    poll->start(10);
    page.findChild<QAction*>(QStringLiteral("newPremisesAction"))->trigger();
    CHECK(stayedOpen);
    CHECK(shown.contains(QStringLiteral("Kerkstraat")));
    CHECK(shown.contains(QStringLiteral("Schippersstraat")));
    CHECK(f.t.count(QStringLiteral("premises")) == 0);
}

TEST_CASE("a conditional grant from the decision dialog stores its conditions with due dates",
          "[certificates][views]")
{
    test::CertificateViewsFixture f;
    const QString premises = f.addPremises();
    auto dossier = f.s->certificates().apply(premises, QDate(2026, 11, 20));
    REQUIRE(dossier.ok());
    for (const QString& kind : CertificateKinds::documentKinds())
        REQUIRE(f.s->certificates()
                    .addDocument(dossier.value(), {{}, kind, QDate(2026, 11, 18), {}})
                    .ok());
    for (const QString& kind : CertificateKinds::checkKinds())
        REQUIRE(f.s->certificates()
                    .addCheck(dossier.value(),
                              {{}, kind, QDate(2026, 11, 21), QStringLiteral("A"), true, {}})
                    .ok());
    PremisesPage page(*f.s, f.t.writes(), f.t.clock());
    page.resize(1366, 768);
    page.show();
    REQUIRE(page.openPremises(premises));
    auto* decide = f.find<QPushButton>(&page, QStringLiteral("decideButton"));
    REQUIRE(decide->isEnabled());

    QString firstError;
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, [&, poll] {
        auto* dialog = qobject_cast<FormDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        auto* outcome = dialog->findChildren<QComboBox*>().at(0);
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("granted-with-conditions")));
        dialog->accept(); // the condition row is still empty: refused, dialog stays
        firstError = dialog->errorText();
        auto* text = dialog->findChild<QLineEdit*>(QString(), Qt::FindChildrenRecursively);
        for (QLineEdit* edit : dialog->findChildren<QLineEdit*>()) {
            if (edit->placeholderText() == QStringLiteral("What must be done"))
                text = edit;
        }
        text->setText(QStringLiteral("Install a panic button in window 2"));
        dialog->accept();
    });
    poll->start(10);
    QTest::mouseClick(decide, Qt::LeftButton);
    CHECK_FALSE(firstError.isEmpty());
    auto stored = f.s->certificates().repository().find(dossier.value());
    REQUIRE(stored.ok());
    REQUIRE(stored->decision());
    CHECK(stored->decision()->outcome == QStringLiteral("granted-with-conditions"));
    REQUIRE(stored->conditions.size() == 1);
    CHECK(stored->conditions.at(0).dueDate == QDate(2027, 2, 28)); // three months by default
    CHECK(f.find<QLabel>(&page, QStringLiteral("dossierStatus"))->text() ==
          QStringLiteral("Granted with conditions"));
    CHECK(page.dossier()->bodyText().contains(QStringLiteral("Install a panic button")));
    CHECK_FALSE(decide->isEnabled());
    CHECK(f.find<QPushButton>(&page, QStringLiteral("conditionMetButton"))->isEnabled());
}

TEST_CASE("the dossier asks for an inspection for its open application", "[certificates][views]")
{
    test::CertificateViewsFixture f;
    const QString premises = f.addPremises();
    auto dossier = f.s->certificates().apply(premises, QDate(2026, 11, 20));
    REQUIRE(dossier.ok());
    PremisesPage page(*f.s, f.t.writes(), f.t.clock());
    page.show();
    REQUIRE(page.openPremises(premises));
    QStringList asked;
    QObject::connect(&page, &PremisesPage::inspectionRequested,
                     [&](const QString& p, const QString& d) { asked << p << d; });
    QTest::mouseClick(f.find<QPushButton>(&page, QStringLiteral("inspectButton")), Qt::LeftButton);
    CHECK(asked == QStringList{premises, dossier.value()});
}
