#include "../../core/calendar/FakeTranslator.h"
#include "../../core/premises/RegisterFindingDutch.h"
#include "CertificateViewsFixture.h"
#include "certificates/DossierView.h"
#include "certificates/PremisesPage.h"
#include "certificates/WindowRegisterDialogs.h"
#include "certificates/WindowRegisterPanel.h"
#include "premises/WindowRegister.h"
#include "sanctions/HolderSanctionService.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QTableWidget>

using namespace regie;

namespace {

QHash<QString, QString> dutch()
{
    QHash<QString, QString> texts = test::dutchRegisterTexts();
    texts.insert(QStringLiteral("regie::WindowRegisterPanel|Draft"), QStringLiteral("Ontwerp"));
    texts.insert(QStringLiteral("regie::WindowRegisterPanel|In a sanction dossier"),
                 QStringLiteral("In een sanctiedossier"));
    return texts;
}

} // namespace

TEST_CASE("in Dutch the register check and its findings, old and new, read in Dutch",
          "[certificates][views][translation]")
{
    const test::FakeTranslator translator(dutch());
    test::CertificateViewsFixture f;
    const QString premises = f.addPremises(QStringLiteral("12"), 2);
    const QString inspection = f.addInspection(premises);
    // A finding as an earlier version wrote it (or as it arrives from another installation):
    // only the English sentence.
    ChangeSet cs(QStringLiteral("test.finding"));
    const QString old = cs.create(QStringLiteral("findings"),
              {{QStringLiteral("inspection_id"), inspection},
               {QStringLiteral("premises_id"), premises},
               {QStringLiteral("item_code"), QStringLiteral("window-register")},
               {QStringLiteral("window_number"), QStringLiteral("2")},
               {QStringLiteral("description"),
                QStringLiteral("worker not pre-registered: RT-4100 is in the register for window "
                               "2 but not registered")},
               {QStringLiteral("status"), QStringLiteral("draft")}});
    REQUIRE(f.t.writes().apply(cs).ok());

    PremisesPage page(*f.s, f.t.writes(), f.t.clock());
    page.setRegisters(nullptr,
                      std::make_unique<WindowRegister>(f.t.db(), f.t.writes(), f.t.clock()),
                      nullptr);
    page.show();
    REQUIRE(page.openPremises(premises));
    WindowRegisterPanel* panel = page.dossier()->windowRegister();
    REQUIRE(panel);
    REQUIRE(panel->findings()->rowCount() == 1);
    CHECK(panel->findings()->item(0, 2)->text() ==
          QStringLiteral("sekswerker niet vooraf geregistreerd: RT-4100 staat in het register "
                         "voor raam 2 maar is niet geregistreerd"));

    QPointer<RegisterCheckDialog> dialog = panel->checkAtInspection();
    REQUIRE(dialog);
    auto* window = f.find<QComboBox>(dialog, QStringLiteral("checkWindow"));
    window->setCurrentIndex(window->findData(QStringLiteral("1")));
    f.find<QLineEdit>(dialog, QStringLiteral("checkReference"))->setText(QStringLiteral("W-9999"));
    REQUIRE(dialog->check());
    CHECK(dialog->resultText().contains(
        QStringLiteral("geen lijn in het register voor W-9999 aan raam 1 op 2026-11-27")));
    REQUIRE(panel->findings()->rowCount() == 2);
    QStringList shown;
    for (int row = 0; row < 2; ++row)
        shown << panel->findings()->item(row, 2)->text();
    CHECK(shown.contains(QStringLiteral("sekswerker niet vooraf geregistreerd: geen lijn in het "
                                        "register voor W-9999 aan raam 1 op 2026-11-27")));
    // Stored in English all the same (synced, audited, regie-cli).
    CHECK(f.t.count(QStringLiteral("findings"),
                    QStringLiteral("description = 'worker not pre-registered: no entry in the "
                                   "register for W-9999 at window 1 on 2026-11-27'")) == 1);

    // Status in words: the old finding taken into a sanction dossier against the holder.
    RuleBook rules = RuleBook::loadDefault().value();
    HolderSanctionService sanctions(f.t.db(), f.t.writes(), f.t.clock(), rules,
                                    f.s->certificates());
    REQUIRE(sanctions.openFromFinding(old, QDate(2026, 11, 27),
                                      QStringLiteral("AN.55.L1.099999/26"))
                .ok());
    panel->reload();
    QStringList statuses;
    for (int row = 0; row < panel->findings()->rowCount(); ++row)
        statuses << panel->findings()->item(row, 3)->text();
    statuses.sort();
    CHECK(statuses == QStringList{QStringLiteral("In een sanctiedossier"),
                                  QStringLiteral("Ontwerp")});
}
