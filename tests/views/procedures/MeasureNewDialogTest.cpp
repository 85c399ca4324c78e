#include "procedures/MeasureNewDialog.h"

#include "common/PersonPicker.h"
#include "core/certificates/CertificateFixture.h"
#include "measures/MeasureService.h"
#include "procedures/GasService.h"
#include "people/PeopleService.h"
#include "procedures/MeasureListModel.h"
#include "procedures/MeasureListPanel.h"
#include "procedures/MeasurePanel.h"
#include "rules/RuleBook.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace regie;

namespace {

struct NewMeasureFixture : test::CertificateFixture
{
    RuleBook book = RuleBook::loadDefault().value();
    PeopleService people{t.db(), t.writes()};
    MeasureService measures{t.db(), t.writes(), t.clock(), book};
    MeasureListPanel panel{measures, t.writes(), t.clock()};

    NewMeasureFixture()
    {
        panel.setParties(people.repository(), s->premises().repository());
        panel.resize(1366, 700);
        panel.show();
    }

    QString addPerson(const char* family)
    {
        Person p;
        p.familyName = QLatin1String(family);
        p.givenNames = QStringLiteral("Jana");
        p.birthDate = QDate(1991, 3, 4);
        auto id = people.add(p);
        REQUIRE(id.ok());
        return *id;
    }

    template <typename T> static T* field(QDialog* dialog, const char* name)
    {
        auto* widget = dialog->findChild<T*>(QLatin1String(name));
        REQUIRE(widget);
        return widget;
    }

    static void save(QDialog* dialog)
    {
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        REQUIRE(buttons);
        buttons->button(QDialogButtonBox::Save)->click();
    }
};

} // namespace

TEST_CASE("a place ban entered in the new-measure dialog is stored and selected in the list",
          "[procedures][views][measures]")
{
    NewMeasureFixture f;
    const QString person = f.addPerson("Verbiest");
    REQUIRE(f.panel.newMeasureAction()->isVisible());
    CHECK(f.panel.newMeasureAction()->shortcut() == QKeySequence(QKeySequence::New));
    MeasureNewDialog* dialog = f.panel.newMeasure();
    REQUIRE(dialog);
    dialog->setKind(QStringLiteral("place-ban"));
    // Only the place ban's fields show: a person, no premises.
    CHECK(f.field<PersonPicker>(dialog, "measureNewPerson")->isVisibleTo(dialog));
    CHECK_FALSE(f.field<QComboBox>(dialog, "measureNewPremises")->isVisibleTo(dialog));
    REQUIRE(dialog->personPicker()->search(QStringLiteral("verbi")) == 1);
    CHECK(dialog->personPicker()->personId() == person);
    f.field<QDateEdit>(dialog, "measureNewDecided")->setDate(QDate(2026, 11, 20));
    // The first day follows the decision until it is changed.
    CHECK(f.field<QDateEdit>(dialog, "measureNewStart")->date() == QDate(2026, 11, 20));
    f.field<QLineEdit>(dialog, "measureNewPerimeter")->setText(QStringLiteral("Schippersstraat"));
    f.field<QCheckBox>(dialog, "measureNewHearingKnown")->setChecked(true);
    f.field<QDateEdit>(dialog, "measureNewHearing")->setDate(QDate(2026, 11, 18));
    f.field<QPlainTextEdit>(dialog, "measureNewReason")
        ->setPlainText(QStringLiteral("NGW art. 134sexies; repeated soliciting"));
    f.save(dialog);
    CHECK(dialog->errorText().isEmpty());
    CHECK(dialog->result() == QDialog::Accepted);

    REQUIRE(f.t.count(QStringLiteral("measures")) == 1);
    auto stored = f.measures.repository().find({});
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    const Measure& m = stored->first();
    CHECK(m.kind == QLatin1String("place-ban"));
    CHECK(m.personId == person);
    CHECK(m.hearingDate == QDate(2026, 11, 18));
    CHECK(m.endDate == QDate(2026, 12, 19)); // one month from 20 November, minus one day
    CHECK(m.reason.contains(QLatin1String("134sexies")));
    // The list shows it and selects it; the measure is open beside the list.
    CHECK(f.panel.measure()->measureId() == m.id);
    const QModelIndex current = f.panel.table()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(f.panel.model()->measureAt(current.row())->id == m.id);
}

TEST_CASE("a refused measure stores nothing and the dialog stays open with the reason",
          "[procedures][views][measures]")
{
    NewMeasureFixture f;
    f.addPerson("Verbiest");
    const QString premises = f.addPremises();
    MeasureNewDialog* dialog = f.panel.newMeasure();
    REQUIRE(dialog);
    dialog->setKind(QStringLiteral("place-ban"));

    SECTION("a place ban without a person is refused before it reaches the service")
    {
        // Two matches: nobody is chosen until the user picks one.
        f.addPerson("Verbruggen");
        REQUIRE(dialog->personPicker()->search(QStringLiteral("verb")) == 2);
        CHECK(dialog->personPicker()->personId().isEmpty());
        f.field<QLineEdit>(dialog, "measureNewPerimeter")->setText(QStringLiteral("Verversrui"));
        f.save(dialog);
        CHECK(dialog->errorText().contains(QLatin1String("person")));
    }
    SECTION("a place ban without a hearing or urgency names the rule")
    {
        REQUIRE(dialog->personPicker()->search(QStringLiteral("Verbiest")) == 1);
        f.field<QLineEdit>(dialog, "measureNewPerimeter")->setText(QStringLiteral("Verversrui"));
        f.save(dialog);
        CHECK(dialog->errorText().contains(QLatin1String("hearing-before-ban")));
        // What was typed is still there to correct.
        CHECK(f.field<QLineEdit>(dialog, "measureNewPerimeter")->text() ==
              QLatin1String("Verversrui"));
    }
    SECTION("a closure for trafficking consulted after the decision names the rule")
    {
        dialog->setKind(QStringLiteral("closure-trafficking"));
        REQUIRE(dialog->setPremises(premises));
        f.field<QDateEdit>(dialog, "measureNewDecided")->setDate(QDate(2026, 11, 10));
        f.field<QDateEdit>(dialog, "measureNewConsulted")->setDate(QDate(2026, 11, 12));
        f.field<QSpinBox>(dialog, "measureNewMonths")->setValue(3);
        f.save(dialog);
        CHECK(dialog->errorText().contains(QLatin1String("consultation-missing")));
    }
    SECTION("a public-order closure longer than the law allows names the rule")
    {
        dialog->setKind(QStringLiteral("closure-public-order"));
        REQUIRE(dialog->setPremises(premises));
        f.field<QSpinBox>(dialog, "measureNewMonths")->setValue(4);
        f.save(dialog);
        CHECK(dialog->errorText().contains(QLatin1String("duration-above-maximum")));
    }
    CHECK(dialog->isVisible());
    CHECK(dialog->result() != QDialog::Accepted);
    CHECK(f.t.count(QStringLiteral("measures")) == 0);
    dialog->close();
}

TEST_CASE("a closure for public-order disturbance is stored against the chosen premises",
          "[procedures][views][measures]")
{
    NewMeasureFixture f;
    const QString premises = f.addPremises(QStringLiteral("Verversrui"), QStringLiteral("7"));
    MeasureNewDialog* dialog = f.panel.newMeasure();
    REQUIRE(dialog);
    dialog->setKind(QStringLiteral("closure-public-order"));
    CHECK_FALSE(f.field<PersonPicker>(dialog, "measureNewPerson")->isVisibleTo(dialog));
    REQUIRE(dialog->setPremises(premises));
    f.field<QDateEdit>(dialog, "measureNewDecided")->setDate(QDate(2026, 11, 2));
    f.field<QSpinBox>(dialog, "measureNewMonths")->setValue(2);
    f.field<QCheckBox>(dialog, "measureNewConfirmedKnown")->setChecked(true);
    f.field<QDateEdit>(dialog, "measureNewConfirmed")->setDate(QDate(2026, 11, 9));
    f.save(dialog);
    INFO(dialog->errorText().toStdString());
    REQUIRE(f.t.count(QStringLiteral("measures")) == 1);
    auto stored = f.measures.repository().find({});
    REQUIRE(stored.ok());
    CHECK(stored->first().premisesId == premises);
    CHECK(stored->first().personId.isEmpty());
    CHECK(stored->first().confirmationDate == QDate(2026, 11, 9));
    CHECK(stored->first().endDate == QDate(2027, 1, 1));
}

TEST_CASE("a new measure can name the GAS dossier it follows on, and a wrong number is refused",
          "[procedures][views][measures]")
{
    NewMeasureFixture f;
    GasService gas{f.t.db(), f.t.writes(), f.t.clock(), f.book};
    const QString person = f.addPerson("Verbiest");
    GasIntake in;
    in.personId = person;
    in.factsDate = QDate(2026, 11, 2);
    in.receivedDate = QDate(2026, 11, 3);
    in.intendedFine = 150.0;
    in.offenceCode = QStringLiteral("SOLICIT-OUTSIDE-ZONE");
    in.reportNumber = QStringLiteral("AN.55.L3.01234/26");
    in.place = QStringLiteral("Schippersstraat 12");
    auto dossier = gas.intake(in);
    REQUIRE(dossier.ok());
    f.panel.setGasDossiers(gas.repository());

    MeasureNewDialog* dialog = f.panel.newMeasure();
    REQUIRE(dialog);
    REQUIRE(dialog->gasField());
    dialog->setKind(QStringLiteral("place-ban"));
    REQUIRE(dialog->personPicker()->search(QStringLiteral("verbi")) == 1);
    f.field<QDateEdit>(dialog, "measureNewDecided")->setDate(QDate(2026, 11, 20));
    f.field<QLineEdit>(dialog, "measureNewPerimeter")->setText(QStringLiteral("Schippersstraat"));
    f.field<QCheckBox>(dialog, "measureNewHearingKnown")->setChecked(true);
    f.field<QDateEdit>(dialog, "measureNewHearing")->setDate(QDate(2026, 11, 18));
    f.field<QPlainTextEdit>(dialog, "measureNewReason")
        ->setPlainText(QStringLiteral("NGW art. 134sexies"));

    dialog->gasField()->setText(QStringLiteral("GAS/2026/XX/9999"));
    f.save(dialog);
    CHECK(dialog->errorText().contains(QStringLiteral("GAS/2026/XX/9999")));
    CHECK(dialog->result() != QDialog::Accepted);
    CHECK(f.t.count(QStringLiteral("measures")) == 0);

    dialog->gasField()->setText(dossier->number);
    f.save(dialog);
    CHECK(dialog->errorText().isEmpty());
    auto stored = f.measures.repository().find({});
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().gasDossierId == dossier->id);
}
