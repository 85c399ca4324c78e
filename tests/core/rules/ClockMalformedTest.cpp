// The legal clock refuses malformed scenarios with ErrorCode::Format naming the field.
#include "ClockTestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace regie;
using namespace regie::clocktest;

TEST_CASE("Malformed scenarios name the field", "[clock]")
{
    const auto [json, expected] = GENERATE(table<const char*, const char*>({
        {"not json", "(root)"},
        {"[1, 2]", "(root)"},
        {"{}", "procedure"},
        {R"({"procedure":"gas-fin","factsDate":"2026-03-10"})", "procedure"},
        {R"({"procedure":"certificate-sanction"})", "procedure"},
        {R"({"procedure":"gas-fine"})", "factsDate"},
        {R"({"procedure":"gas-fine","factsDate":"2026-3-10"})", "factsDate"},
        {R"({"procedure":"gas-fine","factsDate":"2026-02-30"})", "factsDate"},
        {R"({"procedure":"gas-fine","factsDate":"2026-03-10T10:00"})", "factsDate"},
        {R"({"procedure":"gas-fine","factsDate":20260310})", "factsDate"},
        {R"({"procedure":"gas-fine","factsDate":"2013-12-31"})", "factsDate"},
        {R"({"procedure":"gas-fine","factsDate":"2026-03-10","birthDate":"1-5-1990"})",
         "birthDate"},
        {R"({"procedure":"gas-fine","factsDate":"2026-03-10","birthDate":"2026-03-11"})",
         "birthDate"},
        {R"({"procedure":"gas-fine","factsDate":"2026-03-10","findingReceived":"x"})",
         "findingReceived"},
        {R"({"procedure":"gas-fine","factsDate":"2026-03-10","intendedFine":"150"})",
         "intendedFine"},
        {R"({"procedure":"gas-fine","factsDate":"2026-03-10","intendedFine":-5})", "intendedFine"},
        {R"({"procedure":"gas-fine","factsDate":"2026-03-10","events":{}})", "events"},
        {R"({"procedure":"gas-fine","factsDate":"2026-03-10","events":[3]})", "events[0]"},
        {R"({"procedure":"gas-fine","factsDate":"2026-03-10",
             "events":[{"type":"letter","date":"2026-04-21"}]})",
         "events[0].type"},
        {R"({"procedure":"gas-fine","factsDate":"2026-03-10",
             "events":[{"type":"ban-start","date":"2026-04-21"}]})",
         "events[0].type"},
        {R"({"procedure":"gas-fine","factsDate":"2026-03-10",
             "events":[{"type":"start-letter-posted","date":"2026-04-21"},
                       {"type":"hearing-held"}]})",
         "events[1].date"},
        {R"({"procedure":"gas-fine","factsDate":"2026-03-10",
             "events":[{"type":"start-letter-posted","date":"2026-04-21"},
                       {"type":"hearing-requested","date":"2026-04-30"},
                       {"type":"hearing-held","date":"2026-13-01"}]})",
         "events[2].date"},
        {R"({"procedure":"closure-trafficking",
             "events":[{"type":"closure-start","date":"2026-03-10"}]})",
         "events[0].months"},
        {R"({"procedure":"closure-public-order",
             "events":[{"type":"closure-start","date":"2026-03-10","months":0}]})",
         "events[0].months"},
        {R"({"procedure":"closure-public-order",
             "events":[{"type":"closure-start","date":"2026-03-10","months":1.5}]})",
         "events[0].months"},
        {R"({"procedure":"place-ban",
             "events":[{"type":"ban-start","date":"2026-03-10","months":"2"}]})",
         "events[0].months"},
        {R"({"procedure":"place-ban","events":[{"type":"closure-start","date":"2026-03-10"}]})",
         "events[0].type"},
        {R"({"procedure":"place-ban","factsDate":"2026-02-31"})", "factsDate"},
        {R"({"procedure":"place-ban","events":[{"type":"ban-start","date":"2013-06-01"}]})",
         "events[0].date"},
    }));
    INFO(json);
    CHECK(field(json) == expected);
}
