#pragma once

#include "indicators/IndicatorRecords.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace regie {

// Who attended a meeting: an organisation of the register (the plan's executors and partners),
// or another attendee named by role ("uitbaters", "buurtbewoners") - never a personal name.
struct MeetingAttendee
{
    QString id;
    QString organisationId; // empty for an attendee named by role only
    QString organisationName; // read: "Stad Antwerpen / SL/BH"
    QString role;
};

// One agenda item; topics are kept in the order of `position` (0, 1, 2, ...).
struct MeetingTopic
{
    QString id;
    int position = 0;
    QString text;
};

// What a meeting agreed someone would do, by when.
struct ActionPoint
{
    QString id;
    QString meetingId;
    QString description;
    QString ownerOrganisationId; // empty when the owner is named by role only
    QString ownerName;           // read: the organisation's display name
    QString ownerRole;
    QDate due;
    QDate done;                  // set when status is done
    QString status = QStringLiteral("open"); // open | done | cancelled
    // Read with the action: the meeting it came from.
    QDate meetingDate;
    QString meetingType;
    QString meetingTitle;

    static QStringList statuses()
    {
        return {QStringLiteral("open"), QStringLiteral("done"), QStringLiteral("cancelled")};
    }
    bool isOpen() const { return status == QLatin1String("open"); }
    // Open and its due date has passed on `today`.
    bool isOverdue(const QDate& today) const { return isOpen() && due.isValid() && due < today; }
    // Days until due (negative when past).
    int daysLeft(const QDate& today) const { return int(today.daysTo(due)); }
};

// A meeting with everything recorded about it.
struct MeetingRecord
{
    Meeting meeting;
    QString minutes;
    QVector<MeetingAttendee> attendees;
    QVector<MeetingTopic> topics; // ordered by position
    QVector<ActionPoint> actions; // ordered by due date
};

} // namespace regie
