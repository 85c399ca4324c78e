// MeetingService::remove and restore: a meeting entered by mistake is tombstoned with everything
// recorded about it in one action, and can be brought back exactly. Part of MeetingService.
#include "MeetingService.h"
#include "storage/ChangeSet.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace regie {

namespace {

const QString kMeetings = QStringLiteral("meetings");
const QString kAttendees = QStringLiteral("meeting_attendees");
const QString kTopics = QStringLiteral("meeting_topics");
const QString kActions = QStringLiteral("meeting_actions");

QString describe(const Meeting& m)
{
    return QStringLiteral("%1 (%2, %3)").arg(m.id, m.date.toString(Qt::ISODate), m.type);
}

} // namespace

Result<Meeting> MeetingService::storedMeeting(const QString& meetingId, bool& deleted) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, type, meeting_date, title, participants, notes, deleted FROM meetings "
        "WHERE id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return Database::errorOf(q, kMeetings);
    if (!q.next()) {
        q.finish();
        return makeError(ErrorCode::NotFound, tr("there is no meeting %1").arg(meetingId),
                         QStringLiteral("meeting"));
    }
    Meeting m{q.value(0).toString(),
              q.value(1).toString(),
              QDate::fromString(q.value(2).toString(), Qt::ISODate),
              q.value(3).toString(),
              q.value(4).toString(),
              q.value(5).toString()};
    deleted = q.value(6).toInt() != 0;
    q.finish();
    return m;
}

Result<MeetingRemoval> MeetingService::remove(const QString& meetingId)
{
    bool deleted = false;
    auto stored = storedMeeting(meetingId, deleted);
    if (!stored)
        return stored.error();
    if (deleted)
        return makeError(ErrorCode::RuleViolation,
                         tr("meeting %1 is already deleted").arg(describe(stored.value())),
                         QStringLiteral("meeting"));
    auto record = m_repo.find(meetingId);
    if (!record)
        return record.error();
    MeetingRemoval removed{record->meeting, 0, 0, 0, 0};
    ChangeSet cs(QStringLiteral("meeting.delete"));
    for (const MeetingAttendee& a : record->attendees) {
        cs.remove(kAttendees, a.id);
        ++removed.attendees;
    }
    for (const MeetingTopic& t : record->topics) {
        cs.remove(kTopics, t.id);
        ++removed.topics;
    }
    for (const ActionPoint& a : record->actions) {
        cs.remove(kActions, a.id);
        ++removed.actions;
        if (a.isOpen())
            ++removed.openActions;
    }
    cs.remove(kMeetings, meetingId);
    if (auto ok = apply(cs); !ok)
        return ok.error();
    return removed;
}

Result<QStringList> MeetingService::deletedWith(const QString& table, const QString& meetingId,
                                                const QString& txn, int* open) const
{
    // An item went with the meeting when its latest tombstone is in the meeting's deletion.
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT x.id, %2 FROM %1 x WHERE x.meeting_id = ? AND x.deleted = 1 AND "
                       "(SELECT h.txn FROM change_history h WHERE h.entity_id = x.id AND "
                       "h.field = 'deleted' AND h.entity = ? ORDER BY h.seq DESC LIMIT 1) = ? "
                       "ORDER BY x.id")
            .arg(table, open ? QStringLiteral("x.status = 'open'") : QStringLiteral("0")));
    q.addBindValue(meetingId);
    q.addBindValue(table);
    q.addBindValue(txn);
    if (!q.exec())
        return Database::errorOf(q, table);
    QStringList ids;
    while (q.next()) {
        ids << q.value(0).toString();
        if (open && q.value(1).toBool())
            ++*open;
    }
    return ids;
}

Result<MeetingRemoval> MeetingService::restore(const QString& meetingId)
{
    bool deleted = false;
    auto stored = storedMeeting(meetingId, deleted);
    if (!stored)
        return stored.error();
    if (!deleted)
        return makeError(ErrorCode::RuleViolation,
                         tr("meeting %1 is not deleted: there is nothing to restore")
                             .arg(describe(stored.value())),
                         QStringLiteral("meeting"));
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT txn FROM change_history WHERE entity_id = ? AND field = 'deleted' AND "
        "entity = 'meetings' AND op = 'delete' ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("change_history"));
    const QString txn = q.next() ? q.value(0).toString() : QString();
    q.finish();

    MeetingRemoval restored{stored.value(), 0, 0, 0, 0};
    ChangeSet cs(QStringLiteral("meeting.restore"));
    cs.restore(kMeetings, meetingId);
    if (!txn.isEmpty()) {
        // The open action points are counted among the action points restored.
        const struct
        {
            const QString& table;
            int& count;
            int* open;
        } parts[] = {{kAttendees, restored.attendees, nullptr},
                     {kTopics, restored.topics, nullptr},
                     {kActions, restored.actions, &restored.openActions}};
        for (const auto& part : parts) {
            auto ids = deletedWith(part.table, meetingId, txn, part.open);
            if (!ids)
                return ids.error();
            for (const QString& id : ids.value())
                cs.restore(part.table, id);
            part.count = int(ids->size());
        }
    }
    if (auto ok = apply(cs); !ok)
        return ok.error();
    return restored;
}

} // namespace regie
