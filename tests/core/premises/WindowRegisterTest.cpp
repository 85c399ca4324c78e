#include "../certificates/CertificateFixture.h"
#include "premises/WindowRegister.h"

using namespace regie;

namespace {

struct RegisterFixture : test::CertificateFixture
{
    WindowRegister reg{t.db(), t.writes(), t.clock()};
    QString premises = addPremises(QStringLiteral("Vingerlingstraat"), QStringLiteral("3"), 2);

    static WindowRegistration line(const QString& ref, bool registered = true,
                                   bool validated = true)
    {
        WindowRegistration r;
        r.from = QDate(2026, 11, 1);
        r.to = QDate(2026, 11, 30);
        r.workerRef = ref;
        r.registered = registered;
        r.policeValidated = validated;
        r.source = QStringLiteral("police export 2026-11");
        return r;
    }
    QString inspection(const QDate& date)
    {
        auto id = s->inspections().add(
            {premises, QStringLiteral("proactive"), date, QStringLiteral("inspector B"), {}});
        REQUIRE(id.ok());
        return id.value();
    }
};

} // namespace

TEST_CASE("the window register keeps pseudonymous references only", "[premises]")
{
    RegisterFixture f;
    CHECK(f.reg.record(f.premises, QStringLiteral("1"), RegisterFixture::line(QStringLiteral("W-4471")))
              .ok());
    // a valid national register number is refused, however it is written
    auto nrn = f.reg.record(f.premises, QStringLiteral("1"),
                            RegisterFixture::line(QStringLiteral("85073003328")));
    REQUIRE_FALSE(nrn.ok());
    CHECK(nrn.error().field == QStringLiteral("reference"));
    CHECK(nrn.error().detail.contains(QStringLiteral("national register")));
    CHECK_FALSE(f.reg.record(f.premises, QStringLiteral("1"),
                             RegisterFixture::line(QStringLiteral("Jane Doe")))
                    .ok());
    CHECK(f.reg.record(f.premises, QStringLiteral("9"), RegisterFixture::line(QStringLiteral("W-1")))
              .error()
              .field == QStringLiteral("reference")); // too short, checked before the window
    CHECK(f.reg.record(f.premises, QStringLiteral("9"), RegisterFixture::line(QStringLiteral("W-0009")))
              .error()
              .field == QStringLiteral("window"));
    auto twice = f.reg.record(f.premises, QStringLiteral("1"),
                              RegisterFixture::line(QStringLiteral("W-4471")));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().detail.contains(QStringLiteral("2026-11-01..2026-11-30")));
    CHECK(f.reg.list(f.premises).value().size() == 1);
}

TEST_CASE("a worker met at an inspection is checked against the register of that day",
          "[premises]")
{
    RegisterFixture f;
    REQUIRE(f.reg.record(f.premises, QStringLiteral("1"), RegisterFixture::line(QStringLiteral("W-4471")))
                .ok());
    REQUIRE(f.reg.record(f.premises, QStringLiteral("2"),
                         RegisterFixture::line(QStringLiteral("W-5000"), true, false))
                .ok());
    const QString inspection = f.inspection(QDate(2026, 11, 20));

    auto ok = f.reg.checkAtInspection(inspection, QStringLiteral("1"), QStringLiteral("W-4471"));
    REQUIRE(ok.ok());
    CHECK(ok->conform);
    CHECK(ok->findingId.isEmpty());

    auto wrongWindow = f.reg.checkAtInspection(inspection, QStringLiteral("2"),
                                               QStringLiteral("W-4471"));
    REQUIRE(wrongWindow.ok());
    CHECK_FALSE(wrongWindow->conform);
    CHECK(wrongWindow->reason.contains(QStringLiteral("no entry")));

    auto unvalidated = f.reg.checkAtInspection(inspection, QStringLiteral("2"),
                                               QStringLiteral("W-5000"));
    REQUIRE(unvalidated.ok());
    CHECK(unvalidated->reason.contains(QStringLiteral("not validated")));
    CHECK(f.t.count(QStringLiteral("findings"),
                    QStringLiteral("item_code = 'window-register' AND window_number = '2' AND "
                                   "description LIKE 'worker not pre-registered%'")) == 2);

    const QString december = f.inspection(QDate(2026, 11, 27));
    CHECK(f.reg.checkAtInspection(december, QStringLiteral("1"), QStringLiteral("W-4471"))->conform);
}

TEST_CASE("a window register line is corrected with the checks of a new line", "[premises]")
{
    RegisterFixture f;
    auto first = f.reg.record(f.premises, QStringLiteral("1"),
                              RegisterFixture::line(QStringLiteral("W-4471"), false, false));
    REQUIRE(first.ok());
    REQUIRE(f.reg.record(f.premises, QStringLiteral("1"),
                         [] {
                             auto december = RegisterFixture::line(QStringLiteral("W-5000"));
                             december.from = QDate(2026, 12, 1);
                             december.to = QDate(2026, 12, 31);
                             return december;
                         }())
                .ok());
    // the line may keep its own period (no overlap with itself)
    WindowRegistration fixed = RegisterFixture::line(QStringLiteral("W-4471"), true, true);
    REQUIRE(f.reg.correct(first.value(), fixed).ok());
    auto lines = f.reg.list(f.premises).value();
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).registered);
    CHECK(lines.at(0).policeValidated);
    // a national number or an overlap with another line of the same reference is refused
    fixed.workerRef = QStringLiteral("85073003328");
    CHECK(f.reg.correct(first.value(), fixed).error().field == QStringLiteral("reference"));
    fixed.workerRef = QStringLiteral("W-5000");
    fixed.to = QDate(2026, 12, 5);
    auto overlap = f.reg.correct(first.value(), fixed);
    REQUIRE_FALSE(overlap.ok());
    CHECK(overlap.error().detail.contains(QStringLiteral("2026-12-01..2026-12-31")));
    CHECK(f.reg.list(f.premises).value().at(0).workerRef == QStringLiteral("W-4471"));
    CHECK(f.reg.correct(QStringLiteral("nope"), RegisterFixture::line(QStringLiteral("W-4471")))
              .error()
              .code == ErrorCode::NotFound);
}
