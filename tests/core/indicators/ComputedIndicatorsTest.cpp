#include "IndicatorFixture.h"

using namespace regie;
using namespace regie::test;

TEST_CASE("every computed indicator has a query the engine knows", "[indicators]")
{
    IndicatorFixture f;
    int computed = 0;
    for (const IndicatorDefinition& d : f.ind->catalogue().all()) {
        if (d.kind != IndicatorKind::Computed)
            continue;
        ++computed;
        INFO(d.key.toStdString());
        CHECK(IndicatorEngine::queries().contains(d.query));
        CHECK_FALSE(d.definitionNl.isEmpty());
        CHECK_FALSE(d.definitionEn.isEmpty());
        auto v = f.ind->engine().value(d, {day("2026-01-01"), day("2026-12-31")});
        REQUIRE(v.ok());
    }
    CHECK(computed >= 30);
}

TEST_CASE("GAS fines count by offender role on the decision date", "[indicators]")
{
    IndicatorFixture f;
    f.decidedGas("SOLICIT-OUTSIDE-ZONE", "2026-10-05", 150.0);
    f.decidedGas("SOLICIT-OUTSIDE-ZONE", "2026-10-05", 100.0);
    f.decidedGas("CLIENT-SOLICITING", "2026-10-12", 250.0);
    f.decidedGas("CLIENT-SOLICITING", "2026-10-06", 0); // decided without a fine: not counted
    f.checkBoundaries(QStringLiteral("2.2.gas-fines-sex-worker"), day("2026-10-05"), 2);
    f.checkBoundaries(QStringLiteral("2.2.gas-fines-client"), day("2026-10-12"), 1);
    CHECK(f.value(QStringLiteral("2.2.gas-fines-client"), "2026-10-06", "2026-10-06") == 0);
}

TEST_CASE("the mayor's measures count by kind on the decision date", "[indicators]")
{
    IndicatorFixture f;
    f.measure("place-ban", "2026-10-01");
    f.measure("closure-trafficking", "2026-10-08");
    f.measure("closure-public-order", "2026-10-15");
    f.measure("hearing-order", "2026-10-22");
    f.checkBoundaries(QStringLiteral("2.2.measures-place-ban"), day("2026-10-01"), 1);
    f.checkBoundaries(QStringLiteral("2.2.measures-closure-trafficking"), day("2026-10-08"), 1);
    f.checkBoundaries(QStringLiteral("2.2.measures-closure-public-order"), day("2026-10-15"), 1);
    f.checkBoundaries(QStringLiteral("2.2.measures-hearing-order"), day("2026-10-22"), 1);
    CHECK(f.value(QStringLiteral("2.1.administrative-measures"), "2026-10-01", "2026-10-22") == 4);
    CHECK(f.value(QStringLiteral("2.1.administrative-measures"), "2026-10-02", "2026-10-21") == 2);
}

TEST_CASE("premises inspected proactively and reactively count each premises once", "[indicators]")
{
    IndicatorFixture f;
    const QString a = f.addPremises(QStringLiteral("Schippersstraat"), QStringLiteral("1"));
    const QString b = f.addPremises(QStringLiteral("Schippersstraat"), QStringLiteral("2"));
    f.inspection(a, "proactive", "2026-06-10");
    f.inspection(a, "proactive", "2026-06-10"); // a second visit the same day: one premises
    f.inspection(b, "proactive", "2026-06-10");
    f.inspection(b, "reactive", "2026-07-01");
    f.checkBoundaries(QStringLiteral("2.3.premises-proactive"), day("2026-06-10"), 2);
    f.checkBoundaries(QStringLiteral("2.3.premises-reactive"), day("2026-07-01"), 1);
}

TEST_CASE("certificates granted, refused, suspended and withdrawn count on their dates",
          "[indicators]")
{
    IndicatorFixture f;
    const QString p1 = f.addPremises(QStringLiteral("Schippersstraat"), QStringLiteral("10"));
    const QString p2 = f.addPremises(QStringLiteral("Schippersstraat"), QStringLiteral("11"));
    const QString p3 = f.addPremises(QStringLiteral("Schippersstraat"), QStringLiteral("12"));
    const QString granted = f.completeDossier(p1, day("2026-03-01"));
    f.grant(granted, day("2026-03-20"));
    const QString conditional = f.completeDossier(p2, day("2026-03-01"));
    REQUIRE(f.s->certificates()
                .decide(conditional, {QStringLiteral("granted-with-conditions"),
                                      day("2026-03-20"),
                                      {{{}, QStringLiteral("Brandblusser"), day("2026-06-01"), {}}},
                                      {}})
                .ok());
    const QString refused = f.completeDossier(p3, day("2026-04-01"));
    REQUIRE(f.s->certificates()
                .decide(refused, {QStringLiteral("refused"), day("2026-04-15"), {}, {}})
                .ok());
    REQUIRE(f.s->certificates()
                .suspend(granted, day("2026-05-04"), day("2026-06-04"), QStringLiteral("CBS-1"))
                .ok());
    REQUIRE(
        f.s->certificates().withdraw(conditional, day("2026-08-17"), QStringLiteral("CBS-2")).ok());
    f.checkBoundaries(QStringLiteral("2.3.certificates-granted"), day("2026-03-20"), 2);
    f.checkBoundaries(QStringLiteral("2.3.certificates-refused"), day("2026-04-15"), 1);
    f.checkBoundaries(QStringLiteral("2.3.certificates-suspended"), day("2026-05-04"), 1);
    f.checkBoundaries(QStringLiteral("2.3.certificates-withdrawn"), day("2026-08-17"), 1);
    CHECK(f.value(QStringLiteral("2.2.sanctions"), "2026-05-04", "2026-08-17") == 2);
    CHECK(f.value(QStringLiteral("2.2.sanctions"), "2026-05-05", "2026-08-16") == 0);
}

TEST_CASE("meetings count by type", "[indicators]")
{
    IndicatorFixture f;
    QDate on = day("2026-02-02");
    int counted = 0;
    for (const IndicatorDefinition& d : f.ind->catalogue().all()) {
        if (d.query != QLatin1String("meetings"))
            continue;
        const QString type = d.params.value(QStringLiteral("type")).toString();
        REQUIRE(
            f.ind->records().addMeeting({{}, type, on, QStringLiteral("Overleg"), {}, {}}).ok());
        f.checkBoundaries(d.key, on, 1);
        on = on.addDays(100); // the next type's meeting lies outside this one's windows
        if (on > day("2026-11-01"))
            on = day("2026-02-02").addDays(counted * 3 + 1);
        ++counted;
    }
    CHECK(counted == IndicatorRecords::meetingTypes().size()); // every type is counted
}

TEST_CASE("notes and covenants count by kind", "[indicators]")
{
    IndicatorFixture f;
    REQUIRE(f.ind->records()
                .addNote({{},
                          QStringLiteral("covenant"),
                          day("2026-01-15"),
                          QStringLiteral("Convenant Ghapro 2026"),
                          {}})
                .ok());
    REQUIRE(f.ind->records()
                .addNote({{},
                          QStringLiteral("policy-note"),
                          day("2026-04-01"),
                          QStringLiteral("Beleidsnota raamprostitutie"),
                          {}})
                .ok());
    REQUIRE(f.ind->records()
                .addNote({{},
                          QStringLiteral("signal-note"),
                          day("2026-04-01"),
                          QStringLiteral("Signaalnota massagesalons"),
                          {}})
                .ok());
    REQUIRE(f.ind->records()
                .addNote({{},
                          QStringLiteral("explanation"),
                          day("2026-09-09"),
                          QStringLiteral("Toelichting aan de pers"),
                          {}})
                .ok());
    f.checkBoundaries(QStringLiteral("3.5.covenants"), day("2026-01-15"), 1);
    f.checkBoundaries(QStringLiteral("3.5.notes"), day("2026-04-01"), 2);
    f.checkBoundaries(QStringLiteral("3.4.explanations"), day("2026-09-09"), 1);
}

TEST_CASE("the branch inventory sums counting periods that lie inside the period", "[indicators]")
{
    IndicatorFixture f;
    BranchCount q1{{}, {day("2026-01-01"), day("2026-03-31")}, QStringLiteral("window"),
                   {}, QStringLiteral("Prostitutieteam"),      day("2026-04-10")};
    BranchCount q2 = q1;
    q2.period = {day("2026-04-01"), day("2026-06-30")};
    BranchCount escort = q2;
    escort.branch = QStringLiteral("escort");
    int n = 1;
    for (const QString& field : IndicatorRecords::branchFields()) {
        q1.counts.insert(field, n);
        q2.counts.insert(field, 10 * n);
        escort.counts.insert(field, 100 * n);
        ++n;
    }
    REQUIRE(f.ind->records().addBranchCount(q1).ok());
    REQUIRE(f.ind->records().addBranchCount(q2).ok());
    REQUIRE(f.ind->records().addBranchCount(escort).ok());
    n = 1;
    for (const QString& field : IndicatorRecords::branchFields()) {
        if (field == QLatin1String("establishments")) {
            ++n;
            continue;
        }
        QString key = QStringLiteral("2.1.") + field;
        key.replace(QLatin1Char('_'), QLatin1Char('-'));
        INFO(key.toStdString());
        CHECK(f.value(key, "2026-01-01", "2026-06-30") == 111 * n);
        CHECK(f.value(key, "2026-01-01", "2026-03-31") == n);
        CHECK(f.value(key, "2026-04-01", "2026-06-30") == 110 * n);
        CHECK(f.value(key, "2026-01-02", "2026-06-30") == 110 * n);        // Q1 not wholly inside
        CHECK_FALSE(f.value(key, "2026-01-02", "2026-06-29").has_value()); // nothing counted
        ++n;
    }
    // Establishments are a stock: the latest counting period, all branches together.
    CHECK(f.value(QStringLiteral("2.1.establishments"), "2026-01-01", "2026-06-30") == 110);
    CHECK(f.value(QStringLiteral("2.1.establishments"), "2026-01-01", "2026-03-31") == 1);
    CHECK_FALSE(f.value(QStringLiteral("2.1.establishments"), "2026-07-01", "2026-12-31"));
}
