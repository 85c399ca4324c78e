#include "identifiers/PaymentReference.h"

#include "IdentifierTestHelpers.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace regie;
using regie::test::str;

TEST_CASE("PaymentReference accepts the written forms", "[identifiers]")
{
    struct Valid
    {
        const char* input;
        const char* digits;
    };
    const auto c = GENERATE(values<Valid>({
        {"+++090/9337/55493+++", "090933755493"}, // domain-facts §4
        {"+++123/1234/12328+++", "123123412328"}, // domain-facts §4
        {"+++000/0000/00097+++", "000000000097"}, // domain-facts §4: remainder 0 gives 97
        {"***090/9337/55493***", "090933755493"},
        {"090933755493", "090933755493"},
        {"090/9337/55493", "090933755493"},
        {" +++ 090 / 9337 / 55493 +++ ", "090933755493"},
        {"+++090933755493+++", "090933755493"},
        {"+++999/9999/99948+++", "999999999948"},
        {"000000009797", "000000009797"}, // base 97: remainder 0 gives 97
    }));
    CAPTURE(c.input);
    const IdentifierCheck check = PaymentReference::check(QString::fromUtf8(c.input));
    CHECK(check.valid);
    CHECK(str(check.normalized) == c.digits);
}

TEST_CASE("PaymentReference rejects with the exact rule", "[identifiers]")
{
    const auto c = GENERATE(values<test::RuleCase>({
        {"+++090/9337/55494+++", "ogm.checksum"},
        {"+++000/0000/00000+++", "ogm.checksum"}, // remainder 0 must be written 97
        {"000000009700", "ogm.checksum"},
        {"+++123/1234/12329+++", "ogm.checksum"},
        {"+++090/9337/5549+++", "ogm.format"},
        {"+++090/9337/554933+++", "ogm.format"},
        {"+++090/9337/55493***", "ogm.format"},
        {"+++090/9337/55493", "ogm.format"},
        {"++090/9337/55493++", "ogm.format"},
        {"090/933755493", "ogm.format"},
        {"09/09337/55493", "ogm.format"},
        {"+++090-9337-55493+++", "ogm.format"},
        {"invoice 42", "ogm.format"},
        {"", "ogm.empty"},
    }));
    CAPTURE(c.input);
    const IdentifierCheck check = PaymentReference::check(QString::fromUtf8(c.input));
    CHECK_FALSE(check.valid);
    CHECK(str(check.rule) == c.rule);
    CHECK(PaymentReference::format(QString::fromUtf8(c.input)).isEmpty());
}

TEST_CASE("PaymentReference format and generator", "[identifiers]")
{
    SECTION("format")
    {
        CHECK(str(PaymentReference::format(QStringLiteral("090933755493"))) ==
              "+++090/9337/55493+++");
        CHECK(str(PaymentReference::format(QStringLiteral("***000/0000/00097***"))) ==
              "+++000/0000/00097+++");
    }
    SECTION("check digits use 97 for remainder 0")
    {
        CHECK(PaymentReference::checkDigits(909337554) == 93);
        CHECK(PaymentReference::checkDigits(0) == 97);
        CHECK(PaymentReference::checkDigits(97) == 97);
        CHECK(PaymentReference::checkDigits(98) == 1);
    }
    SECTION("fromBase builds the domain-facts examples")
    {
        CHECK(str(PaymentReference::fromBase(909337554).value()) == "090933755493");
        CHECK(str(PaymentReference::fromBase(1231234123).value()) == "123123412328");
        CHECK(str(PaymentReference::fromBase(0).value()) == "000000000097");
        CHECK(str(PaymentReference::fromBase(9999999999).value()) == "999999999948");
    }
    SECTION("fromBase refuses bases of more than 10 digits")
    {
        const Result<QString> tooBig = PaymentReference::fromBase(10000000000ULL);
        REQUIRE_FALSE(tooBig.ok());
        CHECK(tooBig.error().code == ErrorCode::Usage);
    }
    SECTION("every generated reference validates")
    {
        for (quint64 base = 0; base < 10000000000ULL; base += 123456789ULL) {
            const Result<QString> ref = PaymentReference::fromBase(base);
            REQUIRE(ref.ok());
            CAPTURE(str(*ref));
            CHECK(PaymentReference::check(*ref).valid);
            CHECK(ref->left(10).toULongLong() == base);
        }
    }
}

TEST_CASE("PaymentReference from a dossier number", "[identifiers]")
{
    SECTION("the documented example")
    {
        CHECK(PaymentReference::installationSlot(QStringLiteral("BH")) == 53);
        CHECK(PaymentReference::baseFromDossierNumber(QStringLiteral("GAS/2026/BH/0042")).value() ==
              2605300042ULL);
        CHECK(
            str(PaymentReference::fromDossierNumber(QStringLiteral("GAS/2026/BH/0042")).value()) ==
            "260530004231");
    }
    SECTION("deterministic")
    {
        CHECK(PaymentReference::fromDossierNumber(QStringLiteral("GAS/2026/TS/0007")).value() ==
              PaymentReference::fromDossierNumber(QStringLiteral(" gas/2026/ts/0007 ")).value());
    }
    SECTION("different installation codes give different references for the same sequence")
    {
        const QStringList codes{QStringLiteral("BH"), QStringLiteral("TS"), QStringLiteral("HB"),
                                QStringLiteral("B1"), QStringLiteral("AN"), QStringLiteral("ZZ9")};
        QSet<QString> seen;
        for (const QString& code : codes) {
            const auto ref =
                PaymentReference::fromDossierNumber(QStringLiteral("GAS/2026/%1/0042").arg(code));
            REQUIRE(ref.ok());
            seen.insert(*ref);
        }
        CHECK(seen.size() == codes.size());
    }
    SECTION("two-character codes never share a slot")
    {
        const QString first = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        const QString second = QStringLiteral("0123456789") + first;
        QSet<int> slots;
        for (const QChar a : first) {
            for (const QChar b : second) {
                const int slot = PaymentReference::installationSlot(QString(a) + b);
                CHECK((slot >= 0 && slot < 936));
                slots.insert(slot);
            }
        }
        CHECK(slots.size() == 26 * 36);
        const int longer = PaymentReference::installationSlot(QStringLiteral("GENT"));
        CHECK((longer >= 936 && longer <= 999));
    }
    SECTION("year and sequence both change the reference")
    {
        CHECK(
            str(PaymentReference::fromDossierNumber(QStringLiteral("GAS/2026/BH/0043")).value()) ==
            "260530004332");
        CHECK(
            str(PaymentReference::fromDossierNumber(QStringLiteral("GAS/2027/BH/0042")).value()) ==
            "270530004215");
        CHECK(
            PaymentReference::baseFromDossierNumber(QStringLiteral("GAS/2026/BH/99999")).value() ==
            2605399999ULL);
    }
    SECTION("what is not a dossier number is refused")
    {
        for (const char* bad : {"GAS/2026/BH/100000", "GAS/26/BH/0042", "GAS/2026/1H/0042",
                                "GAS/2026/BHXYZ/0042", "2026/BH/0042", "", "GAS-2026-BH-0042"}) {
            CAPTURE(bad);
            const Result<quint64> base =
                PaymentReference::baseFromDossierNumber(QString::fromUtf8(bad));
            REQUIRE_FALSE(base.ok());
            CHECK(base.error().code == ErrorCode::Validation);
        }
    }
}
