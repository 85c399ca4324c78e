#include "demo/DemoMeetings.h"
#include "demo/DemoSteering.h"
#include "indicators/IndicatorServices.h"
#include "meetings/MeetingService.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace regie;

TEST_CASE("the demo's core-group and owners' meetings have attendees, agenda and one overdue action",
          "[meetings][demo]")
{
    test::TestDatabase t(true);
    auto indicators = IndicatorServices::create(t.ws()).value();
    REQUIRE(addDemoSteering(*indicators, t.clock()).ok());
    MeetingService service(t.db(), t.writes(), t.clock());
    auto actions = addDemoMeetingDetails(service);
    REQUIRE(actions.ok());
    CHECK(*actions == 6);
    const QDate today = t.clock().today();
    CHECK(service.repository().overdueCount(today).value() == 1);
    auto open = service.repository().actions(true, today).value();
    REQUIRE(open.size() == 4);
    CHECK(open.first().isOverdue(today));
    auto all = service.repository().list({today.addYears(-2), today}, today).value();
    for (const MeetingSummary& m : all) {
        INFO(m.meeting.type.toStdString() << " " << m.meeting.date.toString(Qt::ISODate).toStdString());
        const bool detailed = m.meeting.type == QLatin1String("core-group") ||
                              m.meeting.type == QLatin1String("owners");
        CHECK((m.attendees > 0) == detailed);
        CHECK((m.topics > 0) == detailed);
    }
    // an owners' consultation has the owners among its attendees, by role
    auto owners = std::find_if(all.cbegin(), all.cend(), [](const MeetingSummary& m) {
        return m.meeting.type == QLatin1String("owners");
    });
    REQUIRE(owners != all.cend());
    auto record = service.repository().find(owners->meeting.id).value();
    CHECK(std::any_of(record.attendees.cbegin(), record.attendees.cend(),
                      [](const MeetingAttendee& a) {
                          return a.organisationId.isEmpty() && a.role.startsWith(QStringLiteral("uitbaters"));
                      }));
    CHECK_FALSE(record.minutes.isEmpty());
}
