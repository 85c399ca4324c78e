// Records are named the way staff know them, never by identifying numbers they must not see.

#include "sync/RecordLabel.h"

#include "storage/ChangeSet.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace regie;

TEST_CASE("a record's label is its name, address or number, with the record it belongs to",
          "[sync][label]")
{
    test::TestDatabase t;
    ChangeSet cs(QStringLiteral("test.labels"));
    const QString person =
        cs.create(QStringLiteral("persons"),
                  {{QStringLiteral("kind"), QStringLiteral("natural")},
                   {QStringLiteral("family_name"), QStringLiteral("Proefmans")},
                   {QStringLiteral("given_names"), QStringLiteral("Jan")},
                   {QStringLiteral("national_number"), QStringLiteral("85073003328")}});
    const QString premises = cs.create(QStringLiteral("premises"),
                                       {{QStringLiteral("street"), QStringLiteral("Verversrui")},
                                        {QStringLiteral("number"), QStringLiteral("3")},
                                        {QStringLiteral("box"), QStringLiteral("B")}});
    const QString window =
        cs.create(QStringLiteral("windows"), {{QStringLiteral("premises_id"), premises},
                                              {QStringLiteral("number"), QStringLiteral("7")}});
    REQUIRE(t.writes().apply(cs).ok());

    const QString name = RecordLabel::of(t.db(), QStringLiteral("persons"), person);
    CHECK(name == QStringLiteral("Jan Proefmans"));
    CHECK_FALSE(name.contains(QStringLiteral("85073003328")));
    CHECK(RecordLabel::of(t.db(), QStringLiteral("premises"), premises) ==
          QStringLiteral("Verversrui 3/B"));
    CHECK(RecordLabel::of(t.db(), QStringLiteral("windows"), window) ==
          QStringLiteral("7, Verversrui 3/B"));

    // A deleted record keeps its label; an unknown record or kind has none.
    ChangeSet removal(QStringLiteral("test.delete"));
    removal.remove(QStringLiteral("premises"), premises);
    REQUIRE(t.writes().apply(removal).ok());
    CHECK(RecordLabel::of(t.db(), QStringLiteral("premises"), premises) ==
          QStringLiteral("Verversrui 3/B"));
    CHECK(RecordLabel::of(t.db(), QStringLiteral("premises"), QStringLiteral("nope")).isEmpty());
    CHECK(RecordLabel::of(t.db(), QStringLiteral("blobs"), premises).isEmpty());
}
