#include "GasTestSupport.h"
#include "identifiers/PaymentReference.h"

using namespace regie;
using namespace regie::gastest;

TEST_CASE("intake numbers dossiers per installation and year, with the payment reference",
          "[procedures]")
{
    Fixture f;
    const QString p = f.person("Proefmans");
    const GasOutcome first = f.intake(f.intakeOf(p, "2026-09-01", "2026-09-10"));
    const GasOutcome second = f.intake(f.intakeOf(p, "2026-09-02", "2026-09-10"));
    CHECK(first.number == QLatin1String("GAS/2026/TS/0001"));
    CHECK(second.number == QLatin1String("GAS/2026/TS/0002"));
    CHECK(first.state == QLatin1String("registered"));
    CHECK(first.warnings.isEmpty());
    auto dossier = f.gas.repository().get(first.number);
    REQUIRE(dossier.ok());
    CHECK(dossier->id == first.id);
    CHECK(dossier->paymentReference ==
          PaymentReference::fromDossierNumber(QStringLiteral("GAS/2026/TS/0001")).value());
    CHECK(dossier->ruleSet == QLatin1String("GAS 2024"));
    CHECK(dossier->limitationDate == d("2027-03-01"));
    CHECK(f.logRows(first.id) > 10);                   // create + one record per field
    CHECK(f.t.count(QStringLiteral("offences")) == 6); // seeded lazily, through the write path
    CHECK(f.t.count(QStringLiteral("change_log"), QStringLiteral("entity = 'offences'")) > 0);
}

TEST_CASE("intake refuses facts in the future and under-14s, checks the fine ceiling",
          "[procedures]")
{
    Fixture f;
    const QString adult = f.person("Proefmans");
    auto future = f.gas.intake(f.intakeOf(adult, "2026-12-01", "2026-11-28"));
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().field == QLatin1String("facts-in-future"));
    CHECK(future.error().detail.contains(QLatin1String("2026-12-01")));

    const QString child = f.person("Testaert", "2013-01-01");
    auto underAge = f.gas.intake(f.intakeOf(child, "2026-09-01", "2026-09-10"));
    REQUIRE_FALSE(underAge.ok());
    CHECK(underAge.error().code == ErrorCode::RuleViolation);
    CHECK(underAge.error().field == QLatin1String("under-age"));
    CHECK(underAge.error().detail.contains(QLatin1String("aged 13")));

    auto tooHigh = f.gas.intake(f.intakeOf(adult, "2026-09-01", "2026-09-10", 600.0));
    REQUIRE_FALSE(tooHigh.ok());
    CHECK(tooHigh.error().field == QLatin1String("fine-above-maximum"));
    CHECK(f.t.count(QStringLiteral("gas_dossiers")) == 0);
}

TEST_CASE("a minor from the birth date on the date of facts", "[procedures]")
{
    Fixture f;
    const QString minor = f.person("Fictiefs", "2010-05-01");
    const GasOutcome o = f.intake(f.intakeOf(minor, "2026-09-01", "2026-09-10", 100.0));
    CHECK(o.flags.contains(QStringLiteral("minor")));
    auto minorTooHigh = f.gas.intake(f.intakeOf(minor, "2026-09-01", "2026-09-10", 200.0));
    REQUIRE_FALSE(minorTooHigh.ok());
    CHECK(minorTooHigh.error().field == QLatin1String("fine-above-maximum"));
    CHECK(minorTooHigh.error().detail.contains(QLatin1String("for a minor")));
    // 18 the day after the facts: still a minor for this dossier
    const QString almost = f.person("Demonckx", "2008-09-02");
    CHECK(f.intake(f.intakeOf(almost, "2026-09-01", "2026-09-10", 100.0))
              .flags.contains(QStringLiteral("minor")));
}

TEST_CASE("a finding received after two months is flagged and cannot start", "[procedures]")
{
    Fixture f;
    const QString p = f.person("Proefmans");
    const GasOutcome late = f.intake(f.intakeOf(p, "2026-06-01", "2026-08-05"));
    CHECK(late.flags.contains(QStringLiteral("received-late")));
    REQUIRE(late.warnings.size() == 1);
    CHECK(late.warnings.first().startsWith(QLatin1String("finding-late")));
    const Error e =
        f.refused(late.id, Fixture::ev("start-letter-posted", "2026-08-06"), "finding-late");
    CHECK(e.detail.contains(QLatin1String("2026-08-01")));
    // received on the last day of the term: in time
    const GasOutcome onTime = f.intake(f.intakeOf(p, "2026-06-01", "2026-08-01"));
    CHECK_FALSE(onTime.flags.contains(QStringLiteral("received-late")));
}

TEST_CASE("report numbers are checked softly", "[procedures]")
{
    Fixture f;
    const QString p = f.person("Proefmans");
    GasIntake in = f.intakeOf(p, "2026-09-01", "2026-09-10");
    in.reportNumber = QStringLiteral("pv 12345");
    const GasOutcome o = f.intake(in);
    REQUIRE(o.warnings.size() == 1);
    CHECK(o.warnings.first().startsWith(QLatin1String("pv.pattern")));
    CHECK(o.flags.contains(QStringLiteral("report-number-pattern")));
    in.reportKind = QStringLiteral("administrative");
    in.reportNumber = QStringLiteral("BV-2026-17");
    CHECK(f.intake(in).warnings.isEmpty());
}

TEST_CASE("a repeat offence within 24 months of a fine for the same offence is flagged",
          "[procedures]")
{
    Fixture f;
    const QString p = f.person("Proefmans");
    const GasOutcome first = f.intake(f.intakeOf(p, "2026-09-01", "2026-09-10"));
    f.step(first.id, Fixture::ev("start-letter-posted", "2026-09-14"));
    f.step(first.id, Fixture::ev("decision-posted", "2026-10-05", 150.0));
    const GasOutcome again = f.intake(f.intakeOf(p, "2026-11-20", "2026-11-25"));
    CHECK(again.flags.contains(QStringLiteral("repeat-offence")));
    REQUIRE_FALSE(again.warnings.isEmpty());
    CHECK(again.warnings.first().contains(QLatin1String("GAS/2026/TS/0001")));
    auto stored = f.gas.repository().get(again.id);
    CHECK(stored->repeatOf == first.id);
    const GasOutcome other =
        f.intake(f.intakeOf(p, "2026-11-20", "2026-11-25", 150.0, "CLIENT-SOLICITING"));
    CHECK_FALSE(other.flags.contains(QStringLiteral("repeat-offence")));
    const QString someoneElse = f.person("Testaert");
    CHECK_FALSE(f.intake(f.intakeOf(someoneElse, "2026-11-20", "2026-11-25"))
                    .flags.contains(QStringLiteral("repeat-offence")));
}

TEST_CASE("the list filters in SQL and searches names, places and report numbers", "[procedures]")
{
    Fixture f;
    const QString a = f.person("Proefmans");
    const QString b = f.person("Testaert");
    f.intake(f.intakeOf(a, "2026-09-01", "2026-09-10"));
    GasIntake other = f.intakeOf(b, "2026-10-01", "2026-10-10", 100.0, "CLIENT-SOLICITING");
    other.place = QStringLiteral("Verversrui 3");
    other.reportNumber = QStringLiteral("AN.44.L1.07777/26");
    f.intake(other);
    GasRepository::Filter filter;
    CHECK(f.gas.repository().count(filter).value() == 2);
    filter.search = QStringLiteral("testa");
    auto found = f.gas.repository().find(filter);
    REQUIRE(found->size() == 1);
    CHECK(found->first().personName == QLatin1String("Testaert, Demo"));
    filter.search = QStringLiteral("verversrui");
    CHECK(f.gas.repository().count(filter).value() == 1);
    filter.search = QStringLiteral("07777");
    CHECK(f.gas.repository().count(filter).value() == 1);
    filter = {};
    filter.offenceCode = QStringLiteral("client-soliciting");
    CHECK(f.gas.repository().count(filter).value() == 1);
    filter = {};
    filter.factsFrom = d("2026-09-15");
    CHECK(f.gas.repository().count(filter).value() == 1);
    filter = {};
    filter.personId = a;
    filter.states = {QStringLiteral("registered")};
    CHECK(f.gas.repository().count(filter).value() == 1);
}
