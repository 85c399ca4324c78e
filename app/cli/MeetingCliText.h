#pragma once

#include "meetings/MeetingRepository.h"

#include <QJsonObject>

namespace regie::cli {

// JSON and text forms of meetings and action points for regie-cli meeting. Dates are ISO.
// `meeting list` keeps its fields (id, type, date, title, participants) and adds counts.
QJsonObject meetingListJson(const MeetingSummary& meeting);
QString meetingLine(const QJsonObject& listRow);
QJsonObject meetingJson(const MeetingRecord& meeting, const QDate& today);
QString meetingText(const MeetingRecord& meeting, const QDate& today);
// An action point: its owner, due and done dates, status, whether it is overdue today and how
// many days are left (negative when past), and the meeting it came from.
QJsonObject actionJson(const ActionPoint& action, const QDate& today);
QString actionLine(const ActionPoint& action, const QDate& today);
// A deleted meeting (`meeting deleted`): id, date, type, title, deletedAt (ISO 8601 UTC, null
// when the log has no deletion), deletedBy (user name) and installation (id).
QJsonObject deletedMeetingJson(const DeletedMeeting& meeting);
// The deleted meetings as a table with a header line; deletion times in local time.
QString deletedMeetingsTable(const QVector<DeletedMeeting>& meetings);

} // namespace regie::cli
