#include "CertificateViewsFixture.h"
#include "certificates/CertificateLettersPanel.h"
#include "certificates/DossierView.h"
#include "certificates/PremisesPage.h"
#include "letters/LetterPrintDialog.h"
#include "letters/LetterRegisterWidget.h"
#include "letters/LetterService.h"
#include "measures/MeasureService.h"
#include "people/PeopleService.h"
#include "premises/WindowRegister.h"
#include "procedures/GasService.h"
#include "rules/RuleBook.h"

#include <QFile>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QTest>

using namespace regie;

namespace {

struct LetterViewFixture : test::CertificateViewsFixture
{
    RuleBook book = RuleBook::loadDefault().value();
    PeopleService people{t.db(), t.writes()};
    GasService gas{t.db(), t.writes(), t.clock(), book};
    MeasureService measures{t.db(), t.writes(), t.clock(), book};
    LetterService letters{t.db(), t.writes(), t.clock(), gas, measures,
                          LetterCatalogue::load().value()};

    // A granted dossier whose premises has a main holder with an address.
    QString grantedDossier(const QString& premises)
    {
        Person p;
        p.familyName = QStringLiteral("Peeters");
        p.givenNames = QStringLiteral("Jan");
        p.address = QStringLiteral("Kerkstraat 1\n2060 Antwerpen");
        auto person = people.add(p);
        REQUIRE(person.ok());
        REQUIRE(s->premises()
                    .addHolder({{}, premises, *person, {}, PremisesHolder::Role::MainHolder,
                                QDate(2026, 1, 1), {}})
                    .ok());
        auto dossier = s->certificates().apply(premises, QDate(2026, 11, 20));
        REQUIRE(dossier.ok());
        for (const QString& kind : CertificateKinds::documentKinds())
            REQUIRE(s->certificates()
                        .addDocument(dossier.value(), {{}, kind, QDate(2026, 11, 18), {}})
                        .ok());
        for (const QString& kind : CertificateKinds::checkKinds())
            REQUIRE(s->certificates()
                        .addCheck(dossier.value(),
                                  {{}, kind, QDate(2026, 11, 21), QStringLiteral("A"), true, {}})
                        .ok());
        REQUIRE(s->certificates()
                    .decide(dossier.value(),
                            {QStringLiteral("granted"), QDate(2026, 11, 25), {}, {}})
                    .ok());
        return dossier.value();
    }
};

} // namespace

TEST_CASE("a certificate decision letter is made from the dossier view and listed",
          "[certificates][views][letters]")
{
    LetterViewFixture f;
    const QString premises = f.addPremises();
    const QString dossier = f.grantedDossier(premises);
    PremisesPage page(*f.s, f.t.writes(), f.t.clock());
    page.setRegisters(&f.people, nullptr, &f.letters);
    page.resize(1366, 768);
    page.show();
    REQUIRE(page.openPremises(premises));
    CertificateLettersPanel* panel = page.dossier()->letters();
    REQUIRE(panel);
    CHECK(panel->letterRegister()->letterCount() == 0);

    auto* button = f.find<QPushButton>(&page, QStringLiteral("certificateLetterButton"));
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(page.dossier()->tabs()->currentWidget() == panel);
    QPointer<LetterPrintDialog> dialog = panel->findChild<LetterPrintDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->templateCount() == 3); // decision, renewal reminder, condition reminder
    dialog->selectTemplate(QStringLiteral("certificate-decision"));
    CHECK(dialog->errorText().isEmpty());
    CHECK(dialog->previewHtml().contains(QStringLiteral("Jan Peeters")));
    const QString path = f.t.dir() + QStringLiteral("/decision.pdf");
    REQUIRE(dialog->saveTo(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("%PDF"));
    dialog->close();

    auto stored = f.letters.list(dossier);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->at(0).templateId == QStringLiteral("certificate-decision"));
    REQUIRE(panel->letterRegister()->letterCount() == 1);
    CHECK(panel->letterRegister()
              ->table()
              ->topLevelItem(0)
              ->text(LetterRegisterWidget::LetterColumn)
              .contains(QStringLiteral("geschiktheidsverklaring")));

    // the stored PDF can be saved again, byte for byte
    REQUIRE(panel->letterRegister()->selectLetter(stored->at(0).id));
    const QString copy = f.t.dir() + QStringLiteral("/copy.pdf");
    REQUIRE(panel->saveCopy(copy));
    QFile copied(copy);
    REQUIRE(copied.open(QIODevice::ReadOnly));
    CHECK(copied.readAll() == f.letters.reprint(stored->at(0).id).value());
}

TEST_CASE("the letter action waits for a dossier", "[certificates][views][letters]")
{
    LetterViewFixture f;
    const QString premises = f.addPremises();
    PremisesPage page(*f.s, f.t.writes(), f.t.clock());
    page.setRegisters(&f.people, nullptr, &f.letters);
    page.show();
    REQUIRE(page.openPremises(premises));
    auto* button = f.find<QPushButton>(&page, QStringLiteral("certificateLetterButton"));
    CHECK_FALSE(button->isEnabled());
    CHECK(page.dossier()->letters()->printLetter() == nullptr);
}
