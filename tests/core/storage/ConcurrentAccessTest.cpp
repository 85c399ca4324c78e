#include "common/Clock.h"
#include "people/PeopleService.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace regie;

namespace {
Person named(const QString& family)
{
    Person p;
    p.familyName = family;
    return p;
}
} // namespace

TEST_CASE("two programs on one database see each other's writes and both can write",
          "[storage]")
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
    Workspace::Options options{dir.filePath(QStringLiteral("shared.db")), Database::Lock::None,
                               QStringLiteral("gui"), QStringLiteral("AB"), QStringLiteral("A"),
                               false};
    auto gui = Workspace::open(options, clock);
    REQUIRE(gui.ok());
    options.userName = QStringLiteral("cli");
    auto cli = Workspace::open(options, clock);
    REQUIRE(cli.ok());
    PeopleService guiPeople(gui.value()->db(), gui.value()->writes());
    PeopleService cliPeople(cli.value()->db(), cli.value()->writes());

    const QString first = guiPeople.add(named(QStringLiteral("Proefmans"))).value();
    REQUIRE(guiPeople.repository().get(first).ok()); // a single-row read on the GUI's side
    const QString second = cliPeople.add(named(QStringLiteral("Testaert"))).value();
    CHECK(guiPeople.repository().get(second).ok());
    auto third = guiPeople.add(named(QStringLiteral("Fictiefs")));
    INFO((third.ok() ? QString() : third.error().detail).toStdString());
    CHECK(third.ok());
    CHECK(cliPeople.repository().count(QString()).value() == 3);
}
