#include "core/certificates/CertificateFixture.h"
#include "people/PeopleService.h"

using namespace regie;

TEST_CASE("a premises in the zone is added with windows 1..K through the write path",
          "[premises]")
{
    test::CertificateFixture f;
    const QString id = f.addPremises(QStringLiteral("  schippers STRAAT "), QStringLiteral("7"), 4);
    auto p = f.s->premises().repository().find(id);
    REQUIRE(p.ok());
    CHECK(p->street == QStringLiteral("Schippersstraat"));
    CHECK(p->number == QStringLiteral("7"));
    REQUIRE(p->windows.size() == 4);
    for (int w = 0; w < 4; ++w)
        CHECK(p->windows.at(w).number == QString::number(w + 1));
    CHECK(f.changes(QStringLiteral("premises"), id) > 0);
    CHECK(f.t.count(QStringLiteral("change_log"), QStringLiteral("entity = 'windows'")) >= 4);
    auto all = f.s->premises().repository().list();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->first().windowCount == 4);
}

TEST_CASE("a premises outside the zone is refused naming the street and the zone", "[premises]")
{
    test::CertificateFixture f;
    auto id = f.s->premises().add({QStringLiteral("Meir"), QStringLiteral("1"), {}, {}, 2});
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().code == ErrorCode::Validation);
    CHECK(id.error().detail.contains(QStringLiteral("Meir")));
    CHECK(id.error().detail.contains(QStringLiteral("Vingerlingstraat")));
    CHECK(f.t.count(QStringLiteral("premises")) == 0);
    CHECK(f.s->premises().add({QStringLiteral("Verversrui"), QStringLiteral("3"), {}, {}, 0})
              .error()
              .field == QStringLiteral("windows"));
}

TEST_CASE("the zone is configuration: another street list is honoured", "[premises]")
{
    TolerationZone zone({QStringLiteral("Teststraat")});
    CHECK(zone.canonicalStreet(QStringLiteral("TESTSTRAAT")).value() == QStringLiteral("Teststraat"));
    CHECK_FALSE(zone.canonicalStreet(QStringLiteral("Schippersstraat")).ok());
}

TEST_CASE("holders have roles with dates, and two overlapping main holders are refused",
          "[premises]")
{
    test::CertificateFixture f;
    const QString premises = f.addPremises();
    PeopleService people(f.t.db(), f.t.writes());
    Person company;
    company.kind = Person::Kind::Legal;
    company.legalName = QStringLiteral("Raam bv");
    const QString owner = people.add(company).value();
    Person manager;
    manager.familyName = QStringLiteral("Peeters");
    const QString managerId = people.add(manager).value();

    using Role = PremisesHolder::Role;
    auto main = f.s->premises().addHolder({{}, premises, owner, {}, Role::MainHolder,
                                           QDate(2020, 1, 1), {}});
    REQUIRE(main.ok());
    CHECK(f.changes(QStringLiteral("premises_holders"), main.value()) > 0);
    auto second = f.s->premises().addHolder({{}, premises, managerId, {}, Role::MainHolder,
                                             QDate(2024, 1, 1), {}});
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::RuleViolation);
    REQUIRE(f.s->premises().addHolder({{}, premises, managerId, {}, Role::Manager,
                                       QDate(2024, 1, 1), {}}).ok());
    REQUIRE(f.s->premises().endHolder(main.value(), QDate(2025, 12, 31)).ok());
    REQUIRE(f.s->premises().addHolder({{}, premises, managerId, {}, Role::MainHolder,
                                       QDate(2026, 1, 1), {}}).ok());
    auto p = f.s->premises().repository().find(premises);
    REQUIRE(p->holders.size() == 3);
    CHECK(p->holders.first().personName == QStringLiteral("Raam bv"));
    CHECK(p->holders.first().ends == QDate(2025, 12, 31));
    CHECK_FALSE(p->holders.first().activeOn(QDate(2026, 1, 1)));
    CHECK(f.s->premises().addHolder({{}, premises, QStringLiteral("nobody"), {}, Role::Holder,
                                     QDate(2026, 1, 1), {}}).error().code == ErrorCode::NotFound);
}

TEST_CASE("the cadastral parcel is set through the write path", "[premises]")
{
    test::CertificateFixture f;
    const QString premises = f.addPremises();
    REQUIRE(f.s->premises().setCadastralParcel(premises, QStringLiteral("11002A0123/00B000")).ok());
    CHECK(f.s->premises().repository().find(premises)->cadastralParcel ==
          QStringLiteral("11002A0123/00B000"));
    CHECK(f.t.count(QStringLiteral("change_log"),
                    QStringLiteral("field = 'cadastral_parcel' AND entity_id = '%1'").arg(premises)) >= 1);
}
