#include "identifiers/PoliceReportNumber.h"

#include "IdentifierTestHelpers.h"

#include <catch2/catch.hpp>

using namespace regie;
using regie::test::str;

TEST_CASE("PoliceReportNumber is always valid and warns on odd shapes", "[identifiers]")
{
    struct Case
    {
        const char* input;
        const char* normalized;
        bool warns;
    };
    const auto c = GENERATE(values<Case>({
        {"TG.69.L3.00572/24", "TG.69.L3.00572/24", false}, // domain-facts §4
        {" an.12.b1.123456/26 ", "AN.12.B1.123456/26", false},
        {"AN. 12. B1. 000001 /26", "AN. 12. B1. 000001 /26", false},
        {"AN.12.B1.1/26", "AN.12.B1.1/26", false},
        {"12345", "12345", true},
        {"AN.12.B1.00572", "AN.12.B1.00572", true}, // no year
        {"AN-12-B1-00572/26", "AN-12-B1-00572/26", true},
        {"A.12.B1.00572/26", "A.12.B1.00572/26", true},
        {"AN.12.11.00572/26", "AN.12.11.00572/26", true},
        {"AN.12.B1.00572/2026", "AN.12.B1.00572/2026", true},
        {"", "", false}, // findings without a PV number
    }));
    CAPTURE(c.input);
    const IdentifierCheck check = PoliceReportNumber::check(QString::fromUtf8(c.input));
    CHECK(check.valid);
    CHECK(str(check.rule).empty());
    CHECK(str(check.normalized) == c.normalized);
    CHECK(check.warnings.contains(QStringLiteral("pv.pattern")) == c.warns);
    CHECK(check.detail.isEmpty() == !c.warns);
}
