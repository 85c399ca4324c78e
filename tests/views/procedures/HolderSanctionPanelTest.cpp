#include "core/certificates/CertificateFixture.h"
#include "sanctions/HolderSanctionPanel.h"
#include "sanctions/HolderSanctionService.h"
#include "sanctions/HolderSanctionStepDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace regie;

TEST_CASE("the holder-sanction tab lists dossiers and records a step or shows why not",
          "[sanctions][views]")
{
    test::CertificateFixture f;
    const QString premises = f.addPremises();
    RuleBook rules = RuleBook::loadDefault().value();
    HolderSanctionService service(f.t.db(), f.t.writes(), f.t.clock(), rules,
                                  f.s->certificates());
    HolderSanctionEvent finding;
    finding.type = QStringLiteral("finding");
    finding.date = QDate(2026, 9, 1);
    finding.reportNumber = QStringLiteral("AN.55.L1.010203/2026");
    auto dossier = service.open(premises, finding);
    REQUIRE(dossier.ok());

    HolderSanctionPanel panel(service, nullptr, f.t.clock());
    REQUIRE(panel.list()->topLevelItemCount() == 1);
    REQUIRE(panel.openDossier(dossier->number));
    CHECK(panel.steps()->topLevelItemCount() == 1);

    // A hearing invitation before any warning is refused in the dialog; nothing is stored.
    HolderSanctionStepDialog* dialog = panel.recordStep();
    REQUIRE(dialog);
    auto* type = dialog->findChild<QComboBox*>(QStringLiteral("stepType"));
    type->setCurrentIndex(type->findData(QStringLiteral("hearing-invitation")));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("stepError"));
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().contains(QStringLiteral("warning")));
    CHECK(f.t.count(QStringLiteral("holder_sanction_events")) == 1);

    // The warning letter is recorded and the list shows the new phase.
    type->setCurrentIndex(type->findData(QStringLiteral("warning-letter")));
    dialog->findChild<QDateEdit*>(QStringLiteral("stepDate"))->setDate(QDate(2026, 9, 10));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    CHECK(f.t.count(QStringLiteral("holder_sanction_events")) == 2);
    CHECK(panel.steps()->topLevelItemCount() == 2);
    CHECK(panel.list()->topLevelItem(0)->text(3) ==
          HolderSanctionStepDialog::phaseLabel(QStringLiteral("warned")));
}

TEST_CASE("the holder-sanction list names the premises of each dossier", "[sanctions][views]")
{
    test::CertificateFixture f;
    const QString premises = f.addPremises(QStringLiteral("Verversrui"), QStringLiteral("7"));
    RuleBook rules = RuleBook::loadDefault().value();
    HolderSanctionService service(f.t.db(), f.t.writes(), f.t.clock(), rules,
                                  f.s->certificates());
    HolderSanctionEvent finding;
    finding.type = QStringLiteral("finding");
    finding.date = QDate(2026, 9, 1);
    finding.reportNumber = QStringLiteral("AN.55.L1.010203/2026");
    REQUIRE(service.open(premises, finding).ok());

    HolderSanctionPanel panel(service, nullptr, f.t.clock());
    panel.setPremises(&f.s->premises().repository());
    REQUIRE(panel.list()->topLevelItemCount() == 1);
    CHECK(panel.list()->headerItem()->text(1) == HolderSanctionPanel::tr("Premises"));
    CHECK(panel.list()->topLevelItem(0)->text(1) == QLatin1String("Verversrui 7"));
    // Every column is as wide as its text: the phase is not cut off.
    panel.resize(1200, 600);
    panel.show();
    const int phaseWidth = panel.list()->fontMetrics().horizontalAdvance(
        panel.list()->topLevelItem(0)->text(3));
    CHECK(panel.list()->columnWidth(3) >= phaseWidth);
}
