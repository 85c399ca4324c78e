#include "identifiers/NationalNumber.h"

#include "IdentifierTestHelpers.h"

#include <catch2/catch.hpp>

using namespace regie;
using regie::test::str;

TEST_CASE("NationalNumber accepts valid numbers in either century", "[identifiers]")
{
    struct Valid
    {
        const char* input;
        const char* digits;
        int century;
    };
    const auto c = GENERATE(values<Valid>({
        {"85073003328", "85073003328", 1900},     // domain-facts §4, pre-2000 rule
        {"20070199951", "20070199951", 2000},     // domain-facts §4, 2000+ rule
        {"85.07.30-033.28", "85073003328", 1900}, // printed form
        {" 85 07 30 033 28 ", "85073003328", 1900},
        {"85/07/30-033/28", "85073003328", 1900},
        {"90020212471", "90020212471", 1900},
        {"99123199841", "99123199841", 1900},
        {"00010100105", "00010100105", 2000},
        {"05031500291", "05031500291", 2000},
        {"00022900145", "00022900145", 2000}, // 2000-02-29 exists
        {"85000003306", "85000003306", 1900}, // unknown birth date
        {"85070003355", "85070003355", 1900}, // unknown day
    }));
    CAPTURE(c.input);
    const IdentifierCheck check = NationalNumber::check(QString::fromUtf8(c.input));
    CHECK(check.valid);
    CHECK(str(check.rule).empty());
    CHECK(str(check.normalized) == c.digits);
    const auto number = NationalNumber::parse(QString::fromUtf8(c.input));
    REQUIRE(number);
    CHECK(number->birthCentury() == c.century);
}

TEST_CASE("NationalNumber rejects with the exact rule", "[identifiers]")
{
    const auto c = GENERATE(values<test::RuleCase>({
        {"20070199952", "nrn.checksum"}, // domain-facts §4
        {"85073003329", "nrn.checksum"},
        {"85073003428", "nrn.checksum"},
        {"", "nrn.empty"},
        {"   ", "nrn.empty"},
        {"8507300332", "nrn.length"},
        {"850730033280", "nrn.length"},
        {"85.07.30-033", "nrn.length"},
        {"85073003328a", "nrn.characters"},
        {"85_07_30_033_28", "nrn.characters"},
        {"85130103367", "nrn.date"},      // month 13, correct check digits
        {"85073203365", "nrn.date"},      // day 32
        {"85023003390", "nrn.date"},      // 30 February
        {"00022900116", "nrn.date"},      // 1900-02-29 does not exist
        {"85273003371", "nrn.bis-month"}, // a valid BIS number (+20)
        {"85473003416", "nrn.bis-month"}, // a valid BIS number (+40)
        {"98472899765", "nrn.bis-month"},
    }));
    CAPTURE(c.input);
    const IdentifierCheck check = NationalNumber::check(QString::fromUtf8(c.input));
    CHECK_FALSE(check.valid);
    CHECK(str(check.rule) == c.rule);
    CHECK_FALSE(check.detail.isEmpty());
    CHECK_FALSE(NationalNumber::parse(QString::fromUtf8(c.input)));
    CHECK(NationalNumber::format(QString::fromUtf8(c.input)).isEmpty());
}

TEST_CASE("NationalNumber checksum detail names both rules", "[identifiers]")
{
    const IdentifierCheck check = NationalNumber::check(QStringLiteral("85073003352"));
    REQUIRE(check.rule == QStringLiteral("nrn.checksum"));
    CHECK(str(check.normalized) == "85073003352");
    CHECK(str(check.detail) == "check digits 52 do not match 97 - (850730033 mod 97) = 28, nor "
                               "the 2000+ rule 97 - (2850730033 mod 97) = 57");
}

TEST_CASE("NationalNumber birth date, sex and format", "[identifiers]")
{
    SECTION("pre-2000 male")
    {
        CHECK(NationalNumber::birthDate(QStringLiteral("85.07.30-033.28")) == QDate(1985, 7, 30));
        CHECK(NationalNumber::sex(QStringLiteral("85073003328")) == RegisterSex::Male);
        CHECK(str(NationalNumber::format(QStringLiteral("85073003328"))) == "85.07.30-033.28");
    }
    SECTION("2000+ rule gives the 21st century")
    {
        CHECK(NationalNumber::birthDate(QStringLiteral("20070199951")) == QDate(2020, 7, 1));
        CHECK(NationalNumber::birthDate(QStringLiteral("00022900145")) == QDate(2000, 2, 29));
        CHECK(NationalNumber::sex(QStringLiteral("05031500291")) == RegisterSex::Female);
    }
    SECTION("even sequence is female")
    {
        const auto number = NationalNumber::parse(QStringLiteral("90020212471"));
        REQUIRE(number);
        CHECK(number->sequence() == 124);
        CHECK(number->sex() == RegisterSex::Female);
        CHECK(number->birthDate() == QDate(1990, 2, 2));
    }
    SECTION("unknown month or day gives no date but keeps the year")
    {
        const auto number = NationalNumber::parse(QStringLiteral("85000003306"));
        REQUIRE(number);
        CHECK_FALSE(number->birthDate());
        CHECK(number->birthYear() == 1985);
        CHECK_FALSE(NationalNumber::birthDate(QStringLiteral("85070003355")));
    }
    SECTION("invalid numbers give nothing")
    {
        CHECK_FALSE(NationalNumber::birthDate(QStringLiteral("20070199952")));
        CHECK(NationalNumber::sex(QStringLiteral("20070199952")) == RegisterSex::Unknown);
    }
}

TEST_CASE("NationalNumber: every check digit but the right ones fails", "[identifiers]")
{
    for (int cc = 0; cc <= 99; ++cc) {
        const QString input = QStringLiteral("850730033%1").arg(cc, 2, 10, QLatin1Char('0'));
        const IdentifierCheck check = NationalNumber::check(input);
        CAPTURE(str(input));
        // 28 is the pre-2000 check; the 2000+ check (57) would mean 2085-07-30 and is accepted.
        CHECK(check.valid == (cc == 28 || cc == 57));
        if (!check.valid)
            CHECK(str(check.rule) == "nrn.checksum");
    }
}
