#include "CertificateViewsFixture.h"
#include "certificates/WindowRegisterDialogs.h"
#include "inspections/FieldModeView.h"
#include "inspections/InspectionsPage.h"
#include "premises/WindowRegister.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

using namespace regie;

TEST_CASE("field mode checks a worker against the window register at the window being answered",
          "[inspections][views]")
{
    test::CertificateViewsFixture f;
    const QString premises = f.addPremises(QStringLiteral("12"), 2);
    const QString inspection = f.addInspection(premises); // 2026-11-27
    WindowRegister reg(f.t.db(), f.t.writes(), f.t.clock());
    WindowRegistration line;
    line.from = QDate(2026, 11, 1);
    line.to = QDate(2026, 11, 30);
    line.workerRef = QStringLiteral("W-4471");
    line.registered = true;
    line.policeValidated = true;
    REQUIRE(reg.record(premises, QStringLiteral("2"), line).ok());

    InspectionsPage page(*f.s, f.t.writes(), f.t.clock());
    page.resize(1366, 768);
    page.show();
    REQUIRE(page.openInspection(inspection));
    FieldModeView* field = page.fieldMode();
    auto* button = f.find<QPushButton>(field, QStringLiteral("fieldRegisterCheckButton"));
    CHECK_FALSE(button->isVisible()); // no register: no button
    CHECK(field->checkRegister() == nullptr);
    field->setWindowRegister(&reg);
    CHECK(button->isVisible());

    REQUIRE(field->setWindow(QStringLiteral("2")));
    QPointer<RegisterCheckDialog> dialog = field->checkRegister();
    REQUIRE(dialog);
    CHECK(f.find<QComboBox>(dialog, QStringLiteral("checkWindow"))->currentData().toString() ==
          QStringLiteral("2"));
    auto* reference = f.find<QLineEdit>(dialog, QStringLiteral("checkReference"));
    reference->setText(QStringLiteral("W-4471"));
    REQUIRE(dialog->check());
    CHECK(dialog->resultText().contains(QStringLiteral("registered and validated")));
    CHECK(f.t.count(QStringLiteral("findings")) == 0);

    // a worker without a line for this window: a draft finding of this inspection
    reference->setText(QStringLiteral("W-0001"));
    REQUIRE(dialog->check());
    CHECK(dialog->resultText().contains(QStringLiteral("Not conform")));
    CHECK(f.t.count(QStringLiteral("findings"),
                    QStringLiteral("inspection_id = '%1' AND window_number = '2'").arg(inspection)) ==
          1);
    CHECK(f.find<QLabel>(field, QStringLiteral("fieldMessage"))
              ->text()
              .contains(QStringLiteral("draft finding")));
}
