#include "identifiers/CompanyNumber.h"

#include "IdentifierTestHelpers.h"

#include <catch2/catch.hpp>

using namespace regie;
using regie::test::str;

TEST_CASE("CompanyNumber accepts the written forms", "[identifiers]")
{
    struct Valid
    {
        const char* input;
        const char* digits;
        bool oldForm;
    };
    const auto c = GENERATE(values<Valid>({
        {"0440966354", "0440966354", false}, // domain-facts §4
        {"0831797467", "0831797467", false}, // domain-facts §4
        {"0440.966.354", "0440966354", false},
        {"BE0440966354", "0440966354", false},
        {"be 0440.966.354", "0440966354", false},
        {"BE 0831 797 467", "0831797467", false},
        {"440966354", "0440966354", true}, // old 9-digit number
        {"440.966.354", "0440966354", true},
        {"0202239951", "0202239951", false},
        {"0403170701", "0403170701", false},
        {"1000000021", "1000000021", false},
        {"1234567894", "1234567894", false},
    }));
    CAPTURE(c.input);
    const IdentifierCheck check = CompanyNumber::check(QString::fromUtf8(c.input));
    CHECK(check.valid);
    CHECK(str(check.normalized) == c.digits);
    CHECK(check.warnings.contains(QStringLiteral("kbo.nine-digits")) == c.oldForm);
}

TEST_CASE("CompanyNumber rejects with the exact rule", "[identifiers]")
{
    const auto c = GENERATE(values<test::RuleCase>({
        {"0440966355", "kbo.checksum"},
        {"0440966345", "kbo.checksum"},
        {"0831797476", "kbo.checksum"},
        {"BE0440966353", "kbo.checksum"},
        {"2123456791", "kbo.first-digit"}, // an establishment unit number
        {"9440966354", "kbo.first-digit"},
        {"04409663", "kbo.length"},
        {"04409663541", "kbo.length"},
        {"NL0440966354", "kbo.characters"},
        {"0440-966-35x", "kbo.characters"},
        {"", "kbo.empty"},
        {"BE", "kbo.empty"},
    }));
    CAPTURE(c.input);
    const IdentifierCheck check = CompanyNumber::check(QString::fromUtf8(c.input));
    CHECK_FALSE(check.valid);
    CHECK(str(check.rule) == c.rule);
    CHECK(CompanyNumber::format(QString::fromUtf8(c.input)).isEmpty());
}

TEST_CASE("CompanyNumber details, formats and check digits", "[identifiers]")
{
    CHECK(str(CompanyNumber::format(QStringLiteral("BE0440966354"))) == "0440.966.354");
    CHECK(str(CompanyNumber::vatNumber(QStringLiteral("0440.966.354"))) == "BE0440966354");
    CHECK(CompanyNumber::checkDigits(4409663) == 54);
    CHECK(CompanyNumber::checkDigits(8317974) == 67);
    CHECK(CompanyNumber::check(QStringLiteral("2123456791"))
              .detail.contains(QStringLiteral("establishment unit")));
    CHECK(str(CompanyNumber::check(QStringLiteral("0440966355")).detail) ==
          "check digits 55 do not match 97 - (04409663 mod 97) = 54");
}

TEST_CASE("CompanyNumber: only the computed check digits pass", "[identifiers]")
{
    for (quint32 base : {4409663u, 8317974u, 10000000u, 19999999u}) {
        const int good = CompanyNumber::checkDigits(base);
        for (int cc = 0; cc <= 99; ++cc) {
            const QString input = QStringLiteral("%1%2")
                                      .arg(base, 8, 10, QLatin1Char('0'))
                                      .arg(cc, 2, 10, QLatin1Char('0'));
            CAPTURE(str(input));
            CHECK(CompanyNumber::check(input).valid == (cc == good));
        }
    }
}
