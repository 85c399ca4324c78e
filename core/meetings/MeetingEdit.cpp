// MeetingService::save: an edited meeting stored whole as one action (one transaction, one
// audit record). Part of MeetingService.
#include "MeetingService.h"

#include "common/Ids.h"
#include "storage/ChangeSet.h"

namespace regie {

namespace {

template <typename T>
const T* byId(const QVector<T>& items, const QString& id)
{
    for (const T& item : items)
        if (item.id == id)
            return &item;
    return nullptr;
}

// Tombstones the stored items that the edit no longer holds.
template <typename T>
void removeDropped(ChangeSet& cs, const QString& table, const QVector<T>& stored,
                   const QVector<T>& edited)
{
    for (const T& old : stored)
        if (!byId(edited, old.id))
            cs.remove(table, old.id);
}

} // namespace

void MeetingService::saveAttendees(ChangeSet& cs, const MeetingRecord& stored,
                                   const MeetingRecord& edited) const
{
    const QString table = QStringLiteral("meeting_attendees");
    removeDropped(cs, table, stored.attendees, edited.attendees);
    for (const MeetingAttendee& a : edited.attendees) {
        QVariantMap fields = attendeeFields(a);
        if (a.id.isEmpty() || !byId(stored.attendees, a.id)) {
            fields.insert(QStringLiteral("meeting_id"), edited.meeting.id);
            cs.create(table, fields);
        } else {
            cs.set(table, a.id, fields); // the write path logs only what changed
        }
    }
}

void MeetingService::saveTopics(ChangeSet& cs, const MeetingRecord& stored,
                                const MeetingRecord& edited) const
{
    const QString table = QStringLiteral("meeting_topics");
    removeDropped(cs, table, stored.topics, edited.topics);
    for (int i = 0; i < edited.topics.size(); ++i) {
        const MeetingTopic& t = edited.topics.at(i);
        const QVariantMap fields{{QStringLiteral("position"), i},
                                 {QStringLiteral("text"), t.text.simplified()}};
        if (t.id.isEmpty() || !byId(stored.topics, t.id)) {
            QVariantMap created = fields;
            created.insert(QStringLiteral("meeting_id"), edited.meeting.id);
            cs.create(table, created);
        } else {
            cs.set(table, t.id, fields);
        }
    }
}

void MeetingService::saveActions(ChangeSet& cs, const MeetingRecord& stored,
                                 const MeetingRecord& edited) const
{
    const QString table = QStringLiteral("meeting_actions");
    removeDropped(cs, table, stored.actions, edited.actions);
    for (const ActionPoint& a : edited.actions) {
        QVariantMap fields = actionFields(a);
        if (a.id.isEmpty() || !byId(stored.actions, a.id)) {
            fields.insert(QStringLiteral("meeting_id"), edited.meeting.id);
            cs.create(table, fields);
        } else {
            cs.set(table, a.id, fields);
        }
    }
}

Result<void> MeetingService::checkRecord(const MeetingRecord& record) const
{
    if (auto ok = checkMeeting(record.meeting); !ok)
        return ok.error();
    if (auto ok = checkAttendees(record.attendees); !ok)
        return ok.error();
    for (const MeetingTopic& t : record.topics)
        if (auto ok = checkTopic(t.text); !ok)
            return ok.error();
    for (const ActionPoint& a : record.actions)
        if (auto ok = checkAction(a, record.meeting.date); !ok)
            return ok.error();
    return {};
}

QVariantMap MeetingService::meetingFields(const MeetingRecord& record)
{
    const Meeting& m = record.meeting;
    return {{QStringLiteral("type"), m.type},
            {QStringLiteral("meeting_date"), m.date.toString(Qt::ISODate)},
            {QStringLiteral("title"), m.title.simplified()},
            {QStringLiteral("notes"), m.notes},
            {QStringLiteral("minutes"), record.minutes}};
}

Result<void> MeetingService::save(const MeetingRecord& edited)
{
    auto stored = m_repo.find(edited.meeting.id);
    if (!stored)
        return stored.error();
    if (auto ok = checkRecord(edited); !ok)
        return ok.error();
    ChangeSet cs(QStringLiteral("meeting.edit"));
    cs.set(QStringLiteral("meetings"), edited.meeting.id, meetingFields(edited));
    saveAttendees(cs, stored.value(), edited);
    saveTopics(cs, stored.value(), edited);
    saveActions(cs, stored.value(), edited);
    return apply(cs);
}

Result<QString> MeetingService::add(const MeetingRecord& record)
{
    if (auto ok = checkRecord(record); !ok)
        return ok.error();
    MeetingRecord created = record;
    created.meeting.id = newId();
    // Every item is new, whatever id it carries.
    for (MeetingAttendee& a : created.attendees)
        a.id.clear();
    for (MeetingTopic& t : created.topics)
        t.id.clear();
    for (ActionPoint& a : created.actions)
        a.id.clear();
    ChangeSet cs(QStringLiteral("meeting.add"));
    QVariantMap fields = meetingFields(created);
    fields.insert(QStringLiteral("participants"), record.meeting.participants.simplified());
    cs.create(QStringLiteral("meetings"), created.meeting.id, fields);
    const MeetingRecord none;
    saveAttendees(cs, none, created);
    saveTopics(cs, none, created);
    saveActions(cs, none, created);
    if (auto ok = apply(cs); !ok)
        return ok.error();
    return created.meeting.id;
}

} // namespace regie
