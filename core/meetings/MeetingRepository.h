#pragma once

#include "MeetingRecord.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace regie {

class Database;

// A line of the meetings list: the meeting and what is recorded about it.
struct MeetingSummary
{
    Meeting meeting;
    int attendees = 0;
    int topics = 0;
    int openActions = 0;
    int overdueActions = 0;
};

// An organisation that can attend a meeting or own an action point.
struct MeetingOrganisation
{
    QString id;
    QString name; // "Stad Antwerpen / SL/BH" for a unit
};

// A meeting that is deleted now, with its latest deletion as the change log has it.
struct DeletedMeeting
{
    Meeting meeting;
    QDateTime deletedAt;  // UTC, from the deletion's clock stamp; invalid if not logged
    QString deletedBy;    // the user name the write path recorded
    QString installation; // the id of the installation the deletion was made on
};

// Reads meetings, their attendees, topics and action points (written by MeetingService).
class MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRepository)

public:
    explicit MeetingRepository(Database& db) : m_db(db) {}

    // Meetings of the period, newest first.
    Result<QVector<MeetingSummary>> list(const Period& period, const QDate& today) const;
    Result<MeetingRecord> find(const QString& meetingId) const;
    Result<ActionPoint> action(const QString& actionId) const;
    // Action points of every meeting: open ones first, overdue first among them, by due date;
    // then done and cancelled ones, latest due first. `openOnly` leaves out the closed ones.
    Result<QVector<ActionPoint>> actions(bool openOnly, const QDate& today) const;
    Result<int> overdueCount(const QDate& today) const;
    // The meetings deleted now (a restored one is not among them), latest deletion first, with
    // when and by whom (MeetingDeletedList.cpp).
    Result<QVector<DeletedMeeting>> deleted() const;

    Result<QVector<MeetingOrganisation>> organisations() const;
    // The organisation with this id, or the one whose name or "parent / unit" name is this text
    // (case-insensitive); NotFound or Validation (ambiguous) with the reason.
    Result<MeetingOrganisation> resolveOrganisation(const QString& idOrName) const;

private:
    Result<QVector<MeetingAttendee>> attendees(const QString& meetingId) const;
    Result<QVector<MeetingTopic>> topics(const QString& meetingId) const;
    Result<QVector<ActionPoint>> readActions(const QString& where, const QVariantList& binds) const;

    Database& m_db;
};

} // namespace regie
