#include "meetings/MeetingService.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace regie;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

const Period kYear{QDate(2026, 1, 1), QDate(2026, 12, 31)};

// Two meetings (clock 2026-11-28): a core-group meeting entered by mistake with an attendee, two
// agenda items and two action points (one overdue, one done), and an owners' consultation with
// one overdue action point that must never be touched.
struct RemovalFixture
{
    test::TestDatabase t{true};
    MeetingService service{t.db(), t.writes(), t.clock()};
    QString wrong;
    QString kept;
    QString overdueAction;
    QString doneAction;
    QString keptAction;

    RemovalFixture()
    {
        wrong = meeting("core-group", "2026-10-01");
        kept = meeting("owners", "2026-10-15");
        const QString police = org("Prostitutieteam Antwerpen");
        REQUIRE(service.attend(wrong, police).ok());
        REQUIRE(service.addTopic(wrong, QStringLiteral("Verslag")).ok());
        REQUIRE(service.addTopic(wrong, QStringLiteral("Signalen")).ok());
        overdueAction = action(wrong, "Overzicht controles", "2026-11-01", police);
        doneAction = action(wrong, "Cijfers bezorgen", "2026-11-10", police);
        REQUIRE(service.completeAction(doneAction, day("2026-11-05")).ok());
        keptAction = action(kept, "Attesten bezorgen", "2026-11-02", police);
    }

    QString meeting(const char* type, const char* date)
    {
        Meeting m;
        m.type = QString::fromLatin1(type);
        m.date = day(date);
        auto id = service.create(m);
        REQUIRE(id.ok());
        return *id;
    }

    QString org(const char* name)
    {
        auto o = service.repository().resolveOrganisation(QString::fromUtf8(name));
        REQUIRE(o.ok());
        return o->id;
    }

    QString action(const QString& meetingId, const char* text, const char* due,
                   const QString& owner)
    {
        ActionPoint a;
        a.meetingId = meetingId;
        a.description = QString::fromUtf8(text);
        a.ownerOrganisationId = owner;
        a.due = day(due);
        auto id = service.addAction(a);
        REQUIRE(id.ok());
        return *id;
    }

    QStringList listedMeetings()
    {
        QStringList ids;
        for (const MeetingSummary& s : service.repository().list(kYear, t.clock().today()).value())
            ids << s.meeting.id;
        return ids;
    }

    QStringList listedActions(bool openOnly)
    {
        QStringList ids;
        for (const ActionPoint& a :
             service.repository().actions(openOnly, t.clock().today()).value())
            ids << a.id;
        ids.sort();
        return ids;
    }

    int overdue() { return service.repository().overdueCount(t.clock().today()).value(); }

    // Every row of the meeting tables and of the change log, live and deleted.
    QVector<int> counts()
    {
        QVector<int> n;
        for (const char* table :
             {"meetings", "meeting_attendees", "meeting_topics", "meeting_actions"}) {
            n << t.count(QString::fromLatin1(table), QStringLiteral("deleted = 0"))
              << t.count(QString::fromLatin1(table), QStringLiteral("deleted = 1"));
        }
        n << t.count(QStringLiteral("change_log")) << t.count(QStringLiteral("audit_log"));
        return n;
    }
};

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

} // namespace

TEST_CASE("a deleted meeting and its action points leave every list and the overdue count",
          "[meetings][meeting-delete]")
{
    RemovalFixture f;
    REQUIRE(f.overdue() == 2);

    auto removed = f.service.remove(f.wrong);
    REQUIRE(removed.ok());
    CHECK(removed->meeting.date == day("2026-10-01"));
    CHECK(removed->meeting.type == QStringLiteral("core-group"));
    CHECK(removed->attendees == 1);
    CHECK(removed->topics == 2);
    CHECK(removed->actions == 2);
    CHECK(removed->openActions == 1);

    CHECK(f.listedMeetings() == QStringList{f.kept});
    CHECK(f.listedActions(false) == QStringList{f.keptAction});
    CHECK(f.listedActions(true) == QStringList{f.keptAction});
    CHECK(f.overdue() == 1);
    CHECK(f.service.repository().find(f.wrong).error().code == ErrorCode::NotFound);
    CHECK(f.service.repository().action(f.overdueAction).error().code == ErrorCode::NotFound);
    // its items are tombstones, not erased
    CHECK(f.t.count(QStringLiteral("meeting_topics"), QStringLiteral("deleted = 1")) == 2);
    CHECK(f.t.count(QStringLiteral("meeting_actions"), QStringLiteral("deleted = 1")) == 2);
    CHECK(f.t.count(QStringLiteral("meeting_attendees"), QStringLiteral("deleted = 1")) == 1);
    // the other meeting is untouched
    auto other = f.service.repository().find(f.kept);
    REQUIRE(other.ok());
    CHECK(other->actions.size() == 1);
}

TEST_CASE("restoring a deleted meeting brings back exactly what went with it",
          "[meetings][meeting-delete]")
{
    RemovalFixture f;
    // an agenda item removed by an earlier edit must stay removed after the restore
    MeetingRecord edited = f.service.repository().find(f.wrong).value();
    const QString droppedTopic = edited.topics.takeLast().id;
    REQUIRE(f.service.save(edited).ok());
    const MeetingRecord before = f.service.repository().find(f.wrong).value();
    REQUIRE(before.topics.size() == 1);

    REQUIRE(f.service.remove(f.wrong).ok());
    auto restored = f.service.restore(f.wrong);
    REQUIRE(restored.ok());
    CHECK(restored->topics == 1);
    CHECK(restored->attendees == 1);
    CHECK(restored->actions == 2);
    CHECK(restored->openActions == 1);

    const MeetingRecord after = f.service.repository().find(f.wrong).value();
    CHECK(after.meeting.date == before.meeting.date);
    CHECK(after.meeting.type == before.meeting.type);
    CHECK(after.attendees.size() == before.attendees.size());
    REQUIRE(after.topics.size() == 1);
    CHECK(after.topics.first().id == before.topics.first().id);
    REQUIRE(after.actions.size() == 2);
    for (int i = 0; i < 2; ++i) {
        CHECK(after.actions.at(i).id == before.actions.at(i).id);
        CHECK(after.actions.at(i).status == before.actions.at(i).status);
        CHECK(after.actions.at(i).done == before.actions.at(i).done);
    }
    CHECK(f.t.count(QStringLiteral("meeting_topics"),
                    QStringLiteral("id = '%1' AND deleted = 1").arg(droppedTopic)) == 1);
    CHECK(sorted(f.listedMeetings()) == sorted({f.wrong, f.kept}));
    CHECK(f.listedActions(false) == sorted({f.overdueAction, f.doneAction, f.keptAction}));
    CHECK(f.overdue() == 2);

    // deleted and restored a second time: still exactly the same
    REQUIRE(f.service.remove(f.wrong).ok());
    CHECK(f.overdue() == 1);
    REQUIRE(f.service.restore(f.wrong).ok());
    CHECK(f.service.repository().find(f.wrong)->topics.size() == 1);
    CHECK(f.service.repository().find(f.wrong)->actions.size() == 2);
    CHECK(f.overdue() == 2);
}

TEST_CASE("refused deletions and restores name the reason and change nothing",
          "[meetings][meeting-delete]")
{
    RemovalFixture f;
    const QString unknown = QStringLiteral("00000000-0000-0000-0000-000000000000");
    auto before = f.counts();

    auto noSuch = f.service.remove(unknown);
    REQUIRE_FALSE(noSuch.ok());
    CHECK(noSuch.error().code == ErrorCode::NotFound);
    CHECK(noSuch.error().detail.contains(unknown));
    auto noSuchRestore = f.service.restore(unknown);
    REQUIRE_FALSE(noSuchRestore.ok());
    CHECK(noSuchRestore.error().code == ErrorCode::NotFound);
    auto notDeleted = f.service.restore(f.wrong);
    REQUIRE_FALSE(notDeleted.ok());
    CHECK(notDeleted.error().code == ErrorCode::RuleViolation);
    CHECK(notDeleted.error().detail.contains(QStringLiteral("2026-10-01")));
    CHECK(notDeleted.error().detail.contains(QStringLiteral("not deleted")));
    CHECK(f.counts() == before);

    REQUIRE(f.service.remove(f.wrong).ok());
    before = f.counts();
    auto twice = f.service.remove(f.wrong);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::RuleViolation);
    CHECK(twice.error().detail.contains(QStringLiteral("already deleted")));
    CHECK(twice.error().detail.contains(QStringLiteral("core-group")));
    CHECK(f.counts() == before);
}
