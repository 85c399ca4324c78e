#include "MeetingRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace regie {

namespace {

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QDate dateOf(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// An organisation's name as the action plan shows it: "parent / unit" for a unit.
const char* const kOrgName = "coalesce(p.name || ' / ', '') || o.name";

} // namespace

Result<QVector<MeetingSummary>> MeetingRepository::list(const Period& period,
                                                        const QDate& today) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT m.id, m.type, m.meeting_date, m.title, m.participants, m.notes, "
        "(SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.deleted = 0), "
        "(SELECT count(*) FROM meeting_topics t WHERE t.meeting_id = m.id AND t.deleted = 0), "
        "(SELECT count(*) FROM meeting_actions x WHERE x.meeting_id = m.id AND x.deleted = 0 "
        " AND x.status = 'open'), "
        "(SELECT count(*) FROM meeting_actions x WHERE x.meeting_id = m.id AND x.deleted = 0 "
        " AND x.status = 'open' AND x.due_date < ?) "
        "FROM meetings m WHERE m.deleted = 0 AND m.meeting_date >= ? AND m.meeting_date <= ? "
        "ORDER BY m.meeting_date DESC, m.type"));
    q.addBindValue(iso(today));
    q.addBindValue(iso(period.from));
    q.addBindValue(iso(period.to));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("meetings"));
    QVector<MeetingSummary> result;
    while (q.next()) {
        MeetingSummary s;
        s.meeting = Meeting{q.value(0).toString(), q.value(1).toString(), dateOf(q.value(2)),
                            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
        s.attendees = q.value(6).toInt();
        s.topics = q.value(7).toInt();
        s.openActions = q.value(8).toInt();
        s.overdueActions = q.value(9).toInt();
        result << s;
    }
    return result;
}

Result<MeetingRecord> MeetingRepository::find(const QString& meetingId) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id, type, meeting_date, title, participants, notes, minutes FROM "
                       "meetings WHERE id = ? AND deleted = 0"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("meetings"));
    if (!q.next()) {
        q.finish();
        return makeError(ErrorCode::NotFound, tr("there is no meeting %1").arg(meetingId),
                         QStringLiteral("meeting"));
    }
    MeetingRecord r;
    r.meeting = Meeting{q.value(0).toString(), q.value(1).toString(), dateOf(q.value(2)),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    r.minutes = q.value(6).toString();
    q.finish();
    auto who = attendees(meetingId);
    if (!who)
        return who.error();
    r.attendees = who.value();
    auto agenda = topics(meetingId);
    if (!agenda)
        return agenda.error();
    r.topics = agenda.value();
    auto todo = readActions(QStringLiteral("x.meeting_id = ?"), {meetingId});
    if (!todo)
        return todo.error();
    r.actions = todo.value();
    return r;
}

Result<QVector<MeetingAttendee>> MeetingRepository::attendees(const QString& meetingId) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT a.id, coalesce(a.organisation_id, ''), coalesce(%1, ''), a.role "
                       "FROM meeting_attendees a LEFT JOIN organisations o ON o.id = "
                       "a.organisation_id LEFT JOIN organisations p ON p.id = o.parent_id "
                       "WHERE a.meeting_id = ? AND a.deleted = 0 "
                       "ORDER BY a.organisation_id IS NULL, 3, a.role")
            .arg(QLatin1String(kOrgName)));
    q.addBindValue(meetingId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("meeting_attendees"));
    QVector<MeetingAttendee> result;
    while (q.next())
        result << MeetingAttendee{q.value(0).toString(), q.value(1).toString(),
                                  q.value(2).toString(), q.value(3).toString()};
    return result;
}

Result<QVector<MeetingTopic>> MeetingRepository::topics(const QString& meetingId) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id, position, text FROM meeting_topics WHERE meeting_id = ? AND "
                       "deleted = 0 ORDER BY position, text"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("meeting_topics"));
    QVector<MeetingTopic> result;
    while (q.next())
        result << MeetingTopic{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString()};
    return result;
}

Result<QVector<ActionPoint>> MeetingRepository::readActions(const QString& where,
                                                            const QVariantList& binds) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT x.id, x.meeting_id, x.description, "
                       "coalesce(x.owner_organisation_id, ''), coalesce(%1, ''), x.owner_role, "
                       "x.due_date, x.done_date, x.status, m.meeting_date, m.type, m.title "
                       "FROM meeting_actions x JOIN meetings m ON m.id = x.meeting_id "
                       "LEFT JOIN organisations o ON o.id = x.owner_organisation_id "
                       "LEFT JOIN organisations p ON p.id = o.parent_id "
                       "WHERE x.deleted = 0 AND m.deleted = 0 AND %2 ORDER BY x.due_date, "
                       "x.description")
            .arg(QLatin1String(kOrgName), where));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("meeting_actions"));
    QVector<ActionPoint> result;
    while (q.next()) {
        ActionPoint a;
        a.id = q.value(0).toString();
        a.meetingId = q.value(1).toString();
        a.description = q.value(2).toString();
        a.ownerOrganisationId = q.value(3).toString();
        a.ownerName = q.value(4).toString();
        a.ownerRole = q.value(5).toString();
        a.due = dateOf(q.value(6));
        a.done = dateOf(q.value(7));
        a.status = q.value(8).toString();
        a.meetingDate = dateOf(q.value(9));
        a.meetingType = q.value(10).toString();
        a.meetingTitle = q.value(11).toString();
        result << a;
    }
    return result;
}

Result<ActionPoint> MeetingRepository::action(const QString& actionId) const
{
    auto found = readActions(QStringLiteral("x.id = ?"), {actionId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, tr("there is no action point %1").arg(actionId),
                         QStringLiteral("action"));
    return found->first();
}

Result<QVector<ActionPoint>> MeetingRepository::actions(bool openOnly, const QDate& today) const
{
    auto all = openOnly ? readActions(QStringLiteral("x.status = 'open'"), {})
                        : readActions(QStringLiteral("1 = 1"), {});
    if (!all)
        return all.error();
    QVector<ActionPoint> result = std::move(all).value();
    // Overdue first, then the other open ones by due date, then the closed ones, latest first.
    const auto rank = [&today](const ActionPoint& a) {
        return a.isOverdue(today) ? 0 : a.isOpen() ? 1 : 2;
    };
    std::stable_sort(result.begin(), result.end(),
                     [&rank](const ActionPoint& a, const ActionPoint& b) {
                         if (rank(a) != rank(b))
                             return rank(a) < rank(b);
                         return rank(a) == 2 ? a.due > b.due : a.due < b.due;
                     });
    return result;
}

Result<int> MeetingRepository::overdueCount(const QDate& today) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT count(*) FROM meeting_actions x JOIN meetings m ON m.id = x.meeting_id WHERE "
        "x.deleted = 0 AND m.deleted = 0 AND x.status = 'open' AND x.due_date < ?"));
    q.addBindValue(iso(today));
    if (!q.exec() || !q.next())
        return Database::errorOf(q, QStringLiteral("meeting_actions"));
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

Result<QVector<MeetingOrganisation>> MeetingRepository::organisations() const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT o.id, %1 FROM organisations o LEFT JOIN organisations p ON p.id = "
                       "o.parent_id WHERE o.deleted = 0 ORDER BY coalesce(p.name, o.name), "
                       "o.parent_id IS NOT NULL, o.name")
            .arg(QLatin1String(kOrgName)));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("organisations"));
    QVector<MeetingOrganisation> result;
    while (q.next())
        result << MeetingOrganisation{q.value(0).toString(), q.value(1).toString()};
    return result;
}

Result<MeetingOrganisation> MeetingRepository::resolveOrganisation(const QString& idOrName) const
{
    auto all = organisations();
    if (!all)
        return all.error();
    const QString wanted = idOrName.simplified();
    QVector<MeetingOrganisation> byName;
    for (const MeetingOrganisation& o : all.value()) {
        if (o.id == wanted)
            return o;
        const QString own = o.name.section(QStringLiteral(" / "), -1);
        if (o.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
            own.compare(wanted, Qt::CaseInsensitive) == 0)
            byName << o;
    }
    if (byName.size() == 1)
        return byName.first();
    if (byName.isEmpty())
        return makeError(ErrorCode::NotFound,
                         tr("there is no organisation '%1' in the register").arg(wanted),
                         QStringLiteral("organisation"));
    QStringList names;
    for (const MeetingOrganisation& o : byName)
        names << QStringLiteral("%1 (%2)").arg(o.name, o.id);
    return makeError(ErrorCode::Validation,
                     tr("'%1' names more than one organisation: %2; give the id")
                         .arg(wanted, names.join(QStringLiteral(", "))),
                     QStringLiteral("organisation"));
}

} // namespace regie
