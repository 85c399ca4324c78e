#include "identifiers/BisNumber.h"

#include "IdentifierTestHelpers.h"

#include <catch2/catch.hpp>

using namespace regie;
using regie::test::str;

TEST_CASE("BisNumber accepts month + 20 and month + 40", "[identifiers]")
{
    struct Valid
    {
        const char* input;
        const char* digits;
        QDate birthDate;
        RegisterSex sex;
    };
    const auto c = GENERATE(values<Valid>({
        {"85273003371", "85273003371", QDate(1985, 7, 30), RegisterSex::Unknown},
        {"85.27.30-033.71", "85273003371", QDate(1985, 7, 30), RegisterSex::Unknown},
        {"85473003416", "85473003416", QDate(1985, 7, 30), RegisterSex::Female},
        {"98.47.28-997.65", "98472899765", QDate(1998, 7, 28), RegisterSex::Male},
        {"08410300303", "08410300303", QDate(2008, 1, 3), RegisterSex::Male}, // 2000+ rule
        {"85200001270", "85200001270", QDate(), RegisterSex::Unknown},        // date unknown
    }));
    CAPTURE(c.input);
    const IdentifierCheck check = BisNumber::check(QString::fromUtf8(c.input));
    CHECK(check.valid);
    CHECK(str(check.normalized) == c.digits);
    const auto number = BisNumber::parse(QString::fromUtf8(c.input));
    REQUIRE(number);
    CHECK(number->birthDate().value_or(QDate()) == c.birthDate);
    CHECK(number->sex() == c.sex);
    CHECK(BisNumber::sex(QString::fromUtf8(c.input)) == c.sex);
}

TEST_CASE("BisNumber rejects with the exact rule", "[identifiers]")
{
    const auto c = GENERATE(values<test::RuleCase>({
        {"85073003328", "bis.month"}, // a valid national register number
        {"20070199951", "bis.month"}, // a valid national register number (2000+)
        {"85350103327", "bis.month"}, // month 35: neither +20 nor +40
        {"85530103300", "bis.month"},
        {"85273003372", "bis.checksum"},
        {"85473003415", "bis.checksum"},
        {"85223003336", "bis.date"}, // February 30 + 20
        {"", "bis.empty"},
        {"852730033", "bis.length"},
        {"85273003371x", "bis.characters"},
    }));
    CAPTURE(c.input);
    const IdentifierCheck check = BisNumber::check(QString::fromUtf8(c.input));
    CHECK_FALSE(check.valid);
    CHECK(str(check.rule) == c.rule);
    CHECK_FALSE(BisNumber::parse(QString::fromUtf8(c.input)));
}

TEST_CASE("BisNumber tells a national register number apart", "[identifiers]")
{
    const IdentifierCheck check = BisNumber::check(QStringLiteral("85073003328"));
    CHECK(check.detail.contains(QStringLiteral("national register number")));
    CHECK(str(BisNumber::format(QStringLiteral("85273003371"))) == "85.27.30-033.71");
    CHECK(BisNumber::birthDate(QStringLiteral("85273003371")) == QDate(1985, 7, 30));
}
