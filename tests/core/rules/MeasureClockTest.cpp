// The legal clock for the mayor's measures: banEnd, closureEnd, renewal-limit and
// duration-above-maximum.
#include "ClockTestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace regie;
using namespace regie::clocktest;

TEST_CASE("Mayor's measures", "[clock]")
{
    struct Case
    {
        const char* name;
        const char* input;
        const char* ruleSet;
        const char* deadlines;
        const char* violations;
    };
    const Case c = GENERATE(values<Case>({
        {"ban of one month by default", R"({"procedure":"place-ban",
           "events":[{"type":"ban-start","date":"2026-03-10"}]})",
         "Plaatsverbod", "banEnd=2026-04-09", ""},
        {"ban from 31 January, renewed twice", R"({"procedure":"place-ban",
           "events":[{"type":"ban-start","date":"2026-01-31","months":1},
           {"type":"ban-renewed","date":"2026-02-20"},{"type":"ban-renewed","date":"2026-03-20"}]})",
         "Plaatsverbod", "banEnd=2026-04-27", ""},
        {"third renewal", R"({"procedure":"place-ban",
           "events":[{"type":"ban-start","date":"2026-01-31"},
           {"type":"ban-renewed","date":"2026-02-20"},{"type":"ban-renewed","date":"2026-03-20"},
           {"type":"ban-renewed","date":"2026-04-20"}]})",
         "Plaatsverbod", "banEnd=2026-05-27", "renewal-limit"},
        {"ban of two months", R"({"procedure":"place-ban",
           "events":[{"type":"ban-start","date":"2026-03-10","months":2}]})",
         "Plaatsverbod", "banEnd=2026-05-09", "duration-above-maximum"},
        {"long renewal and too many renewals", R"({"procedure":"place-ban",
           "events":[{"type":"ban-start","date":"2026-01-10"},
           {"type":"ban-renewed","date":"2026-02-01","months":2},
           {"type":"ban-renewed","date":"2026-04-01"},{"type":"ban-renewed","date":"2026-05-01"}]})",
         "Plaatsverbod", "banEnd=2026-06-09", "renewal-limit duration-above-maximum"},
        {"ban without events", R"({"procedure":"place-ban"})", "Plaatsverbod", "", ""},
        {"trafficking closure of six months", R"({"procedure":"closure-trafficking",
           "events":[{"type":"closure-start","date":"2026-03-10","months":6}]})",
         "Sluiting mensenhandel", "closureEnd=2026-09-09", ""},
        {"trafficking closure of seven months", R"({"procedure":"closure-trafficking",
           "events":[{"type":"closure-start","date":"2026-03-10","months":7}]})",
         "Sluiting mensenhandel", "closureEnd=2026-10-09", "duration-above-maximum"},
        {"public-order closure from 31 January", R"({"procedure":"closure-public-order",
           "events":[{"type":"closure-start","date":"2026-01-31","months":3}]})",
         "Sluiting openbare orde", "closureEnd=2026-04-29", ""},
        {"public-order closure of four months", R"({"procedure":"closure-public-order",
           "factsDate":"2026-01-02",
           "events":[{"type":"closure-start","date":"2026-01-31","months":4}]})",
         "Sluiting openbare orde", "closureEnd=2026-05-30", "duration-above-maximum"},
    }));
    INFO(c.name);
    const QJsonObject output = evaluate(c.input);
    CHECK(output.value(QLatin1String("ruleSet")).toString() == QLatin1String(c.ruleSet));
    CHECK(output.keys() == QStringList({"deadlines", "procedure", "ruleSet", "violations"}));
    CHECK(deadlines(output) == c.deadlines);
    CHECK(violations(output) == c.violations);
    for (const QJsonValue& entry : output.value(QLatin1String("deadlines")).toArray())
        CHECK(entry[QLatin1String("party")].toString() == QLatin1String("city"));
}

TEST_CASE("A renewal runs on from the day after the previous end", "[clock]")
{
    const QJsonObject output = evaluate(R"({"procedure":"place-ban",
        "events":[{"type":"ban-start","date":"2026-01-31"},
                  {"type":"ban-renewed","date":"2026-02-20"}]})");
    const QString derivation = deadline(output, "banEnd")[QLatin1String("derivation")].toString();
    CHECK(derivation.contains(QStringLiteral("minus one day = 2026-02-27")));
    CHECK(derivation.contains(QStringLiteral("runs on from the day after: 2026-02-28")));
    CHECK(derivation.endsWith(QStringLiteral("minus one day = 2026-03-27")));
}
