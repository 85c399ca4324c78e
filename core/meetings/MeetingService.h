#pragma once

#include "MeetingRepository.h"

#include <QCoreApplication>

namespace regie {

class ChangeSet;
class Clock;
class WritePath;

// What deleting a meeting took away, or restoring it brought back (MeetingRemoval.cpp).
struct MeetingRemoval
{
    Meeting meeting;
    int attendees = 0;
    int topics = 0;
    int actions = 0;
    int openActions = 0;
};

// Records what a meeting said and agreed: attending organisations (or attendees by role),
// agenda items in order, the minutes and action points with owner and due date. Every change
// goes through the write path, so it is in the change log (sync, audit). A refused change
// names what is wrong and changes nothing.
class MeetingService
{
    Q_DECLARE_TR_FUNCTIONS(MeetingService)

public:
    MeetingService(Database& db, WritePath& writes, const Clock& clock)
        : m_repo(db), m_db(db), m_writes(writes), m_clock(clock)
    {
    }

    const MeetingRepository& repository() const { return m_repo; }
    const Clock& clock() const { return m_clock; }

    // A new meeting (the indicators count it by type and date; the date may not be future).
    Result<QString> create(const Meeting& meeting);
    // An organisation of the register attends; role is optional ("voorzitter").
    Result<QString> attend(const QString& meetingId, const QString& organisationId,
                           const QString& role = {});
    // An attendee that is not an organisation of the register, named by role.
    Result<QString> attendByRole(const QString& meetingId, const QString& role);
    // Appends an agenda item after the last one.
    Result<QString> addTopic(const QString& meetingId, const QString& text);
    Result<void> setMinutes(const QString& meetingId, const QString& minutes);
    // An action point of action.meetingId: description, owner (organisation and/or role) and a
    // due date on or after the meeting.
    Result<QString> addAction(const ActionPoint& action);
    // Marks an open action point done on `date` (not in the future, not before the meeting).
    Result<void> completeAction(const QString& actionId, const QDate& date);

    // Stores an edited meeting whole, as one action: its fields, minutes, attendees, topics in
    // their new order and action points; what is no longer in `edited` is removed. Ids empty
    // for new attendees, topics and action points (MeetingEdit.cpp).
    Result<void> save(const MeetingRecord& edited);
    // A new meeting with its details, as one action; returns its id.
    Result<QString> add(const MeetingRecord& record);

    // Deletes a meeting entered by mistake with its attendance, agenda items and action points,
    // as one action of tombstones (nothing is erased; restore() brings it all back). Refused,
    // changing nothing, when there is no such meeting or it is already deleted.
    Result<MeetingRemoval> remove(const QString& meetingId);
    // Brings a deleted meeting back with exactly what its last deletion took away (items an
    // earlier edit removed stay removed). Refused when unknown or not deleted.
    Result<MeetingRemoval> restore(const QString& meetingId);

private:
    // Checks the meeting's attendance with `added` and records it as one action.
    Result<QString> addAttendee(const QString& meetingId, const MeetingAttendee& added);
    Result<void> checkMeeting(const Meeting& meeting) const;
    Result<void> checkAttendees(const QVector<MeetingAttendee>& attendees) const;
    Result<void> checkAction(const ActionPoint& action, const QDate& meetingDate) const;
    Result<void> checkTopic(const QString& text) const;
    Result<void> checkRecord(const MeetingRecord& record) const;
    static QVariantMap meetingFields(const MeetingRecord& record);
    static QVariantMap actionFields(const ActionPoint& action);
    static QVariantMap attendeeFields(const MeetingAttendee& attendee);
    void saveAttendees(ChangeSet& cs, const MeetingRecord& stored,
                       const MeetingRecord& edited) const;
    void saveTopics(ChangeSet& cs, const MeetingRecord& stored, const MeetingRecord& edited) const;
    void saveActions(ChangeSet& cs, const MeetingRecord& stored,
                     const MeetingRecord& edited) const;
    Result<void> apply(const ChangeSet& cs);
    // The stored meeting row whatever its state; `deleted` says whether it is a tombstone.
    Result<Meeting> storedMeeting(const QString& meetingId, bool& deleted) const;
    // The ids of `table`'s items of the meeting tombstoned by change transaction `txn`; `open`
    // (for meeting_actions) counts the open action points among them.
    Result<QStringList> deletedWith(const QString& table, const QString& meetingId,
                                    const QString& txn, int* open) const;

    MeetingRepository m_repo;
    Database& m_db;
    WritePath& m_writes;
    const Clock& m_clock;
};

} // namespace regie
