#include "meetings/MeetingService.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace regie;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

// A test database with the seeded action plan's organisations (clock: 2026-11-28) and one
// core-group meeting of 2026-10-01.
struct MeetingFixture
{
    test::TestDatabase t{true};
    MeetingService service{t.db(), t.writes(), t.clock()};
    QString meetingId;

    MeetingFixture()
    {
        Meeting m;
        m.type = QStringLiteral("core-group");
        m.date = day("2026-10-01");
        m.title = QStringLiteral("Kerngroep prostitutie");
        auto id = service.create(m);
        REQUIRE(id.ok());
        meetingId = *id;
    }

    QString org(const char* name)
    {
        auto o = service.repository().resolveOrganisation(QString::fromUtf8(name));
        INFO(name);
        REQUIRE(o.ok());
        return o->id;
    }

    QString action(const char* text, const char* due, const QString& owner)
    {
        ActionPoint a;
        a.meetingId = meetingId;
        a.description = QString::fromUtf8(text);
        a.ownerOrganisationId = owner;
        a.due = day(due);
        auto id = service.addAction(a);
        INFO((id.ok() ? QString() : id.error().detail).toStdString());
        REQUIRE(id.ok());
        return *id;
    }
};

} // namespace

TEST_CASE("an open action point past its due date is overdue until it is done",
          "[meetings]")
{
    MeetingFixture f;
    const QDate today = f.t.clock().today(); // 2026-11-28
    const QString police = f.org("Prostitutieteam Antwerpen");
    const QString late = f.action("Overzicht controles bezorgen", "2026-11-01", police);
    const QString later = f.action("Jaarcijfers aanleveren", "2026-12-15", police);
    const QString dueToday = f.action("Verslag rondsturen", "2026-11-28", police);

    auto open = f.service.repository().actions(true, today);
    REQUIRE(open.ok());
    REQUIRE(open->size() == 3);
    CHECK(open->at(0).id == late); // overdue first
    CHECK(open->at(0).isOverdue(today));
    CHECK(open->at(0).daysLeft(today) == -27);
    CHECK(open->at(1).id == dueToday); // due today is not overdue yet
    CHECK_FALSE(open->at(1).isOverdue(today));
    CHECK(open->at(2).id == later);
    CHECK(f.service.repository().overdueCount(today).value() == 1);

    REQUIRE(f.service.completeAction(late, day("2026-11-20")).ok());
    CHECK(f.service.repository().overdueCount(today).value() == 0);
    auto done = f.service.repository().action(late);
    REQUIRE(done.ok());
    CHECK(done->status == QStringLiteral("done"));
    CHECK(done->done == day("2026-11-20"));
    CHECK_FALSE(done->isOverdue(today));
    CHECK(f.service.repository().actions(true, today)->size() == 2);
    auto all = f.service.repository().actions(false, today);
    REQUIRE(all->size() == 3);
    CHECK(all->last().id == late); // closed ones last
    // a done action point cannot be done again
    auto again = f.service.completeAction(late, day("2026-11-21"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::RuleViolation);
    // the next day the one due today is overdue
    CHECK(f.service.repository().overdueCount(today.addDays(1)).value() == 1);
}

TEST_CASE("action points are refused without owner, before the meeting or done in the future",
          "[meetings]")
{
    MeetingFixture f;
    const QString city = f.org("SL/BH");
    ActionPoint a;
    a.meetingId = f.meetingId;
    a.description = QStringLiteral("Evaluatie camerabewaking");
    a.due = day("2026-12-01");
    auto noOwner = f.service.addAction(a);
    REQUIRE_FALSE(noOwner.ok());
    CHECK(noOwner.error().field == QStringLiteral("owner"));
    a.ownerOrganisationId = QStringLiteral("00000000-0000-0000-0000-000000000000");
    CHECK(f.service.addAction(a).error().field == QStringLiteral("owner"));
    a.ownerOrganisationId = city;
    a.due = day("2026-09-30");
    auto early = f.service.addAction(a);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().detail.contains(QStringLiteral("2026-09-30")));
    CHECK(f.t.count(QStringLiteral("meeting_actions")) == 0);

    a.due = day("2026-12-01");
    const QString id = f.service.addAction(a).value();
    CHECK_FALSE(f.service.completeAction(id, day("2026-11-29")).ok()); // tomorrow
    CHECK_FALSE(f.service.completeAction(id, day("2026-09-01")).ok()); // before the meeting
    CHECK(f.service.repository().action(id)->isOpen());
    // an owner named by role only (the owners are not an organisation of the register)
    ActionPoint byRole = a;
    byRole.ownerOrganisationId.clear();
    byRole.ownerRole = QStringLiteral("uitbaters");
    auto roleId = f.service.addAction(byRole);
    REQUIRE(roleId.ok());
    auto stored = f.service.repository().action(*roleId);
    CHECK(stored->ownerOrganisationId.isEmpty());
    CHECK(stored->ownerRole == QStringLiteral("uitbaters"));
}

TEST_CASE("attendance must reference an organisation of the register", "[meetings]")
{
    MeetingFixture f;
    auto unknown =
        f.service.attend(f.meetingId, QStringLiteral("00000000-0000-0000-0000-000000000000"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().field == QStringLiteral("organisation"));
    CHECK(f.t.count(QStringLiteral("meeting_attendees")) == 0);

    const QString ghapro = f.org("ghapro VZW"); // names are matched case-insensitively
    REQUIRE(f.service.attend(f.meetingId, ghapro).ok());
    auto twice = f.service.attend(f.meetingId, ghapro);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().detail.contains(QStringLiteral("Ghapro")));
    CHECK_FALSE(f.service.attendByRole(f.meetingId, QStringLiteral("  ")).ok());
    REQUIRE(f.service.attendByRole(f.meetingId, QStringLiteral("uitbaters")).ok());
    CHECK_FALSE(f.service.attendByRole(f.meetingId, QStringLiteral("Uitbaters ")).ok());
    CHECK_FALSE(f.service.attend(QStringLiteral("no-such-meeting"), ghapro).ok());
    CHECK_FALSE(f.service.repository().resolveOrganisation(QStringLiteral("Nergens vzw")).ok());

    auto record = f.service.repository().find(f.meetingId);
    REQUIRE(record.ok());
    REQUIRE(record->attendees.size() == 2);
    CHECK(record->attendees.at(0).organisationName == QStringLiteral("Ghapro vzw"));
    CHECK(record->attendees.at(1).role == QStringLiteral("uitbaters"));
    CHECK(record->attendees.at(1).organisationId.isEmpty());
}

TEST_CASE("every meeting change leaves change-log and audit records", "[meetings]")
{
    MeetingFixture f;
    const auto logged = [&f](const char* entity) {
        return f.t.count(QStringLiteral("change_history"),
                         QStringLiteral("entity = '%1'").arg(QLatin1String(entity)));
    };
    REQUIRE(f.service.attend(f.meetingId, f.org("CAW Antwerpen")).ok());
    REQUIRE(f.service.addTopic(f.meetingId, QStringLiteral("Stand van de dossiers")).ok());
    REQUIRE(f.service.setMinutes(f.meetingId, QStringLiteral("Goedgekeurd.")).ok());
    f.action("Verslag rondsturen", "2026-12-01", f.org("SL/BH"));
    CHECK(logged("meeting_attendees") > 0);
    CHECK(logged("meeting_topics") > 0);
    CHECK(logged("meeting_actions") > 0);
    CHECK(f.t.count(QStringLiteral("change_history"),
                    QStringLiteral("entity = 'meetings' AND field = 'minutes'")) == 1);
    for (const char* action : {"meeting.attend", "meeting.topic", "meeting.minutes",
                               "meeting.action"})
        CHECK(f.t.count(QStringLiteral("audit_log"),
                        QStringLiteral("action = '%1'").arg(QLatin1String(action))) == 1);
}

TEST_CASE("an edited meeting is saved whole: new topic order, removals as tombstones",
          "[meetings]")
{
    MeetingFixture f;
    for (const char* topic : {"Verslag", "Signalen", "Varia"})
        REQUIRE(f.service.addTopic(f.meetingId, QString::fromUtf8(topic)).ok());
    REQUIRE(f.service.attendByRole(f.meetingId, QStringLiteral("buurtbewoners")).ok());
    MeetingRecord edited = f.service.repository().find(f.meetingId).value();
    REQUIRE(edited.topics.size() == 3);
    std::swap(edited.topics[0], edited.topics[2]);         // Varia, Signalen, Verslag
    edited.topics.removeAt(1);                              // drop Signalen
    edited.topics << MeetingTopic{{}, 0, QStringLiteral("Rondvraag")};
    edited.attendees.clear();
    edited.attendees << MeetingAttendee{{}, f.org("Ghapro vzw"), {}, QStringLiteral("voorzitter")};
    edited.minutes = QStringLiteral("Kort verslag.");
    ActionPoint a;
    a.description = QStringLiteral("Folder vertalen");
    a.ownerOrganisationId = f.org("Ghapro vzw");
    a.due = day("2026-12-20");
    edited.actions << a;
    const int auditBefore = f.t.count(QStringLiteral("audit_log"));
    REQUIRE(f.service.save(edited).ok());
    CHECK(f.t.count(QStringLiteral("audit_log")) == auditBefore + 1); // one user action

    auto stored = f.service.repository().find(f.meetingId).value();
    REQUIRE(stored.topics.size() == 3);
    CHECK(stored.topics.at(0).text == QStringLiteral("Varia"));
    CHECK(stored.topics.at(1).text == QStringLiteral("Verslag"));
    CHECK(stored.topics.at(2).text == QStringLiteral("Rondvraag"));
    REQUIRE(stored.attendees.size() == 1);
    CHECK(stored.attendees.at(0).role == QStringLiteral("voorzitter"));
    CHECK(stored.minutes == QStringLiteral("Kort verslag."));
    REQUIRE(stored.actions.size() == 1);
    CHECK(f.t.count(QStringLiteral("meeting_topics"), QStringLiteral("deleted = 1")) == 1);
    CHECK(f.t.count(QStringLiteral("meeting_attendees"), QStringLiteral("deleted = 1")) == 1);

    // a refused edit changes nothing
    MeetingRecord bad = stored;
    bad.minutes = QStringLiteral("Ander verslag");
    bad.topics << MeetingTopic{{}, 0, QStringLiteral("   ")};
    CHECK_FALSE(f.service.save(bad).ok());
    CHECK(f.service.repository().find(f.meetingId)->minutes == QStringLiteral("Kort verslag."));
    bad = stored;
    bad.attendees << MeetingAttendee{{}, {}, {}, QStringLiteral("buren")}
                  << MeetingAttendee{{}, {}, {}, QStringLiteral("Buren")};
    CHECK(f.service.save(bad).error().field == QStringLiteral("role"));
    bad = stored;
    bad.meeting.date = day("2026-12-24"); // future
    CHECK(f.service.save(bad).error().field == QStringLiteral("date"));
}

TEST_CASE("the indicators still count meetings per type after details are added",
          "[meetings][indicators]")
{
    MeetingFixture f;
    REQUIRE(f.service.setMinutes(f.meetingId, QStringLiteral("Verslag")).ok());
    REQUIRE(f.service.addTopic(f.meetingId, QStringLiteral("Varia")).ok());
    auto summaries = f.service.repository().list({day("2026-01-01"), day("2026-12-31")},
                                                 f.t.clock().today());
    REQUIRE(summaries.ok());
    REQUIRE(summaries->size() == 1);
    CHECK(summaries->first().topics == 1);
    IndicatorRecords records(f.t.db(), f.t.writes(), f.t.clock());
    auto listed = records.meetings({day("2026-10-01"), day("2026-10-01")});
    REQUIRE(listed.ok());
    CHECK(listed->size() == 1);
    CHECK(listed->first().type == QStringLiteral("core-group"));
}
