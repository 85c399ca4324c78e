// Rule sets as data: the embedded default rules, selection by date of facts, and the loading
// errors (domain-rules.md §2–§4).
#include "rules/GasRules.h"
#include "rules/MeasureRules.h"
#include "rules/RuleBook.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace regie;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

RuleBook defaultBook()
{
    auto book = RuleBook::loadDefault();
    REQUIRE(book.ok());
    return *book;
}

RuleSet setNamed(const RuleBook& book, const char* name)
{
    for (const RuleSet& set : book.ruleSets()) {
        if (set.name == QLatin1String(name))
            return set;
    }
    FAIL("no rule set " << name);
    return {};
}

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

TEST_CASE("The default rule book holds the six rule sets", "[clock][rulebook]")
{
    const RuleBook book = defaultBook();
    QStringList names;
    for (const RuleSet& set : book.ruleSets())
        names << set.name;
    names.sort();
    CHECK(names == QStringList{QStringLiteral("GAS 2014"), QStringLiteral("GAS 2024"),
                               QStringLiteral("Plaatsverbod"),
                               QStringLiteral("Sanctie geschiktheidsverklaring"),
                               QStringLiteral("Sluiting mensenhandel"),
                               QStringLiteral("Sluiting openbare orde")});
    for (const RuleSet& set : book.ruleSets()) {
        for (auto it = set.rules.begin(); it != set.rules.end(); ++it) {
            INFO(set.name.toStdString() << " " << it.key().toStdString());
            CHECK_FALSE(it->basis.trimmed().isEmpty());
            CHECK_FALSE(it->unit.isEmpty());
        }
    }
}

TEST_CASE("GAS 2024 numbers", "[clock][rulebook]")
{
    const RuleSet set = setNamed(defaultBook(), "GAS 2024");
    CHECK(set.procedure == ProcedureKind::GasFine);
    CHECK(set.validFrom == d("2024-01-01"));
    const auto [key, value] = GENERATE(table<const char*, double>({
        {"transmissionMonths", 2},
        {"defenceDays", 15},
        {"hearingThresholdEur", 70},
        {"limitationMonths", 6},
        {"limitationAlternativeMonths", 12},
        {"adultMaxFineEur", 500},
        {"minorMaxFineEur", 175},
        {"minimumAge", 14},
        {"majorityAge", 18},
        {"communityServiceAdultMaxHours", 30},
        {"communityServiceMinorMaxHours", 15},
        {"paymentMonths", 1},
        {"appealMonths", 1},
        {"collectionYears", 5},
        {"repeatWindowMonths", 24},
    }));
    INFO(key);
    const auto actual = set.amount(QLatin1String(key));
    REQUIRE(actual.ok());
    CHECK(*actual == value);
    CHECK(set.flag(QStringLiteral("minorsAlwaysHeard")).value());
    CHECK(set.rules.value(QStringLiteral("adultMaxFineEur"))
              .basis.contains(QStringLiteral("11 december 2023")));
}

TEST_CASE("GAS 2014 differs from GAS 2024 only in the adult maximum", "[clock][rulebook]")
{
    const RuleBook book = defaultBook();
    const RuleSet older = setNamed(book, "GAS 2014");
    const RuleSet newer = setNamed(book, "GAS 2024");
    CHECK(older.validFrom == d("2014-01-01"));
    CHECK(older.rules.keys() == newer.rules.keys());
    for (const QString& key : newer.rules.keys()) {
        INFO(key.toStdString());
        if (key == QLatin1String("adultMaxFineEur"))
            CHECK(older.amount(key).value() == 350);
        else
            CHECK(older.rules.value(key).value == newer.rules.value(key).value);
    }
}

TEST_CASE("Measure and certificate rule sets", "[clock][rulebook]")
{
    const RuleBook book = defaultBook();
    const auto ban = MeasureRules::fromRuleSet(setNamed(book, "Plaatsverbod"));
    REQUIRE(ban.ok());
    CHECK(ban->maxMonths == 1);
    CHECK(ban->maxRenewals == 2);
    CHECK(MeasureRules::fromRuleSet(setNamed(book, "Sluiting mensenhandel"))->maxMonths == 6);
    const auto publicOrder = MeasureRules::fromRuleSet(setNamed(book, "Sluiting openbare orde"));
    CHECK(publicOrder->maxMonths == 3);
    CHECK_FALSE(publicOrder->maxRenewals.has_value());
    const RuleSet certificate = setNamed(book, "Sanctie geschiktheidsverklaring");
    CHECK(certificate.procedure == ProcedureKind::CertificateSanction);
    CHECK(certificate.integer(QStringLiteral("temporaryClosureMaxMonths")).value() == 3);
    CHECK(certificate.integer(QStringLiteral("councilOfStateAppealDays")).value() == 60);
}

TEST_CASE("A procedure uses the rule set valid on its date of facts", "[clock][rulebook]")
{
    const RuleBook book = defaultBook();
    const auto [date, expected] = GENERATE(table<const char*, const char*>({
        {"2014-01-01", "GAS 2014"},
        {"2019-06-15", "GAS 2014"},
        {"2023-12-31", "GAS 2014"},
        {"2024-01-01", "GAS 2024"},
        {"2031-02-03", "GAS 2024"},
    }));
    INFO(date);
    const auto set = book.forProcedure(ProcedureKind::GasFine, d(date));
    REQUIRE(set.ok());
    CHECK(set->name == QLatin1String(expected));
    const auto before = book.forProcedure(ProcedureKind::GasFine, d("2013-12-31"));
    REQUIRE_FALSE(before.ok());
    CHECK(before.error().code == ErrorCode::NotFound);
    CHECK(book.forProcedure(ProcedureKind::PlaceBan, d(date))->name ==
          QLatin1String("Plaatsverbod"));
}

TEST_CASE("A set stays valid until the next one starts", "[clock][rulebook]")
{
    const RuleBook book = defaultBook();
    CHECK(book.validUntil(setNamed(book, "GAS 2014")) == d("2023-12-31"));
    CHECK_FALSE(book.validUntil(setNamed(book, "GAS 2024")).isValid());
    CHECK(book.latest(ProcedureKind::GasFine)->name == QLatin1String("GAS 2024"));
}

TEST_CASE("A newer set (e.g. a database row) takes over from its date", "[clock][rulebook]")
{
    RuleBook book = defaultBook();
    QJsonObject row = setNamed(book, "GAS 2024").toJson();
    row.insert(QStringLiteral("name"), QStringLiteral("GAS 2027"));
    row.insert(QStringLiteral("validFrom"), QStringLiteral("2027-07-01"));
    auto set = RuleSet::fromJson(row);
    REQUIRE(set.ok());
    REQUIRE(book.add(*set).ok());
    CHECK(book.forProcedure(ProcedureKind::GasFine, d("2027-06-30"))->name ==
          QLatin1String("GAS 2024"));
    CHECK(book.forProcedure(ProcedureKind::GasFine, d("2027-07-01"))->name ==
          QLatin1String("GAS 2027"));
    CHECK(book.validUntil(setNamed(book, "GAS 2024")) == d("2027-06-30"));
    const auto duplicate = book.add(*set);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().code == ErrorCode::Conflict);
}

TEST_CASE("Typed GAS rules come from the data", "[clock][rulebook]")
{
    const RuleBook book = defaultBook();
    const auto rules = GasRules::fromRuleSet(setNamed(book, "GAS 2014"));
    REQUIRE(rules.ok());
    CHECK(rules->ruleSetName == QLatin1String("GAS 2014"));
    CHECK(rules->adultMaxFineEur == 350);
    CHECK(rules->defenceDays == 15);
    RuleSet broken = setNamed(book, "GAS 2024");
    broken.rules.remove(QStringLiteral("defenceDays"));
    const auto missing = GasRules::fromRuleSet(broken);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().field == QLatin1String("rules.defenceDays"));
    CHECK_FALSE(GasRules::fromRuleSet(setNamed(book, "Plaatsverbod")).ok());
}

TEST_CASE("Malformed rule data names the field", "[clock][rulebook]")
{
    const auto [json, field] = GENERATE(table<const char*, const char*>({
        {R"({"procedure":"gas-fine","validFrom":"2024-01-01","rules":{}})", "name"},
        {R"({"name":"X","procedure":"gas","validFrom":"2024-01-01","rules":{}})", "procedure"},
        {R"({"name":"X","procedure":"gas-fine","validFrom":"2024-13-01","rules":{}})", "validFrom"},
        {R"({"name":"X","procedure":"gas-fine","validFrom":"2024-01-01","rules":{}})", "rules"},
        {R"({"name":"X","procedure":"gas-fine","validFrom":"2024-01-01",
             "rules":{"defenceDays":{"value":15,"unit":"days"}}})",
         "rules.defenceDays.basis"},
        {R"({"name":"X","procedure":"gas-fine","validFrom":"2024-01-01",
             "rules":{"defenceDays":{"value":"15","unit":"days","basis":"b"}}})",
         "rules.defenceDays.value"},
    }));
    const auto set = RuleSet::fromJson(parse(json));
    REQUIRE_FALSE(set.ok());
    CHECK(set.error().code == ErrorCode::Format);
    CHECK(set.error().field == QLatin1String(field));
}

TEST_CASE("A malformed rule book names the rule set", "[clock][rulebook]")
{
    const auto book = RuleBook::fromJson(QByteArray(R"({"ruleSets":[
        {"name":"A","procedure":"place-ban","validFrom":"2014-01-01",
         "rules":{"maxMonths":{"value":1,"unit":"months","basis":"b"}}},
        {"name":"B","procedure":"place-ban","validFrom":"2014-01-01",
         "rules":{"maxMonths":{"value":1,"unit":"months","basis":"b"}}}]})"));
    REQUIRE_FALSE(book.ok());
    CHECK(book.error().field == QLatin1String("ruleSets[1].validFrom"));
    const auto broken = RuleBook::fromJson(QByteArray(R"({"ruleSets":[{"name":"A"}]})"));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().field == QLatin1String("ruleSets[0].procedure"));
    CHECK(RuleBook::fromJson(QByteArray("nonsense")).error().field == QLatin1String("(root)"));
}
