#include "identifiers/IdentifierKind.h"

#include "IdentifierTestHelpers.h"

#include <catch2/catch.hpp>

using namespace regie;
using regie::test::str;

TEST_CASE("IdentifierKind names round-trip and dispatch", "[identifiers]")
{
    struct Case
    {
        const char* name;
        const char* valid;
        const char* formatted;
        const char* invalid;
        const char* rule;
    };
    const auto c = GENERATE(values<Case>({
        {"nrn", "85073003328", "85.07.30-033.28", "20070199952", "nrn.checksum"},
        {"bis", "85273003371", "85.27.30-033.71", "85073003328", "bis.month"},
        {"kbo", "BE0440966354", "0440.966.354", "0440966355", "kbo.checksum"},
        {"iban", "be68539007547034", "BE68 5390 0754 7034", "BE41091811735141",
         "iban.national-check"},
        {"ogm", "090933755493", "+++090/9337/55493+++", "090933755494", "ogm.checksum"},
    }));
    CAPTURE(c.name);
    const auto kind = identifierKindFromName(QString::fromUtf8(c.name));
    REQUIRE(kind);
    CHECK(str(identifierKindName(*kind)) == c.name);
    CHECK(checkIdentifier(*kind, QString::fromUtf8(c.valid)).valid);
    CHECK(str(formatIdentifier(*kind, QString::fromUtf8(c.valid))) == c.formatted);
    const IdentifierCheck bad = checkIdentifier(*kind, QString::fromUtf8(c.invalid));
    CHECK_FALSE(bad.valid);
    CHECK(str(bad.rule) == c.rule);
    CHECK(formatIdentifier(*kind, QString::fromUtf8(c.invalid)).isEmpty());
}

TEST_CASE("IdentifierKind lookup", "[identifiers]")
{
    CHECK(identifierKindFromName(u"IBAN") == IdentifierKind::Iban);
    CHECK(identifierKindFromName(u"pv") == IdentifierKind::Pv);
    CHECK_FALSE(identifierKindFromName(u"vat"));
    CHECK_FALSE(identifierKindFromName(u""));
    CHECK(identifierKindNames().size() == 6);
}

TEST_CASE("IdentifierCheck converts to an Error", "[identifiers]")
{
    const Error error = checkIdentifier(IdentifierKind::Kbo, QStringLiteral("0440966355"))
                            .toError(QStringLiteral("kbo"));
    CHECK(error.code == ErrorCode::InvalidIdentifier);
    CHECK(str(error.field) == "kbo");
    CHECK(str(error.detail) ==
          "kbo.checksum: check digits 55 do not match 97 - (04409663 mod 97) = 54");
}
