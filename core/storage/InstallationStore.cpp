#include "InstallationStore.h"

#include "Database.h"
#include "common/Clock.h"
#include "common/Ids.h"

#include <QRegularExpression>

namespace regie {

bool InstallationStore::isValidShortCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]{1,3}$"));
    return pattern.match(code).hasMatch();
}

Result<Installation> InstallationStore::self() const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, short_code, display_name, created_at FROM installation WHERE is_self = 1"));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("installation"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("installation identity"));
    Installation found{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       QDateTime::fromString(q.value(3).toString(), Qt::ISODate)};
    q.finish();
    return found;
}

Result<Installation> InstallationStore::createSelf(const Clock& clock, const QString& shortCode,
                                                   const QString& displayName)
{
    if (!isValidShortCode(shortCode))
        return makeError(ErrorCode::Validation, shortCode, QStringLiteral("shortCode"));
    if (self().ok())
        return makeError(ErrorCode::Usage, QStringLiteral("installation identity exists"));
    const Installation created{newId(), shortCode, displayName, clock.now().toUTC()};
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO installation (id, short_code, display_name, created_at, is_self) "
        "VALUES (?, ?, ?, ?, 1)"));
    q.addBindValue(created.id);
    q.addBindValue(created.shortCode);
    q.addBindValue(created.displayName);
    q.addBindValue(created.createdAt.toString(Qt::ISODate));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("installation"));
    return created;
}

} // namespace regie
