#include "CertificateViewsFixture.h"
#include "certificates/DossierView.h"
#include "certificates/FormDialog.h"
#include "certificates/HolderDialog.h"
#include "certificates/HoldersPanel.h"
#include "certificates/NewPersonDialog.h"
#include "certificates/PremisesPage.h"
#include "people/PeopleService.h"
#include "premises/WindowRegister.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace regie;

namespace {

struct HolderFixture : test::CertificateViewsFixture
{
    PeopleService people{t.db(), t.writes()};

    QString person(const QString& family, const QString& given, const QString& number = {})
    {
        Person p;
        p.familyName = family;
        p.givenNames = given;
        p.nationalNumber = number;
        auto id = people.add(p);
        REQUIRE(id.ok());
        return id.value();
    }
    QVector<PremisesHolder> stored(const QString& premises)
    {
        auto holders = s->premises().repository().holders(premises);
        REQUIRE(holders.ok());
        return holders.value();
    }
};

void choose(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("a holder role is added and ended from the dossier and stored", "[certificates][views]")
{
    HolderFixture f;
    const QString premises = f.addPremises();
    const QString jan = f.person(QStringLiteral("Peeters"), QStringLiteral("Jan"),
                                 QStringLiteral("85073003328"));
    PremisesPage page(*f.s, f.t.writes(), f.t.clock());
    page.setRegisters(&f.people, nullptr, nullptr);
    page.resize(1366, 768);
    page.show();
    REQUIRE(page.openPremises(premises));
    HoldersPanel* panel = page.dossier()->holders();
    CHECK(f.find<QLabel>(panel, QStringLiteral("holdersSummary"))
              ->text()
              .contains(QStringLiteral("No holder recorded")));

    QPointer<HolderDialog> dialog = panel->addRole();
    REQUIRE(dialog);
    f.find<QLineEdit>(dialog, QStringLiteral("holderPersonSearch"))
        ->setText(QStringLiteral("peeters"));
    dialog->suggestPeople();
    auto* person = f.find<QComboBox>(dialog, QStringLiteral("holderPerson"));
    REQUIRE(person->count() == 1);
    person->setCurrentIndex(0);
    CHECK(f.find<QLabel>(dialog, QStringLiteral("holderIdentifier"))
              ->text()
              .contains(QStringLiteral("85.07.30-033.28")));
    choose(f.find<QComboBox>(dialog, QStringLiteral("holderRole")), QStringLiteral("main-holder"));
    f.find<QDateEdit>(dialog, QStringLiteral("holderFrom"))->setDate(QDate(2026, 1, 1));
    dialog->accept();
    CHECK(dialog->errorText().isEmpty());
    CHECK(dialog->isHidden());

    QVector<PremisesHolder> holders = f.stored(premises);
    REQUIRE(holders.size() == 1);
    CHECK(holders.at(0).personId == jan);
    CHECK(holders.at(0).role == PremisesHolder::Role::MainHolder);
    CHECK(holders.at(0).begins == QDate(2026, 1, 1));
    CHECK_FALSE(holders.at(0).ends.isValid());
    REQUIRE(panel->table()->rowCount() == 1);
    CHECK(panel->table()->item(0, 0)->text() == QStringLiteral("Peeters, Jan"));
    CHECK(panel->table()->item(0, 2)->text().contains(QStringLiteral("85.07.30-033.28")));
    CHECK(f.find<QLabel>(panel, QStringLiteral("holdersSummary"))
              ->text()
              .contains(QStringLiteral("Peeters, Jan")));

    // ending the role: the last day is stored, the role shows as ended
    panel->table()->selectRow(0);
    QPointer<FormDialog> end = panel->endRole();
    REQUIRE(end);
    f.find<QDateEdit>(end, QStringLiteral("holderEnds"))->setDate(QDate(2026, 11, 27));
    end->accept();
    CHECK(end->errorText().isEmpty());
    holders = f.stored(premises);
    REQUIRE(holders.size() == 1);
    CHECK(holders.at(0).ends == QDate(2026, 11, 27));
    CHECK(panel->table()->item(0, 1)->text().contains(QStringLiteral("ended")));
    CHECK(f.find<QLabel>(panel, QStringLiteral("holdersSummary"))
              ->text()
              .contains(QStringLiteral("No main holder")));
    panel->table()->selectRow(0);
    CHECK_FALSE(f.find<QPushButton>(panel, QStringLiteral("endHolderButton"))->isEnabled());
}

TEST_CASE("a refused holder role shows why and stores nothing", "[certificates][views]")
{
    HolderFixture f;
    const QString premises = f.addPremises();
    const QString jan = f.person(QStringLiteral("Peeters"), QStringLiteral("Jan"));
    const QString marie = f.person(QStringLiteral("Janssens"), QStringLiteral("Marie"));
    REQUIRE(f.s->premises()
                .addHolder({{}, premises, jan, {}, PremisesHolder::Role::MainHolder,
                            QDate(2026, 1, 1), {}})
                .ok());
    PremisesPage page(*f.s, f.t.writes(), f.t.clock());
    page.setRegisters(&f.people, nullptr, nullptr);
    page.show();
    REQUIRE(page.openPremises(premises));
    HoldersPanel* panel = page.dossier()->holders();

    // a second main holder at the same time
    QPointer<HolderDialog> dialog = panel->addRole();
    REQUIRE(dialog);
    CHECK_FALSE(dialog->submit()); // no person chosen yet
    CHECK(dialog->errorText().contains(QStringLiteral("Choose the person")));
    dialog->setPerson(marie, QStringLiteral("Janssens, Marie"));
    choose(f.find<QComboBox>(dialog, QStringLiteral("holderRole")), QStringLiteral("main-holder"));
    f.find<QDateEdit>(dialog, QStringLiteral("holderFrom"))->setDate(QDate(2026, 6, 1));
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText().contains(QStringLiteral("main holder")));
    CHECK(dialog->errorText().contains(QStringLiteral("Peeters, Jan")));
    CHECK(f.stored(premises).size() == 1);

    // a role that ends before it begins
    choose(f.find<QComboBox>(dialog, QStringLiteral("holderRole")), QStringLiteral("manager"));
    f.find<QCheckBox>(dialog, QStringLiteral("holderHasUntil"))->setChecked(true);
    f.find<QDateEdit>(dialog, QStringLiteral("holderUntil"))->setDate(QDate(2026, 5, 1));
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText().contains(QStringLiteral("ends before it begins")));
    CHECK(f.stored(premises).size() == 1);
    CHECK(panel->table()->rowCount() == 1);

    // corrected, the manager role is stored
    f.find<QDateEdit>(dialog, QStringLiteral("holderUntil"))->setDate(QDate(2026, 12, 31));
    dialog->accept();
    CHECK(dialog->isHidden());
    CHECK(f.stored(premises).size() == 2);
    CHECK(panel->table()->rowCount() == 2);
}

TEST_CASE("a person created from the holder dialog is validated and then chosen",
          "[certificates][views]")
{
    HolderFixture f;
    NewPersonDialog dialog(f.people);
    dialog.show();
    CHECK_FALSE(f.find<QPushButton>(&dialog, QStringLiteral("deletePersonButton"))->isVisible());
    f.find<QLineEdit>(&dialog, QStringLiteral("familyNameEdit"))->setText(QStringLiteral("Maes"));
    auto* number = f.find<QLineEdit>(&dialog, QStringLiteral("nationalNumberEdit"));
    QTest::keyClicks(number, QStringLiteral("85.07.30-033.29")); // wrong check digits
    QTest::mouseClick(f.find<QPushButton>(&dialog, QStringLiteral("savePersonButton")),
                      Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.personId().isEmpty());
    CHECK(f.t.count(QStringLiteral("persons")) == 0);
    number->clear();
    QTest::keyClicks(number, QStringLiteral("85.07.30-033.28"));
    QTest::mouseClick(f.find<QPushButton>(&dialog, QStringLiteral("savePersonButton")),
                      Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE_FALSE(dialog.personId().isEmpty());
    CHECK(f.people.repository().get(dialog.personId())->nationalNumber ==
          QStringLiteral("85073003328"));
}
