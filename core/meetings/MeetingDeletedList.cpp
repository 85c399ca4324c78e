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
    // Nothing deleted (the usual answer): no need to read the change log at all.
    QSqlQuery& any = m_db.prepared(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM meetings WHERE deleted = 1)"));
    if (!any.exec() || !any.next())
        return Database::errorOf(any, QStringLiteral("meetings"));
    const bool anyDeleted = any.value(0).toBool();
    any.finish();
    if (!anyDeleted)
        return QVector<DeletedMeeting>();
    // The latest deletion of each tombstoned meeting: the one with the highest clock stamp, so
    // a deletion received from another installation is placed at the time it was made. The
    // change log has no index by record (migration 0012): one pass over it for all meetings,
    // then who made each deletion, found by its stamp (unique index).
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "WITH latest (entity_id, hlc) AS (SELECT entity_id, max(hlc) FROM change_log "
        "WHERE entity = 'meetings' AND op = 'delete' AND field = 'deleted' GROUP BY entity_id) "
        "SELECT m.id, m.type, m.meeting_date, m.title, m.participants, m.notes, "
        "coalesce(l.hlc, ''), "
        "coalesce((SELECT h.user_name FROM change_history h WHERE h.hlc = l.hlc), ''), "
        "coalesce((SELECT h.installation FROM change_history h WHERE h.hlc = l.hlc), '') "
        "FROM meetings m LEFT JOIN latest l ON l.entity_id = m.id "
        "WHERE m.deleted = 1 "
        "ORDER BY l.hlc IS NULL, l.hlc DESC, m.meeting_date DESC, m.id"));
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
