#include "demo/DemoData.h"
#include "demo/DemoFieldwork.h"
#include "inspections/CertificateServices.h"
#include "rules/RuleBook.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace regie;

TEST_CASE("the demo fills the certificate side through the services", "[demo]")
{
    test::TestDatabase t;
    auto counts = DemoData(t.writes()).generate(200); // 20 premises
    REQUIRE(counts.ok());
    auto services = CertificateServices::create(t.ws());
    REQUIRE(services.ok());
    const RuleBook rules = RuleBook::loadDefault().value();
    auto field = addDemoFieldwork(t.db(), t.writes(), t.clock(), rules, **services,
                                  counts->premises, counts->persons);
    INFO((field.ok() ? QString() : field.error().detail).toStdString());
    REQUIRE(field.ok());
    CHECK(field->certificates == 20);
    CHECK(field->inspections > 0);
    CHECK(field->measures == 8);
    CHECK(field->sanctions == 2);
    // The planner has work: premises without this year's inspection and an overdue condition.
    auto planned = (*services)->planner().forYear(t.clock().today().year());
    REQUIRE(planned.ok());
    bool overdueCondition = false, uninspected = false;
    for (const Planner::Item& item : planned.value()) {
        overdueCondition = overdueCondition || item.reason == QLatin1String("condition-overdue");
        uninspected = uninspected || item.reason == QLatin1String("no-proactive-inspection");
    }
    CHECK(overdueCondition);
    CHECK(uninspected);
    CHECK(t.count(QStringLiteral("findings")) > 0);
}
