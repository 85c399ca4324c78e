#include "GasTestSupport.h"

using namespace regie;
using namespace regie::gastest;

namespace {

// Facts 2026-09-01, received 2026-09-10, start letter posted Monday 2026-09-14: notified
// Thursday 2026-09-17, defence until Friday 2026-10-02, earliest decision 2026-10-03, limitation
// 2027-03-01.
QString started(Fixture& f, std::optional<double> fine = 150.0, const char* birth = "1990-05-01")
{
    const QString p = f.person("Proefmans", birth);
    const GasOutcome o = f.intake(f.intakeOf(p, "2026-09-01", "2026-09-10", fine));
    CHECK(f.step(o.id, Fixture::ev("start-letter-posted", "2026-09-14")).state ==
          QLatin1String("started"));
    return o.id;
}

} // namespace

TEST_CASE("a decision before the earliest decision date is refused with the dates", "[procedures]")
{
    Fixture f;
    const QString id = started(f);
    const Error e =
        f.refused(id, Fixture::ev("decision-posted", "2026-10-02", 150.0), "decision-too-early");
    CHECK(e.detail.contains(QLatin1String("2026-10-03")));
    CHECK(e.detail.contains(QLatin1String("2026-10-02")));
    CHECK(f.step(id, Fixture::ev("decision-posted", "2026-10-03", 150.0)).state ==
          QLatin1String("decided"));
}

TEST_CASE("a waiver allows an earlier decision", "[procedures]")
{
    Fixture f;
    const QString id = started(f);
    CHECK(f.step(id, Fixture::ev("defence-waived", "2026-09-20")).state ==
          QLatin1String("defence-open"));
    CHECK(f.step(id, Fixture::ev("decision-posted", "2026-09-21", 100.0)).state ==
          QLatin1String("decided"));
}

TEST_CASE("a fine above the ceiling is refused", "[procedures]")
{
    Fixture f;
    const QString id = started(f);
    const Error e =
        f.refused(id, Fixture::ev("decision-posted", "2026-10-05", 501.0), "fine-above-maximum");
    CHECK(e.detail.contains(QLatin1String("500.00 EUR")));
    CHECK(e.detail.contains(QLatin1String("GAS 2024")));
    f.step(id, Fixture::ev("decision-posted", "2026-10-05", 500.0));
}

TEST_CASE("a requested hearing must be held before the decision", "[procedures]")
{
    Fixture f;
    const QString id = started(f);
    f.step(id, Fixture::ev("hearing-requested", "2026-09-20"));
    f.refused(id, Fixture::ev("decision-posted", "2026-10-05", 150.0), "hearing-not-held");
    f.refused(id, Fixture::ev("hearing-held", "2026-10-08"), "transition-not-allowed");
    CHECK(f.step(id, Fixture::ev("hearing-planned", "2026-10-09")).state ==
          QLatin1String("hearing-planned"));
    f.refused(id, Fixture::ev("decision-posted", "2026-10-05", 150.0), "hearing-not-held");
    CHECK(f.step(id, Fixture::ev("hearing-held", "2026-10-09")).state == QLatin1String("heard"));
    f.refused(id, Fixture::ev("decision-posted", "2026-10-09", 150.0), "decision-too-early");
    CHECK(f.step(id, Fixture::ev("decision-posted", "2026-10-10", 150.0)).state ==
          QLatin1String("decided"));
}

TEST_CASE("a hearing needs the right to one", "[procedures]")
{
    Fixture f;
    const QString low = started(f, 60.0);
    const Error e =
        f.refused(low, Fixture::ev("hearing-requested", "2026-09-20"), "no-hearing-right");
    CHECK(e.detail.contains(QLatin1String("70.00 EUR")));
    f.refused(low, Fixture::ev("hearing-planned", "2026-10-01"), "hearing-not-requested");
    // a minor is always heard, whatever the amount
    Fixture g;
    const QString minor = started(g, 60.0, "2010-05-01");
    g.step(minor, Fixture::ev("hearing-planned", "2026-10-01"));
    g.refused(minor, Fixture::ev("decision-posted", "2026-10-05", 60.0), "hearing-not-held");
}

TEST_CASE("a decision after the limitation date is refused, and lapsing needs it passed",
          "[procedures]")
{
    Fixture f;
    const QString p = f.person("Proefmans");
    const GasOutcome o = f.intake(f.intakeOf(p, "2026-05-01", "2026-05-20"));
    f.step(o.id, Fixture::ev("start-letter-posted", "2026-05-25"));
    const Error e = f.refused(o.id, Fixture::ev("decision-posted", "2026-11-05", 150.0),
                              "decision-after-limitation");
    CHECK(e.detail.contains(QLatin1String("2026-11-01")));
    f.refused(o.id, Fixture::ev("lapsed", "2026-10-30"), "limitation-not-reached");
    CHECK(f.step(o.id, Fixture::ev("lapsed", "2026-11-02")).state == QLatin1String("lapsed"));
    f.refused(o.id, Fixture::ev("start-letter-posted", "2026-11-03"), "transition-not-allowed");
}

TEST_CASE("events in the future or before the facts are refused", "[procedures]")
{
    Fixture f;
    const QString id = started(f);
    f.refused(id, Fixture::ev("defence-received", "2026-11-29"), "date-in-future");
    f.refused(id, Fixture::ev("defence-received", "2026-08-31"), "date-before-facts");
    // a hearing is planned ahead
    f.step(id, Fixture::ev("hearing-requested", "2026-09-20"));
    CHECK(f.step(id, Fixture::ev("hearing-planned", "2026-12-03")).state ==
          QLatin1String("hearing-planned"));
}

TEST_CASE("transitions outside the state machine are refused", "[procedures]")
{
    Fixture f;
    const QString p = f.person("Proefmans");
    const GasOutcome o = f.intake(f.intakeOf(p, "2026-09-01", "2026-09-10"));
    const Error e = f.refused(o.id, Fixture::ev("decision-posted", "2026-10-05", 100.0),
                              "transition-not-allowed");
    CHECK(e.detail.contains(QLatin1String("registered")));
    f.refused(o.id, Fixture::ev("payment", "2026-10-05", 100.0), "transition-not-allowed");
    f.refused(o.id, Fixture::ev("appeal-lodged", "2026-10-05"), "transition-not-allowed");
    f.refused(o.id, Fixture::ev("start-letter-posted", "2026-09-09"), "date-before-finding");
    auto unknown = f.gas.record(o.id, Fixture::ev("teleported", "2026-10-05"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::Validation);
    CHECK(f.step(o.id, Fixture::ev("closed-without-fine", "2026-09-20", {}, "dismissed")).state ==
          QLatin1String("closed-without-fine"));
}

TEST_CASE("a decision without a fine closes the dossier", "[procedures]")
{
    Fixture f;
    const QString id = started(f);
    f.step(id, Fixture::ev("mediation-offered", "2026-09-20"));
    auto view = f.gas.view(id);
    CHECK(view->dossier.limitationDate == d("2027-09-01")); // 12 months with mediation
    CHECK(f.step(id, Fixture::ev("decision-posted", "2026-10-05", {}, "mediation")).state ==
          QLatin1String("closed-without-fine"));
}

TEST_CASE("payments: reference, partial, late, paid, overdue and collection", "[procedures]")
{
    Fixture f;
    const QString id = started(f);
    f.step(id, Fixture::ev("decision-posted", "2026-10-05", 150.0));
    // decision notified Thursday 2026-10-08; + 1 month = Sunday 2026-11-08 → Monday 2026-11-09
    auto view = f.gas.view(id);
    REQUIRE(view.ok());
    CHECK(view->dossier.paymentDue == d("2026-11-09"));
    CHECK(view->paymentStatus == QLatin1String("overdue")); // today is 2026-11-28
    CHECK(view->clock.deadline(QStringLiteral("collectionEnd"))->date.date == d("2031-11-09"));
    f.refused(id, Fixture::ev("collection-started", "2026-11-09"), "payment-term-running");
    const GasOutcome partial = f.step(id, Fixture::ev("payment", "2026-11-05", 100.0));
    CHECK(partial.state == QLatin1String("decided"));
    CHECK_FALSE(partial.flags.contains(QStringLiteral("payment-late")));
    CHECK(f.gas.view(id)->dossier.paidAmount == 100.0);
    const GasOutcome rest = f.step(id, Fixture::ev("payment", "2026-11-20", 50.0));
    CHECK(rest.state == QLatin1String("paid"));
    CHECK(rest.flags.contains(QStringLiteral("payment-late")));
    view = f.gas.view(id);
    CHECK(view->paymentStatus == QLatin1String("paid"));
    REQUIRE(view->payments.size() == 2);
    CHECK(view->payments.first().reference == view->dossier.paymentReference);
    CHECK(view->payments.last().late);
    CHECK(f.t.count(QStringLiteral("change_log"), QStringLiteral("entity = 'payments'")) > 0);
    f.refused(id, Fixture::ev("collection-started", "2026-11-25"), "transition-not-allowed");
}

TEST_CASE("unpaid fines go to collection after the payment term", "[procedures]")
{
    Fixture f;
    const QString id = started(f);
    f.step(id, Fixture::ev("decision-posted", "2026-10-05", 150.0));
    CHECK(f.step(id, Fixture::ev("collection-started", "2026-11-20")).state ==
          QLatin1String("unpaid-collection"));
    auto view = f.gas.view(id);
    CHECK(view->dossier.nextDeadlineName == QLatin1String("collectionEnd"));
    CHECK(view->dossier.nextDeadline == d("2031-11-09"));
    CHECK(f.step(id, Fixture::ev("payment", "2026-11-27", 150.0)).state == QLatin1String("paid"));
}

TEST_CASE("appeal to the court and its judgment", "[procedures]")
{
    Fixture f;
    const QString id = started(f);
    f.step(id, Fixture::ev("decision-posted", "2026-10-05", 150.0));
    auto noCourt = f.gas.record(id, Fixture::ev("appeal-lodged", "2026-10-20"));
    REQUIRE_FALSE(noCourt.ok());
    CHECK(noCourt.error().field == QLatin1String("court"));
    GasEventInput appeal = Fixture::ev("appeal-lodged", "2026-10-20");
    appeal.court = QStringLiteral("Politierechtbank Antwerpen");
    CHECK(f.step(id, appeal).state == QLatin1String("appealed"));
    f.refused(id, Fixture::ev("payment", "2026-10-25", 150.0), "transition-not-allowed");
    CHECK(f.step(id, Fixture::ev("judgment", "2026-11-20", 100.0, "reduced")).state ==
          QLatin1String("judged"));
    CHECK(f.gas.view(id)->dossier.decidedFine == 100.0);
    CHECK(f.step(id, Fixture::ev("payment", "2026-11-25", 100.0)).state == QLatin1String("paid"));
}

TEST_CASE("an annulled fine closes the dossier, and a late appeal is accepted with a warning",
          "[procedures]")
{
    Fixture f;
    const QString id = started(f);
    f.step(id, Fixture::ev("decision-posted", "2026-10-05", 150.0));
    GasEventInput appeal = Fixture::ev("appeal-lodged", "2026-11-12");
    appeal.court = QStringLiteral("Politierechtbank Antwerpen");
    const GasOutcome late = f.step(id, appeal);
    REQUIRE(late.warnings.size() == 1);
    CHECK(late.warnings.first().startsWith(QLatin1String("appeal-late")));
    CHECK(f.step(id, Fixture::ev("judgment", "2026-11-26", {}, "annulled")).state ==
          QLatin1String("closed-without-fine"));
}

TEST_CASE("the dossier view carries the clock's deadlines with derivations", "[procedures]")
{
    Fixture f;
    const QString id = started(f);
    auto view = f.gas.open(id);
    REQUIRE(view.ok());
    const auto* defence = view->clock.deadline(QStringLiteral("defence"));
    REQUIRE(defence);
    CHECK(defence->date.date == d("2026-10-02"));
    CHECK(defence->date.derivation.contains(QLatin1String("2026-09-17")));
    CHECK(view->dossier.nextDeadlineName == QLatin1String("earliestDecision"));
    CHECK(view->dossier.nextDeadline == d("2026-10-03"));
    CHECK(f.t.count(QStringLiteral("audit_log"), QStringLiteral("entity = 'gas_dossiers'")) > 0);
}
