#include "IndicatorFixture.h"

using namespace regie;
using namespace regie::test;

namespace {

std::optional<double> valueOf(const QVector<IndicatorValue>& values, const QString& key)
{
    for (const IndicatorValue& v : values)
        if (v.key == key)
            return v.value;
    FAIL("no value for " << key.toStdString());
    return std::nullopt;
}

} // namespace

TEST_CASE("a round is half-yearly or yearly by its dates", "[indicators]")
{
    CHECK(ReportRounds::kindOf({day("2026-01-01"), day("2026-06-30")}) == "half-year");
    CHECK(ReportRounds::kindOf({day("2026-07-01"), day("2026-12-31")}) == "half-year");
    CHECK(ReportRounds::kindOf({day("2026-01-01"), day("2026-12-31")}) == "year");
    CHECK(ReportRounds::kindOf({day("2026-02-01"), day("2026-06-30")}) == "other");
}

TEST_CASE("freezing stores every value with its source and a frozen round never changes",
          "[indicators]")
{
    IndicatorFixture f;
    ReportRounds& rounds = f.ind->rounds();
    REQUIRE(rounds.create(QStringLiteral("2026-H1"), {day("2026-01-01"), day("2026-06-30")}).ok());
    CHECK(rounds.create(QStringLiteral("2026-H1"), {day("2026-01-01"), day("2026-06-30")})
              .error()
              .field == QStringLiteral("name"));
    REQUIRE(f.ind->records()
                .addMeeting({{}, QStringLiteral("owners"), day("2026-03-03"), {}, {}, {}})
                .ok());
    // Open: live values.
    auto open = rounds.find(QStringLiteral("2026-H1"));
    REQUIRE(open.ok());
    CHECK_FALSE(open->frozen());
    auto live = rounds.values(*open, f.ind->engine(), f.ind->catalogue());
    CHECK(valueOf(*live, QStringLiteral("2.3.meetings-owners")) == 1);

    const int audits =
        f.t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'round.freeze'"));
    auto frozen = rounds.freeze(QStringLiteral("2026-H1"), f.ind->engine(), f.ind->catalogue());
    REQUIRE(frozen.ok());
    CHECK(frozen->frozen());
    CHECK(frozen->frozenBy == QStringLiteral("tester"));
    CHECK(f.t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'round.freeze'")) ==
          audits + 1);
    CHECK(f.t.count(QStringLiteral("round_values")) == f.ind->catalogue().all().size());
    // Every count of Regie's own records is stamped with its source and the freeze date (the
    // branch inventory is empty here, so its counts have no value and no source).
    int counts = 0;
    for (const IndicatorDefinition& d : f.ind->catalogue().all())
        counts += d.kind == IndicatorKind::Computed && !d.query.startsWith(QLatin1String("branch"));
    CHECK(f.t.count(QStringLiteral("round_values"),
                    QStringLiteral("kind = 'computed' AND source = 'Regie' AND source_date = "
                                   "'2026-11-28'")) == counts);

    // Later records do not change the frozen round; live counts do.
    REQUIRE(f.ind->records()
                .addMeeting({{}, QStringLiteral("owners"), day("2026-04-04"), {}, {}, {}})
                .ok());
    auto stored = rounds.values(*frozen, f.ind->engine(), f.ind->catalogue());
    CHECK(valueOf(*stored, QStringLiteral("2.3.meetings-owners")) == 1);
    CHECK(valueOf(*stored, QStringLiteral("1.1.clients")) == std::nullopt);
    CHECK(stored->size() == f.ind->catalogue().all().size());
    CHECK(stored->first().key == f.ind->catalogue().all().first().key);

    const int log = f.t.count(QStringLiteral("change_log"));
    auto twice = rounds.freeze(QStringLiteral("2026-H1"), f.ind->engine(), f.ind->catalogue());
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().detail.startsWith(QStringLiteral("round-frozen")));
    CHECK(twice.error().detail.contains(QStringLiteral("never changes")));
    auto edit = rounds.setPeriod(QStringLiteral("2026-H1"), {day("2026-01-01"), day("2026-05-31")});
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.error().code == ErrorCode::RuleViolation);
    CHECK(f.t.count(QStringLiteral("change_log")) == log);
}

TEST_CASE("a round compares with the previous frozen round", "[indicators]")
{
    IndicatorFixture f;
    ReportRounds& rounds = f.ind->rounds();
    for (const char* date : {"2025-03-03", "2026-02-02", "2026-03-03", "2026-08-08"})
        REQUIRE(f.ind->records()
                    .addMeeting({{}, QStringLiteral("core-group"), day(date), {}, {}, {}})
                    .ok());
    REQUIRE(rounds.create(QStringLiteral("2025-H2"), {day("2025-07-01"), day("2025-12-31")}).ok());
    REQUIRE(rounds.create(QStringLiteral("2025"), {day("2025-01-01"), day("2025-12-31")}).ok());
    REQUIRE(rounds.create(QStringLiteral("2026-H1"), {day("2026-01-01"), day("2026-06-30")}).ok());
    REQUIRE(rounds.freeze(QStringLiteral("2025"), f.ind->engine(), f.ind->catalogue()).ok());
    REQUIRE(rounds.freeze(QStringLiteral("2025-H2"), f.ind->engine(), f.ind->catalogue()).ok());
    auto h1 = rounds.find(QStringLiteral("2026-H1"));
    auto previous = rounds.previous(*h1);
    REQUIRE(previous.ok());
    REQUIRE(previous->has_value());
    CHECK(previous->value().name == QStringLiteral("2025-H2")); // same kind first
    auto rows = rounds.compare(*h1, f.ind->engine(), f.ind->catalogue());
    REQUIRE(rows.ok());
    bool seen = false;
    for (const RoundRow& row : *rows)
        if (row.current.key == QLatin1String("2.3.meetings-core-group")) {
            seen = true;
            CHECK(row.current.value == 2);
            REQUIRE(row.previous.has_value());
            CHECK(row.previous->value == 0);
        }
    CHECK(seen);
    auto year = rounds.find(QStringLiteral("2025"));
    auto yearRows = rounds.values(*year, f.ind->engine(), f.ind->catalogue());
    CHECK(valueOf(*yearRows, QStringLiteral("2.3.meetings-core-group")) == 1);
    CHECK_FALSE(rounds.previous(*year)->has_value());
}
