#include "AuditTrail.h"

#include "Database.h"
#include "common/Clock.h"

namespace regie {

Result<void> AuditTrail::record(const Actor& actor, const QString& action, const QString& entity,
                                const QString& entityId, const QString& txn,
                                const QString& detail)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO audit_log (at, installation, user_name, action, entity, entity_id, txn, "
        "detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(actor.installationId);
    q.addBindValue(actor.userName);
    q.addBindValue(action);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(txn.isEmpty() ? QVariant() : QVariant(txn));
    q.addBindValue(detail);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("audit"));
    return {};
}

Result<void> AuditTrail::recordAccess(const Actor& actor, const QString& entity,
                                      const QString& entityId)
{
    return record(actor, QStringLiteral("read"), entity, entityId, {}, {});
}

} // namespace regie
