#include "identifiers/BelgianIban.h"

#include "IdentifierTestHelpers.h"

#include <catch2/catch.hpp>

using namespace regie;
using regie::test::str;

TEST_CASE("BelgianIban accepts valid IBANs in any spacing and case", "[identifiers]")
{
    struct Valid
    {
        const char* input;
        const char* compact;
    };
    const auto c = GENERATE(values<Valid>({
        {"BE68539007547034", "BE68539007547034"}, // domain-facts §4
        {"BE68 5390 0754 7034", "BE68539007547034"},
        {"be68 5390 0754 7034", "BE68539007547034"},
        {"  Be68-5390-0754-7034 ", "BE68539007547034"},
        {"BE71096123456769", "BE71096123456769"},
        {"BE62510007547061", "BE62510007547061"},
        {"BE54000000000097", "BE54000000000097"}, // national check 97 for remainder 0
        {"BE21001234567803", "BE21001234567803"},
        {"BE89735000000085", "BE89735000000085"},
    }));
    CAPTURE(c.input);
    const IdentifierCheck check = BelgianIban::check(QString::fromUtf8(c.input));
    CHECK(check.valid);
    CHECK(str(check.normalized) == c.compact);
    CHECK(BelgianIban::ibanRemainder(check.normalized) == 1);
}

TEST_CASE("BelgianIban rejects with the exact rule", "[identifiers]")
{
    const auto c = GENERATE(values<test::RuleCase>({
        {"BE41091811735141", "iban.national-check"}, // domain-facts §4: IBAN check passes
        {"BE69539007547034", "iban.checksum"},
        {"BE68539007547043", "iban.checksum"},
        {"BE00539007547034", "iban.checksum"},
        {"BE6853900754703", "iban.length"},
        {"BE685390075470344", "iban.length"},
        {"BE", "iban.length"},
        {"NL91ABNA0417164300", "iban.country"},
        {"FR1420041010050500013M02606", "iban.country"},
        {"68539007547034BE", "iban.country"},
        {"BE68 5390 0754 703X", "iban.characters"},
        {"BE68.5390.0754.7034", "iban.characters"},
        {"BE68 5390 0754 7034 é", "iban.characters"},
        {"", "iban.empty"},
        {" \t ", "iban.empty"},
    }));
    CAPTURE(c.input);
    const IdentifierCheck check = BelgianIban::check(QString::fromUtf8(c.input));
    CHECK_FALSE(check.valid);
    CHECK(str(check.rule) == c.rule);
    CHECK(BelgianIban::format(QString::fromUtf8(c.input)).isEmpty());
}

TEST_CASE("BelgianIban national check and format", "[identifiers]")
{
    SECTION("the trap from domain-facts passes ISO 7064 but not the account check")
    {
        CHECK(BelgianIban::ibanRemainder(QStringLiteral("BE41091811735141")) == 1);
        const IdentifierCheck check = BelgianIban::check(QStringLiteral("BE41091811735141"));
        CHECK(str(check.detail) == "account check digits 41 do not match 0918117351 mod 97 = 32");
    }
    SECTION("format in groups of four")
    {
        CHECK(str(BelgianIban::format(QStringLiteral("be68539007547034"))) ==
              "BE68 5390 0754 7034");
    }
    SECTION("every wrong IBAN check pair fails")
    {
        for (int kk = 0; kk <= 99; ++kk) {
            const QString iban = QStringLiteral("BE%1%2")
                                     .arg(kk, 2, 10, QLatin1Char('0'))
                                     .arg(QStringLiteral("539007547034"));
            CAPTURE(str(iban));
            CHECK(BelgianIban::check(iban).valid == (kk == 68));
        }
    }
}
