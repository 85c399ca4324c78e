#include "letters/LetterPdfRenderer.h"
#include "letters/LetterPrintDialog.h"
#include "measures/MeasureService.h"
#include "people/PeopleService.h"
#include "procedures/GasService.h"
#include "rules/RuleBook.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace regie;

namespace {

struct DialogFixture
{
    test::TestDatabase t;
    RuleBook book = RuleBook::loadDefault().value();
    PeopleService people{t.db(), t.writes()};
    GasService gas{t.db(), t.writes(), t.clock(), book};
    MeasureService measures{t.db(), t.writes(), t.clock(), book};
    LetterService letters{t.db(), t.writes(), t.clock(), gas, measures,
                          LetterCatalogue::load().value()};
    LetterPdfRenderer renderer;

    QString dossier()
    {
        Person p;
        p.familyName = QStringLiteral("Peeters");
        p.givenNames = QStringLiteral("Jan");
        p.birthDate = QDate(1990, 5, 1);
        p.address = QStringLiteral("Kerkstraat 1\n2060 Antwerpen");
        auto person = people.add(p);
        REQUIRE(person.ok());
        GasIntake in;
        in.personId = *person;
        in.factsDate = QDate(2026, 11, 2);
        in.receivedDate = QDate(2026, 11, 20);
        in.intendedFine = 150;
        in.offenceCode = QStringLiteral("SOLICIT-OUTSIDE-ZONE");
        in.reportNumber = QStringLiteral("AN.55.L3.01234/26");
        auto made = gas.intake(in);
        REQUIRE(made.ok());
        return made->number;
    }
};

} // namespace

TEST_CASE("the print dialog previews the letter and saves it as a stored PDF", "[letters]")
{
    DialogFixture f;
    const QString number = f.dossier();
    LetterPrintDialog dialog(f.letters, f.renderer, number, QStringLiteral("gas"));
    CHECK(dialog.templateCount() == 5); // the GAS templates, not the measure one
    dialog.selectTemplate(QStringLiteral("gas-start-letter"));
    CHECK(dialog.errorText().isEmpty());
    CHECK(dialog.previewHtml().contains(QLatin1String("Jan Peeters")));
    const QString path = f.t.dir() + QStringLiteral("/letter.pdf");
    REQUIRE(dialog.saveTo(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("%PDF"));
    CHECK(f.t.count(QStringLiteral("letters")) == 1);
}

TEST_CASE("the print dialog names what the dossier lacks and stores nothing", "[letters]")
{
    DialogFixture f;
    const QString number = f.dossier();
    LetterPrintDialog dialog(f.letters, f.renderer, number, QStringLiteral("gas"));
    dialog.selectTemplate(QStringLiteral("gas-decision"));
    CHECK(dialog.errorText().contains(QLatin1String("the decision with its amount")));
    CHECK_FALSE(dialog.saveTo(f.t.dir() + QStringLiteral("/decision.pdf")));
    CHECK(f.t.count(QStringLiteral("letters")) == 0);
}
