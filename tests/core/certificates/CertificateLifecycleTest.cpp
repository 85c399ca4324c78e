#include "CertificateFixture.h"
#include "certificates/CertificateStatus.h"

using namespace regie;
using Status = CertificateStatus::Status;

namespace {
Status statusOn(test::CertificateFixture& f, const QString& id, const QDate& date)
{
    return CertificateStatus::at(f.dossier(id), date);
}
} // namespace

TEST_CASE("a decision is refused while documents are missing, listing them by name",
          "[certificates]")
{
    test::CertificateFixture f;
    const QString premises = f.addPremises();
    auto id = f.s->certificates().apply(premises, QDate(2026, 11, 2));
    REQUIRE(id.ok());
    CHECK(f.changes(QStringLiteral("certificates"), id.value()) > 0);
    REQUIRE(f.s->certificates()
                .addDocument(id.value(), {{}, QStringLiteral("cadastral-data"), QDate(2026, 10, 1), {}})
                .ok());
    auto decided = f.s->certificates().decide(id.value(), {QStringLiteral("granted"),
                                                            QDate(2026, 11, 20), {}, {}});
    REQUIRE_FALSE(decided.ok());
    CHECK(decided.error().code == ErrorCode::RuleViolation);
    for (const char* name : {"real-rights", "criminal-record", "company-publications",
                             "company-registration", "identity-copy"})
        CHECK(decided.error().detail.contains(QLatin1String(name)));
    CHECK_FALSE(decided.error().detail.contains(QStringLiteral("cadastral-data")));
    CHECK(statusOn(f, id.value(), QDate(2026, 11, 28)) == Status::Applied);
}

TEST_CASE("a criminal-record extract older than one month on the application date is stale",
          "[certificates]")
{
    test::CertificateFixture f;
    const QString premises = f.addPremises();
    const QString id = f.completeDossier(premises, QDate(2026, 10, 20), QDate(2026, 9, 19));
    auto decided = f.s->certificates().decide(id, {QStringLiteral("granted"), QDate(2026, 11, 2),
                                                   {}, {}});
    REQUIRE_FALSE(decided.ok());
    CHECK(decided.error().detail.contains(
        QStringLiteral("criminal-record (dated 2026-09-19, older than 1 month(s) on 2026-10-20)")));
    // exactly one month old on the application date is still accepted
    REQUIRE(f.s->certificates()
                .addDocument(id, {{}, QStringLiteral("criminal-record"), QDate(2026, 9, 20), {}})
                .ok());
    CHECK(f.s->certificates().decide(id, {QStringLiteral("granted"), QDate(2026, 11, 2), {}, {}}).ok());
}

TEST_CASE("a decision without all the checks is refused, naming the missing ones",
          "[certificates]")
{
    test::CertificateFixture f;
    const QString premises = f.addPremises();
    auto id = f.s->certificates().apply(premises, QDate(2026, 11, 2));
    for (const QString& kind : CertificateKinds::documentKinds())
        REQUIRE(f.s->certificates().addDocument(id.value(), {{}, kind, QDate(2026, 10, 30), {}}).ok());
    REQUIRE(f.s->certificates()
                .addCheck(id.value(), {{}, QStringLiteral("fire-safety"), QDate(2026, 11, 5),
                                       QStringLiteral("brandweer"), true, QStringLiteral("ok")})
                .ok());
    auto decided = f.s->certificates().decide(id.value(), {QStringLiteral("refused"),
                                                            QDate(2026, 11, 20), {}, {}});
    REQUIRE_FALSE(decided.ok());
    CHECK(decided.error().detail ==
          QStringLiteral("checks missing: urban-planning, hygiene, morality"));
    auto future = f.s->certificates().addCheck(
        id.value(), {{}, QStringLiteral("morality"), QDate(2026, 12, 1), QStringLiteral("x"), true, {}});
    CHECK(future.error().code == ErrorCode::Validation);
}

TEST_CASE("granted: applied before the decision, granted from it, expired after 3 years",
          "[certificates]")
{
    test::CertificateFixture f;
    const QString id = f.completeDossier(f.addPremises(), QDate(2023, 1, 10));
    const QString decision = f.grant(id, QDate(2023, 2, 15));
    CHECK(f.changes(QStringLiteral("certificate_events"), decision) > 0);
    const auto d = f.dossier(id);
    CHECK(CertificateStatus::expiry(d) == QDate(2026, 2, 14));
    CHECK(CertificateStatus::renewalDue(d, f.s->certificates().rulesFor(d)) == QDate(2025, 11, 14));
    CHECK(CertificateStatus::at(d, QDate(2023, 2, 14)) == Status::Applied);
    CHECK(CertificateStatus::at(d, QDate(2023, 2, 15)) == Status::Granted);
    CHECK(CertificateStatus::at(d, QDate(2026, 2, 14)) == Status::Granted);
    CHECK(CertificateStatus::at(d, QDate(2026, 2, 15)) == Status::Expired);
    CHECK(f.s->certificates().decide(id, {QStringLiteral("refused"), QDate(2023, 3, 1), {}, {}})
              .error().code == ErrorCode::RuleViolation); // decided once
}

TEST_CASE("granted with conditions needs a due date per condition, and refused is final",
          "[certificates]")
{
    test::CertificateFixture f;
    const QString premises = f.addPremises();
    const QString id = f.completeDossier(premises, QDate(2026, 10, 1));
    CHECK(f.s->certificates().decide(id, {QStringLiteral("granted-with-conditions"),
                                          QDate(2026, 10, 20), {}, {}}).error().field ==
          QStringLiteral("condition"));
    auto decided = f.s->certificates().decide(
        id, {QStringLiteral("granted-with-conditions"), QDate(2026, 10, 20),
             {{{}, QStringLiteral("panic button in room 2"), QDate(2026, 12, 31), {}}}, {}});
    REQUIRE(decided.ok());
    auto d = f.dossier(id);
    CHECK(CertificateStatus::at(d, QDate(2026, 11, 28)) == Status::GrantedWithConditions);
    REQUIRE(d.conditions.size() == 1);
    REQUIRE(f.s->certificates().meetCondition(d.conditions.first().id, QDate(2026, 11, 27)).ok());
    CHECK(f.dossier(id).conditions.first().metDate == QDate(2026, 11, 27));

    const QString other = f.completeDossier(f.addPremises(QStringLiteral("Verversrui"),
                                                          QStringLiteral("2")),
                                            QDate(2026, 10, 1));
    REQUIRE(f.s->certificates().decide(other, {QStringLiteral("refused"), QDate(2026, 11, 1), {},
                                               QStringLiteral("morality")}).ok());
    CHECK(statusOn(f, other, QDate(2026, 11, 28)) == Status::Refused);
    CHECK(CertificateStatus::expiry(f.dossier(other)).isNull());
    CHECK(f.s->certificates().suspend(other, QDate(2026, 11, 2), {}, {}).error().code ==
          ErrorCode::RuleViolation);
}

TEST_CASE("a suspension from a sanction changes the status on its start date and ends",
          "[certificates]")
{
    test::CertificateFixture f;
    const QString id = f.completeDossier(f.addPremises(), QDate(2026, 1, 5));
    f.grant(id, QDate(2026, 2, 1));
    // decided today, starting in the future: no scheduler needed
    REQUIRE(f.s->certificates().suspend(id, QDate(2026, 12, 10), QDate(2027, 1, 9),
                                        QStringLiteral("SANCTIE/2026/BH/0003")).ok());
    CHECK(statusOn(f, id, QDate(2026, 11, 28)) == Status::Granted);
    CHECK(statusOn(f, id, QDate(2026, 12, 9)) == Status::Granted);
    CHECK(statusOn(f, id, QDate(2026, 12, 10)) == Status::Suspended);
    CHECK(statusOn(f, id, QDate(2027, 1, 9)) == Status::Suspended);
    CHECK(statusOn(f, id, QDate(2027, 1, 10)) == Status::Granted);
    CHECK(f.s->certificates().suspend(id, QDate(2026, 12, 10), QDate(2026, 12, 1), {}).error().code ==
          ErrorCode::Validation);
}

TEST_CASE("a withdrawal changes the status on its start date, for good", "[certificates]")
{
    test::CertificateFixture f;
    const QString id = f.completeDossier(f.addPremises(), QDate(2026, 1, 5));
    f.grant(id, QDate(2026, 2, 1));
    REQUIRE(f.s->certificates().suspend(id, QDate(2026, 6, 1), {}, QStringLiteral("S1")).ok());
    REQUIRE(f.s->certificates().withdraw(id, QDate(2026, 12, 1), QStringLiteral("S2")).ok());
    CHECK(statusOn(f, id, QDate(2026, 7, 1)) == Status::Suspended);
    CHECK(statusOn(f, id, QDate(2026, 11, 30)) == Status::Suspended);
    CHECK(statusOn(f, id, QDate(2026, 12, 1)) == Status::Withdrawn);
    CHECK(statusOn(f, id, QDate(2030, 1, 1)) == Status::Withdrawn);
    CHECK(f.s->certificates().suspend(id, QDate(2026, 12, 5), {}, {}).error().code ==
          ErrorCode::RuleViolation);
}

TEST_CASE("the dossier keeps its full history of dated events", "[certificates]")
{
    test::CertificateFixture f;
    const QString premises = f.addPremises();
    const QString id = f.completeDossier(premises, QDate(2023, 1, 10));
    f.grant(id, QDate(2023, 2, 15));
    REQUIRE(f.s->certificates().withdraw(id, QDate(2024, 5, 1), QStringLiteral("S9")).ok());
    QStringList kinds;
    for (const CertificateEvent& e : f.dossier(id).events)
        kinds << e.kind;
    CHECK(kinds.first() == QStringLiteral("application"));
    CHECK(kinds.count(QStringLiteral("document")) == 6);
    CHECK(kinds.count(QStringLiteral("check")) == 4);
    CHECK(kinds.at(kinds.size() - 2) == QStringLiteral("decision"));
    CHECK(kinds.last() == QStringLiteral("withdrawal"));
    CHECK(f.dossier(id).events.last().reference == QStringLiteral("S9"));
    auto renewal = f.s->certificates().apply(premises, QDate(2026, 11, 1), id);
    REQUIRE(renewal.ok());
    CHECK(f.dossier(renewal.value()).kind == QStringLiteral("renewal"));
    CHECK(f.s->certificates().apply(premises, QDate(2026, 12, 1)).error().code ==
          ErrorCode::Validation); // in the future
}

TEST_CASE("certificate rules load with a valid-from date", "[certificates]")
{
    auto book = CertificateRuleBook::loadDefault();
    REQUIRE(book.ok());
    const CertificateRules rules = book->forDate(QDate(2026, 11, 28));
    CHECK(rules.validityYears == 3);
    CHECK(rules.renewalLeadMonths == 3);
    CHECK(rules.criminalRecordMaxAgeMonths == 1);
    CHECK(rules.zoneStreets.size() == 3);
    CHECK(rules.validFrom == QDate(2010, 4, 1));
    CHECK_FALSE(book->checklistTemplates().isEmpty());
}
