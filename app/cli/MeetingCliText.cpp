#include "MeetingCliText.h"

#include <QJsonArray>

#include <algorithm>

namespace regie::cli {

namespace {

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString ownerText(const ActionPoint& a)
{
    if (a.ownerName.isEmpty())
        return a.ownerRole;
    return a.ownerRole.isEmpty() ? a.ownerName
                                 : QStringLiteral("%1 (%2)").arg(a.ownerName, a.ownerRole);
}

} // namespace

QJsonObject meetingListJson(const MeetingSummary& s)
{
    return {{"id", s.meeting.id},
            {"type", s.meeting.type},
            {"date", iso(s.meeting.date)},
            {"title", s.meeting.title},
            {"participants", s.meeting.participants},
            {"attendees", s.attendees},
            {"topics", s.topics},
            {"openActions", s.openActions},
            {"overdueActions", s.overdueActions}};
}

QString meetingLine(const QJsonObject& row)
{
    QStringList cells;
    for (const char* key : {"date", "id", "participants", "title", "type"})
        cells << QLatin1String(key) + QLatin1Char('=') + row.value(QLatin1String(key)).toString();
    if (const int open = row.value(QLatin1String("openActions")).toInt(); open > 0)
        cells << QStringLiteral("openActions=%1").arg(open);
    if (const int overdue = row.value(QLatin1String("overdueActions")).toInt(); overdue > 0)
        cells << QStringLiteral("overdueActions=%1").arg(overdue);
    return cells.join(QStringLiteral("  "));
}

QJsonObject actionJson(const ActionPoint& a, const QDate& today)
{
    return {{"id", a.id},
            {"meetingId", a.meetingId},
            {"meetingDate", iso(a.meetingDate)},
            {"meetingType", a.meetingType},
            {"meetingTitle", a.meetingTitle},
            {"description", a.description},
            {"ownerOrganisationId", a.ownerOrganisationId},
            {"owner", a.ownerName},
            {"ownerRole", a.ownerRole},
            {"due", iso(a.due)},
            {"done", a.done.isValid() ? QJsonValue(iso(a.done)) : QJsonValue()},
            {"status", a.status},
            {"overdue", a.isOverdue(today)},
            {"daysLeft", a.daysLeft(today)}};
}

QString actionLine(const ActionPoint& a, const QDate& today)
{
    const QString state = a.isOverdue(today) ? QStringLiteral("OVERDUE") : a.status;
    QString line = QStringLiteral("%1  due %2  %3  %4  (meeting %5 %6)  %7")
                       .arg(state.toUpper(), -9)
                       .arg(iso(a.due), ownerText(a), a.description, iso(a.meetingDate),
                            a.meetingTitle.isEmpty() ? a.meetingType : a.meetingTitle, a.id);
    if (a.done.isValid())
        line += QStringLiteral("  done %1").arg(iso(a.done));
    return line;
}

QJsonObject meetingJson(const MeetingRecord& r, const QDate& today)
{
    QJsonArray attendees;
    for (const MeetingAttendee& a : r.attendees)
        attendees.append(QJsonObject{{"id", a.id},
                                     {"organisationId", a.organisationId},
                                     {"organisation", a.organisationName},
                                     {"role", a.role}});
    QJsonArray topics;
    for (const MeetingTopic& t : r.topics)
        topics.append(QJsonObject{{"id", t.id}, {"position", t.position}, {"text", t.text}});
    QJsonArray actions;
    for (const ActionPoint& a : r.actions)
        actions.append(actionJson(a, today));
    return {{"id", r.meeting.id},
            {"type", r.meeting.type},
            {"date", iso(r.meeting.date)},
            {"title", r.meeting.title},
            {"participants", r.meeting.participants},
            {"notes", r.meeting.notes},
            {"minutes", r.minutes},
            {"attendees", attendees},
            {"topics", topics},
            {"actions", actions}};
}

QString meetingText(const MeetingRecord& r, const QDate& today)
{
    QString text = QStringLiteral("%1  %2  %3\n%4\n")
                       .arg(iso(r.meeting.date), r.meeting.type, r.meeting.title, r.meeting.id);
    text += QStringLiteral("Attendees:\n");
    for (const MeetingAttendee& a : r.attendees) {
        const QString who = a.organisationName.isEmpty()
                                ? a.role
                                : (a.role.isEmpty() ? a.organisationName
                                                    : QStringLiteral("%1 (%2)").arg(
                                                          a.organisationName, a.role));
        text += QStringLiteral("  - %1\n").arg(who);
    }
    if (!r.meeting.participants.isEmpty())
        text += QStringLiteral("  (recorded as: %1)\n").arg(r.meeting.participants);
    text += QStringLiteral("Agenda:\n");
    for (int i = 0; i < r.topics.size(); ++i)
        text += QStringLiteral("  %1. %2\n").arg(i + 1).arg(r.topics.at(i).text);
    text += QStringLiteral("Minutes:\n%1\n").arg(r.minutes.isEmpty() ? QStringLiteral("  -")
                                                                      : r.minutes);
    text += QStringLiteral("Action points:\n");
    for (const ActionPoint& a : r.actions)
        text += QStringLiteral("  %1\n").arg(actionLine(a, today));
    return text;
}

QJsonObject deletedMeetingJson(const DeletedMeeting& d)
{
    const QJsonValue at = d.deletedAt.isValid()
                              ? QJsonValue(d.deletedAt.toUTC().toString(Qt::ISODate))
                              : QJsonValue();
    return {{"id", d.meeting.id},
            {"date", iso(d.meeting.date)},
            {"type", d.meeting.type},
            {"title", d.meeting.title},
            {"deletedAt", at},
            {"deletedBy", d.deletedBy},
            {"installation", d.installation}};
}

QString deletedMeetingsTable(const QVector<DeletedMeeting>& meetings)
{
    QVector<QStringList> rows{{QStringLiteral("ID"), QStringLiteral("DATE"),
                               QStringLiteral("TITLE"), QStringLiteral("DELETED AT"),
                               QStringLiteral("BY")}};
    for (const DeletedMeeting& d : meetings) {
        const QString title = d.meeting.title.isEmpty() ? QStringLiteral("(%1)").arg(d.meeting.type)
                                                        : d.meeting.title;
        const QString localTime = QStringLiteral("yyyy-MM-dd HH:mm");
        const QString at = d.deletedAt.isValid() ? d.deletedAt.toLocalTime().toString(localTime)
                                                 : QStringLiteral("-");
        rows << QStringList{d.meeting.id, iso(d.meeting.date), title, at,
                            d.deletedBy.isEmpty() ? QStringLiteral("-") : d.deletedBy};
    }
    QVector<int> widths(rows.first().size(), 0);
    for (const QStringList& row : rows)
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], int(row.at(i).size()));
    QString text;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (int i = 0; i < row.size(); ++i)
            cells << (i + 1 < row.size() ? row.at(i).leftJustified(widths[i]) : row.at(i));
        text += cells.join(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    return text;
}

} // namespace regie::cli
