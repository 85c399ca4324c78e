#include "CertificateViewsFixture.h"
#include "certificates/DossierView.h"
#include "certificates/PremisesPage.h"
#include "certificates/WindowRegisterDialogs.h"
#include "certificates/WindowRegisterPanel.h"
#include "premises/WindowRegister.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>

using namespace regie;

namespace {

struct RegisterViewFixture : test::CertificateViewsFixture
{
    QVector<WindowRegistration> lines(const QString& premises)
    {
        WindowRegister reg(t.db(), t.writes(), t.clock());
        auto list = reg.list(premises);
        REQUIRE(list.ok());
        return list.value();
    }
};

} // namespace

TEST_CASE("a window register line made and corrected in the dialog is stored",
          "[certificates][views]")
{
    RegisterViewFixture f;
    const QString premises = f.addPremises(QStringLiteral("12"), 2);
    PremisesPage page(*f.s, f.t.writes(), f.t.clock());
    page.setRegisters(nullptr,
                      std::make_unique<WindowRegister>(f.t.db(), f.t.writes(), f.t.clock()),
                      nullptr);
    page.resize(1366, 768);
    page.show();
    REQUIRE(page.openPremises(premises));
    WindowRegisterPanel* panel = page.dossier()->windowRegister();
    REQUIRE(panel);
    CHECK(page.dossier()->tabs()->indexOf(panel) >= 0);

    QPointer<WindowRegisterDialog> dialog = panel->addLine();
    REQUIRE(dialog);
    auto* window = f.find<QComboBox>(dialog, QStringLiteral("registerWindow"));
    REQUIRE(window->count() == 2);
    window->setCurrentIndex(window->findData(QStringLiteral("2")));
    // the period defaults to the current month
    CHECK(f.find<QDateEdit>(dialog, QStringLiteral("registerFrom"))->date() == QDate(2026, 11, 1));
    CHECK(f.find<QDateEdit>(dialog, QStringLiteral("registerTo"))->date() == QDate(2026, 11, 30));
    auto* reference = f.find<QLineEdit>(dialog, QStringLiteral("registerReference"));
    reference->setText(QStringLiteral("85.07.30-033.28"));
    CHECK(f.find<QLabel>(dialog, QStringLiteral("registerReferenceHint"))
              ->text()
              .contains(QStringLiteral("national register")));
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->errorText().isEmpty());
    CHECK(f.lines(premises).isEmpty());

    reference->setText(QStringLiteral("W-4471"));
    CHECK(f.find<QLabel>(dialog, QStringLiteral("registerReferenceHint"))
              ->text()
              .startsWith(QStringLiteral("✓")));
    f.find<QCheckBox>(dialog, QStringLiteral("registerRegistered"))->setChecked(true);
    f.find<QLineEdit>(dialog, QStringLiteral("registerSource"))
        ->setText(QStringLiteral("police export 2026-11"));
    dialog->accept();
    CHECK(dialog->isHidden());
    QVector<WindowRegistration> stored = f.lines(premises);
    REQUIRE(stored.size() == 1);
    CHECK(stored.at(0).windowNumber == QStringLiteral("2"));
    CHECK(stored.at(0).workerRef == QStringLiteral("W-4471"));
    CHECK(stored.at(0).registered);
    CHECK_FALSE(stored.at(0).policeValidated);
    CHECK(stored.at(0).source == QStringLiteral("police export 2026-11"));

    // the discrepancy is visible in words
    REQUIRE(panel->table()->rowCount() == 1);
    CHECK(panel->table()->item(0, 4)->text() == QStringLiteral("⚠ No"));
    // its source is on the line's tooltip (the table keeps to the dossier pane's width)
    CHECK(panel->table()->item(0, 2)->toolTip().contains(QStringLiteral("police export 2026-11")));
    CHECK(panel->table()->columnCount() == 5);
    CHECK(f.find<QLabel>(panel, QStringLiteral("registerSummary"))
              ->text()
              .contains(QStringLiteral("not validated")));

    // corrected: the police validated it
    panel->table()->selectRow(0);
    QPointer<WindowRegisterDialog> edit = panel->editLine();
    REQUIRE(edit);
    CHECK_FALSE(f.find<QComboBox>(edit, QStringLiteral("registerWindow"))->isEnabled());
    CHECK(f.find<QLineEdit>(edit, QStringLiteral("registerReference"))->text() ==
          QStringLiteral("W-4471"));
    f.find<QCheckBox>(edit, QStringLiteral("registerValidated"))->setChecked(true);
    edit->accept();
    CHECK(edit->errorText().isEmpty());
    stored = f.lines(premises);
    REQUIRE(stored.size() == 1);
    CHECK(stored.at(0).policeValidated);
    CHECK(panel->table()->item(0, 4)->text() == QStringLiteral("Yes"));
    CHECK(f.find<QLabel>(panel, QStringLiteral("registerSummary"))
              ->text()
              .contains(QStringLiteral("Every line")));
}

TEST_CASE("a register check at an inspection makes a draft finding shown with the register",
          "[certificates][views]")
{
    RegisterViewFixture f;
    const QString premises = f.addPremises(QStringLiteral("12"), 2);
    PremisesPage page(*f.s, f.t.writes(), f.t.clock());
    page.setRegisters(nullptr,
                      std::make_unique<WindowRegister>(f.t.db(), f.t.writes(), f.t.clock()),
                      nullptr);
    page.show();
    REQUIRE(page.openPremises(premises));
    WindowRegisterPanel* panel = page.dossier()->windowRegister();
    REQUIRE(panel);
    // no inspection yet: nothing to check against
    CHECK_FALSE(f.find<QPushButton>(panel, QStringLiteral("checkRegisterButton"))->isEnabled());
    CHECK(panel->checkAtInspection() == nullptr);

    f.addInspection(premises);
    panel->reload();
    QPointer<RegisterCheckDialog> dialog = panel->checkAtInspection();
    REQUIRE(dialog);
    auto* window = f.find<QComboBox>(dialog, QStringLiteral("checkWindow"));
    window->setCurrentIndex(window->findData(QStringLiteral("1")));
    f.find<QLineEdit>(dialog, QStringLiteral("checkReference"))->setText(QStringLiteral("W-9999"));
    REQUIRE(dialog->check());
    CHECK(dialog->resultText().contains(QStringLiteral("Not conform")));
    CHECK(f.t.count(QStringLiteral("findings")) == 1);
    REQUIRE(panel->findings()->rowCount() == 1);
    CHECK(panel->findings()->item(0, 1)->text() == QStringLiteral("1"));
    CHECK(panel->findings()->item(0, 2)->text().contains(QStringLiteral("not pre-registered")));

    // a name instead of a reference is refused and makes no finding
    f.find<QLineEdit>(dialog, QStringLiteral("checkReference"))->setText(QStringLiteral("Jane Doe"));
    CHECK_FALSE(dialog->check());
    CHECK(f.t.count(QStringLiteral("findings")) == 1);
}
