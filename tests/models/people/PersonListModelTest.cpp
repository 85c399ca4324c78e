#include "people/PersonListModel.h"

#include "people/PeopleService.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <catch2/catch.hpp>

using namespace regie;

namespace {

// A valid national register number for someone born before 2000.
QString nationalNumber(const QDate& birth, int sequence)
{
    const QString base = birth.toString(QStringLiteral("yyMMdd")) +
                         QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    const int check = 97 - int(base.toLongLong() % 97);
    return base + QStringLiteral("%1").arg(check, 2, 10, QLatin1Char('0'));
}

Person natural(const QString& family, const QString& number = {})
{
    Person p;
    p.familyName = family;
    p.givenNames = QStringLiteral("Jan");
    p.nationalNumber = number;
    return p;
}

Person organisation(const QString& name, const QString& number)
{
    Person p;
    p.kind = Person::Kind::Legal;
    p.legalName = name;
    p.legalForm = QStringLiteral("BV");
    p.companyNumber = number;
    return p;
}

// 450 people "Testaert-001" ... "Testaert-450", each with a national number.
void addMany(PeopleService& people, int count = 450)
{
    for (int i = 1; i <= count; ++i) {
        const QDate birth = QDate(1950, 1, 1).addDays(i * 31);
        const auto added =
            people.add(natural(QStringLiteral("Testaert-%1").arg(i, 3, 10, QLatin1Char('0')),
                               nationalNumber(birth, 100 + i)));
        REQUIRE(added.ok());
    }
}

QString cell(const PersonListModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

TEST_CASE("the people list loads lazily in pages of 200 and passes the model tester",
          "[people][models]")
{
    test::TestDatabase t;
    PeopleService people(t.db(), t.writes());
    addMany(people);
    PersonListModel model(people.repository());

    CHECK(model.matchCount() == 450);
    CHECK(model.columnCount() == PersonListModel::ColumnCount);
    CHECK(model.rowCount() == 200);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 400);
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(cell(model, 0, PersonListModel::NameColumn) == QStringLiteral("Testaert-001, Jan"));
    CHECK(cell(model, 449, PersonListModel::NameColumn) == QStringLiteral("Testaert-450, Jan"));
    CHECK_FALSE(model.personId(449).isEmpty());
    CHECK(model.personId(450).isEmpty());
    CHECK(model.rowOf(model.personId(321)) == 321);

    // The tester fetches more itself whenever it runs its checks.
    PersonListModel tested(people.repository());
    QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (tested.canFetchMore({}))
        tested.fetchMore({});
    CHECK(tested.rowCount() == 450);
    tested.refresh();
    CHECK(tested.rowCount() >= 400); // keeps what was loaded (the tester fetched again after)
}

TEST_CASE("the people list filters in SQL by name and by the digits of a national number",
          "[people][models]")
{
    test::TestDatabase t;
    PeopleService people(t.db(), t.writes());
    addMany(people, 250);
    REQUIRE(
        people.add(natural(QStringLiteral("Voorbeeldt"), QStringLiteral("85.07.30-033.28"))).ok());
    PersonListModel model(people.repository());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<int> counts;
    QObject::connect(&model, &PersonListModel::matchCountChanged,
                     [&counts](int count) { counts.append(count); });

    model.setFilterText(QStringLiteral("voorbee"));
    CHECK(model.rowCount() == 1);
    CHECK(cell(model, 0, PersonListModel::NameColumn) == QStringLiteral("Voorbeeldt, Jan"));

    model.setFilterText(QStringLiteral("85.07.30-0"));
    CHECK(model.rowCount() == 1);
    CHECK(cell(model, 0, PersonListModel::IdentifierColumn) == QStringLiteral("85.07.30-033.28"));

    model.setFilterText(QStringLiteral("Testaert-1"));
    CHECK(model.rowCount() == 100); // 100 ... 199
    CHECK_FALSE(model.canFetchMore({}));

    model.setFilterText(QStringLiteral("nobody by this name"));
    CHECK(model.rowCount() == 0);
    CHECK(model.matchCount() == 0);

    model.setFilterText(QString());
    CHECK(model.rowCount() == 200);
    CHECK(model.matchCount() == 251);
    CHECK(counts == QList<int>{1, 1, 100, 0, 251});
}

TEST_CASE("the people list shows kind, a four-digit birth year and formatted identifiers",
          "[people][models]")
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Belgium));
    test::TestDatabase t;
    PeopleService people(t.db(), t.writes());
    Person jan = natural(QStringLiteral("Voorbeeldt"), QStringLiteral("85073003328"));
    jan.address = QStringLiteral("Schippersstraat 1\n2000 Antwerpen\n");
    REQUIRE(people.add(jan).ok());
    REQUIRE(
        people
            .add(organisation(QStringLiteral("Fictieve Panden"), QStringLiteral("BE 0440.966.354")))
            .ok());
    PersonListModel model(people.repository());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 2);

    // Sorted by the name people see: the legal name for organisations.
    CHECK(cell(model, 0, PersonListModel::NameColumn) == QStringLiteral("Fictieve Panden BV"));
    CHECK(cell(model, 0, PersonListModel::KindColumn) == QStringLiteral("Organisation"));
    CHECK(cell(model, 0, PersonListModel::IdentifierColumn) == QStringLiteral("0440.966.354"));
    CHECK(cell(model, 0, PersonListModel::BirthDateColumn).isEmpty());
    CHECK(cell(model, 1, PersonListModel::KindColumn) == QStringLiteral("Person"));
    CHECK(cell(model, 1, PersonListModel::IdentifierColumn) == QStringLiteral("85.07.30-033.28"));
    CHECK(cell(model, 1, PersonListModel::BirthDateColumn) == QStringLiteral("30/07/1985"));
    CHECK(cell(model, 1, PersonListModel::AddressColumn) ==
          QStringLiteral("Schippersstraat 1, 2000 Antwerpen"));
    CHECK(model.headerData(PersonListModel::IdentifierColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Identifier"));
    CHECK(model.data(model.index(1, 0), PersonListModel::IdRole).toString() == model.personId(1));
    QLocale::setDefault(previous);
}

TEST_CASE("the people list follows changes made through the write path and keeps its depth",
          "[people][models]")
{
    test::TestDatabase t;
    PeopleService people(t.db(), t.writes());
    addMany(people, 250);
    PersonListModel model(people.repository());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.follow(t.writes());
    model.fetchMore({});
    REQUIRE(model.rowCount() == 250);

    auto id = people.add(natural(QStringLiteral("Aaldering")));
    REQUIRE(id.ok());
    CHECK(model.matchCount() == 251);
    CHECK(model.rowCount() == 251); // what was loaded stays loaded
    CHECK(model.rowOf(id.value()) == 0);

    REQUIRE(people.remove(id.value()).ok());
    CHECK(model.matchCount() == 250);
    CHECK(model.rowOf(id.value()) == -1);
}
