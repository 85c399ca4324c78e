#include "letters/LetterCatalogue.h"
#include "letters/LetterFiller.h"

#include <catch2/catch.hpp>

using namespace regie;

TEST_CASE("placeholders are filled and escaped, sections follow their value", "[letters]")
{
    const QString html = QStringLiteral(
        "<p>Dear {{name}},</p>{{#minor}}<p>minor</p>{{/minor}}{{^minor}}<p>adult</p>{{/minor}}"
        "<p>{{address}}</p>");
    QJsonObject data{{QStringLiteral("name"), QStringLiteral("Jan <Peeters> & zn")},
                     {QStringLiteral("minor"), false},
                     {QStringLiteral("address"), QStringLiteral("Straat 1\n2000 Antwerpen")},
                     {QStringLiteral("unused"), QStringLiteral("x")}};
    auto filled = LetterFiller::fill(html, data);
    REQUIRE(filled.ok());
    CHECK(filled->html == QStringLiteral("<p>Dear Jan &lt;Peeters&gt; &amp; zn,</p><p>adult</p>"
                                         "<p>Straat 1<br>2000 Antwerpen</p>"));
    // Only what the template uses is kept with the letter.
    CHECK(filled->used.keys() ==
          QStringList({QStringLiteral("address"), QStringLiteral("minor"), QStringLiteral("name")}));
    data.insert(QStringLiteral("minor"), true);
    CHECK(LetterFiller::fill(html, data)->html.contains(QLatin1String("<p>minor</p>")));
}

TEST_CASE("a placeholder without a value is refused by name", "[letters]")
{
    auto filled = LetterFiller::fill(QStringLiteral("<p>{{name}} owes {{decidedFine}}</p>"),
                                     {{QStringLiteral("name"), QStringLiteral("Jan")}});
    REQUIRE_FALSE(filled.ok());
    CHECK(filled.error().code == ErrorCode::Validation);
    CHECK(filled.error().field == QLatin1String("decidedFine"));
    CHECK(filled.error().detail.contains(QLatin1String("{{decidedFine}}")));
}

TEST_CASE("a malformed placeholder is refused, a value with braces is not", "[letters]")
{
    const QJsonObject data{{QStringLiteral("a"), QStringLiteral("{{b}}")}};
    CHECK_FALSE(LetterFiller::fill(QStringLiteral("<p>{{a}} {{ b }}</p>"), data).ok());
    auto filled = LetterFiller::fill(QStringLiteral("<p>{{a}}</p>"), data);
    REQUIRE(filled.ok());
    CHECK(filled->html == QStringLiteral("<p>{{b}}</p>"));
}

TEST_CASE("the catalogue lists every template with its newest version", "[letters]")
{
    auto catalogue = LetterCatalogue::load();
    INFO((catalogue.ok() ? QString() : catalogue.error().detail).toStdString());
    REQUIRE(catalogue.ok());
    QStringList ids;
    for (const LetterTemplate& t : catalogue->latest()) {
        ids << t.id;
        CHECK_FALSE(t.html.isEmpty());
        CHECK(t.html.contains(QLatin1String("{{dossierNumber}}")));
    }
    for (const char* id : {"gas-start-letter", "hearing-invitation", "gas-decision",
                           "warning-letter", "payment-reminder"})
        CHECK(ids.contains(QLatin1String(id)));
    CHECK(catalogue->find(QStringLiteral("gas-start-letter"))->registered);
    CHECK(catalogue->find(QStringLiteral("gas-start-letter"))->notifies ==
          QLatin1String("start-letter"));
    auto missing = catalogue->find(QStringLiteral("gas-start-letter"), 99);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().detail.contains(QLatin1String("gas-start-letter v99")));
}
