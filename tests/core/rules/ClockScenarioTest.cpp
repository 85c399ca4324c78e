// The legal clock contract (`regie-cli clock`) for the GAS fine: table-driven scenarios covering
// every gas-fine deadline name and violation rule, and the output shape.
#include "ClockTestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace regie;
using namespace regie::clocktest;

namespace {

const char* const Example = R"({"procedure": "gas-fine", "factsDate": "2026-03-10",
    "birthDate": "1990-05-01", "findingReceived": "2026-04-20", "intendedFine": 150,
    "events": [{"type": "start-letter-posted", "date": "2026-04-21"},
               {"type": "hearing-requested", "date": "2026-04-30"},
               {"type": "hearing-held", "date": "2026-05-20"},
               {"type": "decision-posted", "date": "2026-05-27"}]})";

} // namespace

TEST_CASE("The contract example", "[clock]")
{
    const QJsonObject output = evaluate(Example);
    CHECK(output.value(QLatin1String("procedure")).toString() == QLatin1String("gas-fine"));
    CHECK(output.value(QLatin1String("ruleSet")).toString() == QLatin1String("GAS 2024"));
    CHECK(output.value(QLatin1String("minor")) == QJsonValue(false));
    CHECK(output.value(QLatin1String("maxFine")).toDouble() == 500);
    CHECK(output.value(QLatin1String("hearingRight")) == QJsonValue(true));
    CHECK(deadlines(output) ==
          "transmission=2026-05-10 startNotification=2026-04-24 defence=2026-05-11 "
          "earliestDecision=2026-05-21 limitation=2026-09-10 decisionNotification=2026-06-01 "
          "payment=2026-07-01 appeal=2026-07-01");
    CHECK(violations(output).empty());
    CHECK(deadline(output, "defence")[QLatin1String("derivation")].toString() ==
          QStringLiteral("notified 2026-04-24: third working day after posting on 2026-04-21; "
                         "+ 15 days = 2026-05-09, a Saturday → Monday 2026-05-11"));
    CHECK(deadline(output, "transmission")[QLatin1String("derivation")].toString() ==
          QStringLiteral("facts on 2026-03-10; + 2 months = 2026-05-10, a Sunday (city term: "
                         "not moved)"));
}

TEST_CASE("Deadline parties and output shape", "[clock]")
{
    const QJsonObject output = evaluate(Example);
    CHECK(output.keys() == QStringList({"deadlines", "hearingRight", "maxFine", "minor",
                                        "procedure", "ruleSet", "violations"}));
    const auto [name, party] = GENERATE(table<const char*, const char*>({
        {"transmission", "city"},
        {"startNotification", "city"},
        {"defence", "citizen"},
        {"earliestDecision", "city"},
        {"limitation", "city"},
        {"decisionNotification", "city"},
        {"payment", "citizen"},
        {"appeal", "citizen"},
    }));
    INFO(name);
    const QJsonObject entry = deadline(output, name);
    CHECK(entry.keys() == QStringList({"date", "derivation", "name", "party"}));
    CHECK(entry[QLatin1String("party")].toString() == QLatin1String(party));
    CHECK_FALSE(entry[QLatin1String("derivation")].toString().isEmpty());
}

TEST_CASE("GAS fine scenarios", "[clock]")
{
    struct Case
    {
        const char* name;
        const char* input;
        const char* deadlines;
        const char* violations;
    };
    const Case c = GENERATE(values<Case>({
        {"only facts", R"({"procedure":"gas-fine","factsDate":"2026-03-10"})",
         "transmission=2026-05-10 limitation=2026-09-10", ""},
        {"finding on the last day", R"({"procedure":"gas-fine","factsDate":"2026-03-10",
           "findingReceived":"2026-05-10"})",
         "transmission=2026-05-10 limitation=2026-09-10", ""},
        {"finding late", R"({"procedure":"gas-fine","factsDate":"2026-03-10",
           "findingReceived":"2026-05-11"})",
         "transmission=2026-05-10 limitation=2026-09-10", "finding-late"},
        {"recorded receipt of the start letter", R"({"procedure":"gas-fine",
           "factsDate":"2026-03-10","events":[{"type":"start-letter-posted","date":"2026-04-21"},
           {"type":"start-letter-received","date":"2026-04-22"}]})",
         "transmission=2026-05-10 startNotification=2026-04-22 defence=2026-05-07 "
         "earliestDecision=2026-05-08 limitation=2026-09-10",
         ""},
        {"defence waived, decision over Labour Day", R"({"procedure":"gas-fine",
           "factsDate":"2026-03-10","events":[{"type":"start-letter-posted","date":"2026-04-21"},
           {"type":"defence-waived","date":"2026-04-27"},
           {"type":"decision-posted","date":"2026-04-29"}]})",
         "transmission=2026-05-10 startNotification=2026-04-24 defence=2026-05-11 "
         "earliestDecision=2026-04-28 limitation=2026-09-10 decisionNotification=2026-05-05 "
         "payment=2026-06-05 appeal=2026-06-05",
         ""},
        {"waiver without start letter", R"({"procedure":"gas-fine","factsDate":"2026-03-10",
           "events":[{"type":"defence-waived","date":"2026-04-27"}]})",
         "transmission=2026-05-10 earliestDecision=2026-04-28 limitation=2026-09-10", ""},
        {"waiver and a later hearing", R"({"procedure":"gas-fine","factsDate":"2026-03-10",
           "intendedFine":100,"events":[{"type":"start-letter-posted","date":"2026-04-21"},
           {"type":"defence-waived","date":"2026-04-25"},
           {"type":"hearing-requested","date":"2026-04-26"},
           {"type":"hearing-held","date":"2026-05-05"}]})",
         "transmission=2026-05-10 startNotification=2026-04-24 defence=2026-05-11 "
         "earliestDecision=2026-05-06 limitation=2026-09-10",
         ""},
        {"decision too early, payment moved off a Saturday", R"({"procedure":"gas-fine",
           "factsDate":"2026-03-10","events":[{"type":"start-letter-posted","date":"2026-04-21"},
           {"type":"decision-posted","date":"2026-05-08"}]})",
         "transmission=2026-05-10 startNotification=2026-04-24 defence=2026-05-11 "
         "earliestDecision=2026-05-12 limitation=2026-09-10 decisionNotification=2026-05-13 "
         "payment=2026-06-15 appeal=2026-06-15",
         "decision-too-early"},
        {"decision on the earliest day", R"({"procedure":"gas-fine","factsDate":"2026-03-10",
           "events":[{"type":"start-letter-posted","date":"2026-04-21"},
           {"type":"decision-posted","date":"2026-05-12"}]})",
         "transmission=2026-05-10 startNotification=2026-04-24 defence=2026-05-11 "
         "earliestDecision=2026-05-12 limitation=2026-09-10 decisionNotification=2026-05-18 "
         "payment=2026-06-18 appeal=2026-06-18",
         ""}, // Ascension Day 05-14 not counted
        {"hearing requested, not held, decision over Whit Monday", R"({"procedure":"gas-fine",
           "factsDate":"2026-03-10","intendedFine":150,
           "events":[{"type":"start-letter-posted","date":"2026-04-21"},
           {"type":"hearing-requested","date":"2026-04-30"},
           {"type":"decision-posted","date":"2026-05-20"}]})",
         "transmission=2026-05-10 startNotification=2026-04-24 defence=2026-05-11 "
         "limitation=2026-09-10 decisionNotification=2026-05-26 payment=2026-06-26 "
         "appeal=2026-06-26",
         "hearing-not-held"},
        {"hearing pending, no decision yet", R"({"procedure":"gas-fine","factsDate":"2026-03-10",
           "intendedFine":150,"events":[{"type":"start-letter-posted","date":"2026-04-21"},
           {"type":"hearing-requested","date":"2026-04-30"}]})",
         "transmission=2026-05-10 startNotification=2026-04-24 defence=2026-05-11 "
         "limitation=2026-09-10",
         ""},
        {"hearing request without the right (70 EUR is not above 70)", R"({"procedure":"gas-fine",
           "factsDate":"2026-03-10","intendedFine":70,
           "events":[{"type":"start-letter-posted","date":"2026-04-21"},
           {"type":"hearing-requested","date":"2026-04-30"},
           {"type":"decision-posted","date":"2026-05-20"}]})",
         "transmission=2026-05-10 startNotification=2026-04-24 defence=2026-05-11 "
         "earliestDecision=2026-05-12 limitation=2026-09-10 decisionNotification=2026-05-26 "
         "payment=2026-06-26 appeal=2026-06-26",
         ""},
        {"hearing held after the decision", R"({"procedure":"gas-fine","factsDate":"2026-03-10",
           "intendedFine":150,"events":[{"type":"start-letter-posted","date":"2026-04-21"},
           {"type":"hearing-requested","date":"2026-04-30"},
           {"type":"hearing-held","date":"2026-05-22"},
           {"type":"decision-posted","date":"2026-05-20"}]})",
         "transmission=2026-05-10 startNotification=2026-04-24 defence=2026-05-11 "
         "earliestDecision=2026-05-23 limitation=2026-09-10 decisionNotification=2026-05-26 "
         "payment=2026-06-26 appeal=2026-06-26",
         "decision-too-early"},
        {"mediation offered: 12-month limitation", R"({"procedure":"gas-fine",
           "factsDate":"2026-03-10","events":[{"type":"mediation-offered","date":"2026-04-30"}]})",
         "transmission=2026-05-10 limitation=2027-03-10", ""},
        {"community service offered: 12-month limitation", R"({"procedure":"gas-fine",
           "factsDate":"2026-03-10",
           "events":[{"type":"community-service-offered","date":"2026-04-30"}]})",
         "transmission=2026-05-10 limitation=2027-03-10", ""},
        {"decision after limitation", R"({"procedure":"gas-fine","factsDate":"2026-03-10",
           "events":[{"type":"decision-posted","date":"2026-09-11"}]})",
         "transmission=2026-05-10 limitation=2026-09-10 decisionNotification=2026-09-16 "
         "payment=2026-10-16 appeal=2026-10-16",
         "decision-after-limitation"},
        {"decision on the limitation day", R"({"procedure":"gas-fine","factsDate":"2026-03-10",
           "events":[{"type":"decision-posted","date":"2026-09-10"}]})",
         "transmission=2026-05-10 limitation=2026-09-10 decisionNotification=2026-09-15 "
         "payment=2026-10-15 appeal=2026-10-15",
         ""},
        {"recorded receipt of the decision", R"({"procedure":"gas-fine","factsDate":"2026-03-10",
           "events":[{"type":"decision-posted","date":"2026-05-27"},
           {"type":"decision-received","date":"2026-05-29"}]})",
         "transmission=2026-05-10 limitation=2026-09-10 decisionNotification=2026-05-29 "
         "payment=2026-06-29 appeal=2026-06-29",
         ""},
        {"adult fine above 500", R"({"procedure":"gas-fine","factsDate":"2026-03-10",
           "birthDate":"1990-05-01","intendedFine":501})",
         "transmission=2026-05-10 limitation=2026-09-10", "fine-above-maximum"},
        {"adult fine of exactly 500", R"({"procedure":"gas-fine","factsDate":"2026-03-10",
           "intendedFine":500})",
         "transmission=2026-05-10 limitation=2026-09-10", ""},
        {"GAS 2014 for facts in 2023, leap-year transmission", R"({"procedure":"gas-fine",
           "factsDate":"2023-12-31","intendedFine":400})",
         "transmission=2024-02-29 limitation=2024-06-30", "fine-above-maximum"},
        {"minor above 175", R"({"procedure":"gas-fine","factsDate":"2026-03-10",
           "birthDate":"2010-06-01","intendedFine":200})",
         "transmission=2026-05-10 limitation=2026-09-10", "fine-above-maximum"},
        {"under 14, and late", R"({"procedure":"gas-fine","factsDate":"2026-03-10",
           "birthDate":"2012-03-11","findingReceived":"2026-06-01","intendedFine":50})",
         "transmission=2026-05-10 limitation=2026-09-10", "finding-late under-age"},
        {"everything wrong at once", R"({"procedure":"gas-fine","factsDate":"2026-03-10",
           "birthDate":"1990-05-01","findingReceived":"2026-06-01","intendedFine":900,
           "events":[{"type":"start-letter-posted","date":"2026-04-21"},
           {"type":"hearing-requested","date":"2026-04-30"},
           {"type":"decision-posted","date":"2026-09-14"}]})",
         "transmission=2026-05-10 startNotification=2026-04-24 defence=2026-05-11 "
         "limitation=2026-09-10 decisionNotification=2026-09-17 payment=2026-10-19 "
         "appeal=2026-10-19",
         "finding-late fine-above-maximum decision-after-limitation hearing-not-held"},
    }));
    INFO(c.name);
    const QJsonObject output = evaluate(c.input);
    CHECK(deadlines(output) == c.deadlines);
    CHECK(violations(output) == c.violations);
    CHECK(output.value(QLatin1String("ruleSet")).isString());
}

TEST_CASE("Age on the date of facts decides minor, maximum and hearing", "[clock]")
{
    struct Case
    {
        const char* birthDate;
        bool minor;
        double maxFine;
        bool hearingRight;
        bool underAge;
    };
    const Case c = GENERATE(values<Case>({
        {"1990-05-01", false, 500, false, false},
        {"2008-03-10", false, 500, false, false}, // 18 on the day of facts
        {"2008-03-11", true, 175, true, false},   // 17
        {"2012-03-10", true, 175, true, false},   // 14 on the day of facts
        {"2012-03-11", true, 175, true, true},    // 13
        {"", false, 500, false, false},           // unknown: adult
    }));
    INFO("born " << c.birthDate);
    QJsonObject input{{QStringLiteral("procedure"), QStringLiteral("gas-fine")},
                      {QStringLiteral("factsDate"), QStringLiteral("2026-03-10")},
                      {QStringLiteral("intendedFine"), 50}};
    if (*c.birthDate)
        input.insert(QStringLiteral("birthDate"), QLatin1String(c.birthDate));
    const auto output = evaluateClockScenario(input, book());
    REQUIRE(output.ok());
    CHECK(output->value(QLatin1String("minor")).toBool() == c.minor);
    CHECK(output->value(QLatin1String("maxFine")).toDouble() == c.maxFine);
    CHECK(output->value(QLatin1String("hearingRight")).toBool() == c.hearingRight);
    CHECK((violations(*output) == "under-age") == c.underAge);
}

TEST_CASE("Hearing right of adults follows the threshold", "[clock]")
{
    const auto [fine, right] = GENERATE(table<const char*, bool>(
        {{"70", false}, {"70.01", true}, {"150", true}, {"0", false}, {"null", false}}));
    INFO("intended fine " << fine);
    const std::string json = std::string(R"({"procedure":"gas-fine","factsDate":"2026-03-10",)") +
                             R"("intendedFine":)" + fine + "}";
    const QJsonObject output = evaluate(json.c_str());
    CHECK(output.value(QLatin1String("hearingRight")).toBool() == right);
}

TEST_CASE("Violation messages name the dates and the rule", "[clock]")
{
    const QJsonObject output = evaluate(R"({"procedure":"gas-fine","factsDate":"2026-03-10",
        "events":[{"type":"start-letter-posted","date":"2026-04-21"},
                  {"type":"decision-posted","date":"2026-05-08"}]})");
    const QJsonArray list = output.value(QLatin1String("violations")).toArray();
    REQUIRE(list.size() == 1);
    const QString message = list[0][QLatin1String("message")].toString();
    CHECK(message.contains(QStringLiteral("2026-05-08")));
    CHECK(message.contains(QStringLiteral("2026-05-12")));
    CHECK(message.contains(QStringLiteral("defence term")));
}
