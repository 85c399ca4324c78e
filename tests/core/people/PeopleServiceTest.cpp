#include "people/PeopleService.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace regie;

namespace {
Person natural(const QString& family, const QString& number = {})
{
    Person p;
    p.familyName = family;
    p.givenNames = QStringLiteral("Jan");
    p.nationalNumber = number;
    return p;
}
} // namespace

TEST_CASE("a person with a valid national number is stored in compact form with the birth date",
          "[people]")
{
    test::TestDatabase t;
    PeopleService people(t.db(), t.writes());
    auto id = people.add(natural(QStringLiteral("Voorbeeldt"), QStringLiteral("85.07.30-033.28")));
    REQUIRE(id.ok());
    auto stored = people.repository().get(id.value());
    REQUIRE(stored.ok());
    CHECK(stored->nationalNumber == QStringLiteral("85073003328"));
    CHECK(stored->birthDate == QDate(1985, 7, 30));
    CHECK(t.count(QStringLiteral("change_log"), QStringLiteral("entity_id = '%1'").arg(id.value())) > 0);
}

TEST_CASE("a wrong national number is refused with the rule and nothing is saved", "[people]")
{
    test::TestDatabase t;
    PeopleService people(t.db(), t.writes());
    auto id = people.add(natural(QStringLiteral("Voorbeeldt"), QStringLiteral("20070199952")));
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().code == ErrorCode::InvalidIdentifier);
    CHECK(id.error().field == QStringLiteral("national_number"));
    CHECK(id.error().detail.contains(QStringLiteral("nrn.checksum")));
    CHECK(t.count(QStringLiteral("persons")) == 0);
    CHECK(t.count(QStringLiteral("change_log")) == 0);
}

TEST_CASE("a birth date that contradicts the national number is refused", "[people]")
{
    test::TestDatabase t;
    PeopleService people(t.db(), t.writes());
    Person p = natural(QStringLiteral("Voorbeeldt"), QStringLiteral("85073003328"));
    p.birthDate = QDate(1985, 7, 31);
    auto id = people.add(p);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().field == QStringLiteral("birth_date"));
}

TEST_CASE("the same national number cannot be registered twice", "[people]")
{
    test::TestDatabase t;
    PeopleService people(t.db(), t.writes());
    REQUIRE(people.add(natural(QStringLiteral("A"), QStringLiteral("85073003328"))).ok());
    auto second = people.add(natural(QStringLiteral("B"), QStringLiteral("85073003328")));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().field == QStringLiteral("national_number"));
}

TEST_CASE("a legal person needs a valid company number", "[people]")
{
    test::TestDatabase t;
    PeopleService people(t.db(), t.writes());
    Person company;
    company.kind = Person::Kind::Legal;
    company.legalName = QStringLiteral("Fictieve Panden");
    company.legalForm = QStringLiteral("BV");
    company.companyNumber = QStringLiteral("0440.966.355");
    auto refused = people.add(company);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("company_number"));
    company.companyNumber = QStringLiteral("BE 0440.966.354");
    auto id = people.add(company);
    REQUIRE(id.ok());
    CHECK(people.repository().get(id.value())->companyNumber == QStringLiteral("0440966354"));
}

TEST_CASE("editing records only the changed fields and opening is audited", "[people]")
{
    test::TestDatabase t;
    PeopleService people(t.db(), t.writes());
    const QString id = people.add(natural(QStringLiteral("Proefmans"))).value();
    const Person before = people.repository().get(id).value();
    Person after = before;
    after.address = QStringLiteral("Verversrui 1, 2000 Antwerpen");
    const int logBefore = t.count(QStringLiteral("change_log"));
    auto saved = people.update(before, after);
    REQUIRE(saved.ok());
    CHECK(saved->changes == 1);
    CHECK(t.count(QStringLiteral("change_log")) == logBefore + 1);
    const int reads = t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'read'"));
    REQUIRE(people.open(id).ok());
    CHECK(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'read'")) == reads + 1);
}

TEST_CASE("the people search matches names and numbers, in pages", "[people]")
{
    test::TestDatabase t;
    PeopleService people(t.db(), t.writes());
    REQUIRE(people.add(natural(QStringLiteral("Proefmans"), QStringLiteral("85073003328"))).ok());
    for (int i = 0; i < 30; ++i)
        REQUIRE(people.add(natural(QStringLiteral("Testaert-%1").arg(i))).ok());
    PersonRepository::Filter filter;
    filter.text = QStringLiteral("proef");
    CHECK(people.repository().find(filter)->size() == 1);
    filter.text = QStringLiteral("85.07.30");
    CHECK(people.repository().find(filter)->size() == 1);
    CHECK(people.repository().count(QStringLiteral("testaert")).value() == 30);
    filter.text = QStringLiteral("testaert");
    filter.limit = 10;
    filter.offset = 25;
    CHECK(people.repository().find(filter)->size() == 5);
}
