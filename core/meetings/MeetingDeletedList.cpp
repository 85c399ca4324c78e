// MeetingRepository::deleted: the meetings deleted now, with when and by whom, so that one
// deleted by mistake can be found again and restored. Part of MeetingRepository.
#include "MeetingRepository.h"

#include "storage/Database.h"
#include "storage/Hlc.h"

#include <QSqlQuery>

namespace regie {

namespace {

QDateTime stampTime(const QString& hlc)
{
    qint64 ms = 0;
    if (hlc.isEmpty() || !Hlc::parse(hlc, &ms, nullptr, nullptr))
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

Result<QVector<DeletedMeeting>> MeetingRepository::deleted() const
{
    // The latest deletion of each tombstoned meeting: the one with the highest clock stamp, so
    // a deletion received from another installation is placed at the time it was made.
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT m.id, m.type, m.meeting_date, m.title, m.participants, m.notes, "
        "coalesce(h.hlc, ''), coalesce(h.user_name, ''), coalesce(h.installation, '') "
        "FROM meetings m LEFT JOIN change_history h ON h.seq = "
        "(SELECT x.seq FROM change_history x WHERE x.entity_id = m.id AND x.field = 'deleted' "
        " AND x.entity = 'meetings' AND x.op = 'delete' ORDER BY x.hlc DESC LIMIT 1) "
        "WHERE m.deleted = 1 "
        "ORDER BY h.hlc IS NULL, h.hlc DESC, m.meeting_date DESC, m.id"));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("meetings"));
    QVector<DeletedMeeting> result;
    while (q.next()) {
        DeletedMeeting d;
        d.meeting = Meeting{q.value(0).toString(),
                            q.value(1).toString(),
                            QDate::fromString(q.value(2).toString(), Qt::ISODate),
                            q.value(3).toString(),
                            q.value(4).toString(),
                            q.value(5).toString()};
        d.deletedAt = stampTime(q.value(6).toString());
        d.deletedBy = q.value(7).toString();
        d.installation = q.value(8).toString();
        result << d;
    }
    return result;
}

} // namespace regie
