#include "letters/RegisteredPost.h"

#include <catch2/catch.hpp>

using namespace regie;

namespace {
QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}
} // namespace

TEST_CASE("a UPU S10 tracking number is checked, other forms pass with a warning", "[letters]")
{
    CHECK(RegisteredPost::s10CheckDigit(QStringLiteral("12345678")) == 5);
    auto valid = RegisteredPost::checkTracking(QStringLiteral("rr 123 456 785 be"));
    REQUIRE(valid.ok());
    CHECK(valid->code == QLatin1String("RR123456785BE"));
    CHECK(valid->warning.isEmpty());

    auto typo = RegisteredPost::checkTracking(QStringLiteral("RR123456784BE"));
    REQUIRE(typo.ok());
    CHECK(typo->warning.contains(QLatin1String("expected 5")));

    auto domestic = RegisteredPost::checkTracking(QStringLiteral("3232999012345678"));
    REQUIRE(domestic.ok());
    CHECK(domestic->warning.contains(QLatin1String("S10")));

    for (const char* bad : {"", "RR12", "RR123456785BE/1", "ÄB123456785BE"}) {
        auto refused = RegisteredPost::checkTracking(QString::fromUtf8(bad));
        CHECK_FALSE(refused.ok());
        if (!refused.ok())
            CHECK(refused.error().field == QLatin1String("tracking"));
    }
}

TEST_CASE("notification is the third working day after posting unless received", "[letters]")
{
    // Tuesday 2026-04-21 -> Friday 2026-04-24.
    auto presumed = RegisteredPost::notification(d("2026-04-21"), {}, {});
    CHECK(presumed.date == d("2026-04-24"));
    // Thursday 2027-03-25: Friday, (Easter Monday 29 March), Tuesday, Wednesday 2027-03-31.
    CHECK(RegisteredPost::notification(d("2027-03-25"), {}, {}).date == d("2027-03-31"));
    // A recorded receipt counts, earlier or later than the presumption.
    auto received = RegisteredPost::notification(d("2026-04-21"), d("2026-04-22"), {});
    CHECK(received.date == d("2026-04-22"));
    CHECK(received.derivation.contains(QLatin1String("receipt")));
    CHECK(RegisteredPost::notification(d("2026-04-21"), d("2026-04-28"), {}).date ==
          d("2026-04-28"));
    // A letter that came back unclaimed keeps the presumed date.
    auto unclaimed = RegisteredPost::notification(d("2026-04-21"), {}, QStringLiteral("unclaimed"));
    CHECK(unclaimed.date == d("2026-04-24"));
    CHECK(unclaimed.derivation.contains(QLatin1String("unclaimed")));
    CHECK_FALSE(RegisteredPost::notification({}, {}, {}).isValid());
}
