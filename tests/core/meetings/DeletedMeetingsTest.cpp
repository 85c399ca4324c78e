#include "meetings/MeetingService.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace regie;

namespace {

QString meeting(MeetingService& service, const char* type, const char* date, const char* title)
{
    Meeting m;
    m.type = QString::fromLatin1(type);
    m.date = QDate::fromString(QLatin1String(date), Qt::ISODate);
    m.title = QString::fromUtf8(title);
    auto id = service.create(m);
    REQUIRE(id.ok());
    return *id;
}

QStringList ids(const QVector<DeletedMeeting>& list)
{
    QStringList result;
    for (const DeletedMeeting& d : list)
        result << d.meeting.id;
    return result;
}

} // namespace

TEST_CASE("deleted meetings are listed with when and by whom, latest deletion first",
          "[meetings][meeting-delete][meetings-deleted]")
{
    test::TestDatabase t{true};
    MeetingService service{t.db(), t.writes(), t.clock()};
    const QString first = meeting(service, "core-group", "2026-10-01", "Dubbel ingevoerd");
    const QString second = meeting(service, "owners", "2026-09-12", "Uitbatersoverleg");
    const QString untouched = meeting(service, "core-group", "2026-10-15", "Kerngroep");

    auto none = service.repository().deleted();
    REQUIRE(none.ok());
    CHECK(none->isEmpty());

    const QDateTime start = t.clock().now();
    REQUIRE(service.remove(first).ok());
    t.clock().advanceMs(3600 * 1000);
    REQUIRE(service.remove(second).ok());

    auto listed = service.repository().deleted();
    REQUIRE(listed.ok());
    REQUIRE(ids(listed.value()) == QStringList{second, first});
    const DeletedMeeting& latest = listed->at(0);
    CHECK(latest.meeting.type == QStringLiteral("owners"));
    CHECK(latest.meeting.date == QDate(2026, 9, 12));
    CHECK(latest.meeting.title == QStringLiteral("Uitbatersoverleg"));
    CHECK(latest.deletedAt == start.addSecs(3600).toUTC());
    CHECK(latest.deletedBy == QStringLiteral("tester"));
    CHECK_FALSE(latest.installation.isEmpty());
    CHECK(listed->at(1).deletedAt == start.toUTC());
    CHECK_FALSE(ids(listed.value()).contains(untouched));

    SECTION("a restored meeting is no longer listed")
    {
        REQUIRE(service.restore(second).ok());
        auto after = service.repository().deleted();
        REQUIRE(after.ok());
        CHECK(ids(after.value()) == QStringList{first});
    }

    SECTION("a meeting deleted again is listed at its latest deletion")
    {
        REQUIRE(service.restore(first).ok());
        t.clock().advanceMs(3600 * 1000);
        REQUIRE(service.remove(first).ok());
        auto after = service.repository().deleted();
        REQUIRE(after.ok());
        REQUIRE(ids(after.value()) == QStringList{first, second});
        CHECK(after->at(0).deletedAt == start.addSecs(7200).toUTC());
    }
}
