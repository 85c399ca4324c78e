#include "../certificates/CertificateFixture.h"
#include "letters/LetterService.h"
#include "measures/MeasureService.h"
#include "people/PeopleService.h"
#include "procedures/GasService.h"
#include "sanctions/HolderSanctionService.h"

using namespace regie;

namespace {

// Letters about premises, addressed to the main holder. Today is 2026-11-28.
struct PremisesLetters : test::CertificateFixture
{
    RuleBook book = RuleBook::loadDefault().value();
    GasService gas{t.db(), t.writes(), t.clock(), book};
    MeasureService measures{t.db(), t.writes(), t.clock(), book};
    LetterService letters{t.db(), t.writes(), t.clock(), gas, measures,
                          LetterCatalogue::load().value()};
    QString premises = addPremises(QStringLiteral("Verversrui"), QStringLiteral("5"), 2);

    void addHolder()
    {
        Person p;
        p.familyName = QStringLiteral("Voorbeeldt");
        p.givenNames = QStringLiteral("Sofie");
        p.address = QStringLiteral("Voorbeeldstraat 9\n2000 Antwerpen");
        auto person = PeopleService(t.db(), t.writes()).add(p);
        REQUIRE(person.ok());
        PremisesHolder h;
        h.premisesId = premises;
        h.personId = person.value();
        h.role = PremisesHolder::Role::MainHolder;
        h.begins = QDate(2020, 1, 1);
        REQUIRE(s->premises().addHolder(h).ok());
    }
    Result<FilledLetter> preview(const QString& dossier, const char* templateId,
                                 QJsonObject extra = {})
    {
        return letters.preview({dossier, QLatin1String(templateId), extra});
    }
};

} // namespace

TEST_CASE("a certificate decision letter names the validity and the renewal date", "[letters]")
{
    PremisesLetters f;
    f.addHolder();
    const QString dossier = f.completeDossier(f.premises, QDate(2026, 10, 1));
    f.grant(dossier, QDate(2026, 10, 20));
    auto letter = f.preview(dossier, "certificate-decision");
    INFO((letter.ok() ? QString() : letter.error().detail).toStdString());
    REQUIRE(letter.ok());
    CHECK(letter->html.contains(QStringLiteral("Sofie Voorbeeldt")));
    CHECK(letter->html.contains(QStringLiteral("<b>verleend</b>")));
    CHECK(letter->used.value(QStringLiteral("validUntil")).toString() == QStringLiteral("19 oktober 2029"));
    CHECK(letter->used.value(QStringLiteral("renewalDue")).toString() == QStringLiteral("19 juli 2029"));
    // no condition is overdue: the reminder has nothing to say and is refused by name
    auto reminder = f.preview(dossier, "certificate-condition-reminder");
    REQUIRE_FALSE(reminder.ok());
    CHECK(reminder.error().field == QStringLiteral("overdueConditions"));
    // a GAS template does not fit a certificate dossier
    CHECK(f.preview(dossier, "gas-start-letter").error().field == QStringLiteral("template"));
}

TEST_CASE("a letter about premises without a main holder is refused", "[letters]")
{
    PremisesLetters f;
    const QString dossier = f.completeDossier(f.premises, QDate(2026, 10, 1));
    f.grant(dossier, QDate(2026, 10, 20));
    auto letter = f.preview(dossier, "certificate-renewal-reminder");
    REQUIRE_FALSE(letter.ok());
    CHECK(letter.error().field == QStringLiteral("holder"));
}

TEST_CASE("the holder's warning and hearing letters list the findings with their reports",
          "[letters]")
{
    PremisesLetters f;
    f.addHolder();
    HolderSanctionService sanctions(f.t.db(), f.t.writes(), f.t.clock(), f.book,
                                    f.s->certificates());
    HolderSanctionEvent finding;
    finding.type = QStringLiteral("finding");
    finding.date = QDate(2026, 9, 1);
    finding.reportNumber = QStringLiteral("AN.55.L1.010203/2026");
    auto dossier = sanctions.open(f.premises, finding);
    REQUIRE(dossier.ok());
    auto warning = f.preview(dossier->number, "holder-warning-letter");
    REQUIRE(warning.ok());
    CHECK(warning->html.contains(QStringLiteral("1 september 2026 — proces-verbaal AN.55.L1.010203/2026")));
    // the invitation needs the warning's date and the hearing's date and time
    auto early = f.preview(dossier->number, "holder-hearing-invitation");
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().field == QStringLiteral("warningDate"));
}
