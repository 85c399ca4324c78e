#include "PremisesRepository.h"

#include "storage/Database.h"

#include <algorithm>

namespace regie {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT p.id, p.street, p.number, p.box, p.postcode, p.city, p.cadastral_parcel, p.notes, "
    "(SELECT count(*) FROM windows w WHERE w.premises_id = p.id AND w.deleted = 0) "
    "FROM premises p WHERE p.deleted = 0");

Premises premisesFrom(const QSqlQuery& q)
{
    Premises p;
    p.id = q.value(0).toString();
    p.street = q.value(1).toString();
    p.number = q.value(2).toString();
    p.box = q.value(3).toString();
    p.postcode = q.value(4).toString();
    p.city = q.value(5).toString();
    p.cadastralParcel = q.value(6).toString();
    p.notes = q.value(7).toString();
    p.windowCount = q.value(8).toInt();
    return p;
}

// House numbers sort as numbers first ("9" before "10"), then as text ("12A" after "12").
bool lessAddress(const Premises& a, const Premises& b)
{
    const int s = a.street.compare(b.street, Qt::CaseInsensitive);
    if (s != 0)
        return s < 0;
    const int na = a.number.toInt(), nb = b.number.toInt();
    if (na != nb)
        return na < nb;
    if (a.number != b.number)
        return a.number < b.number;
    return a.id < b.id;
}

} // namespace

Result<QVector<Premises>> PremisesRepository::list() const
{
    QSqlQuery& q = m_db.prepared(kSelect);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("premises"));
    QVector<Premises> result;
    while (q.next())
        result.push_back(premisesFrom(q));
    std::sort(result.begin(), result.end(), lessAddress);
    return result;
}

Result<Premises> PremisesRepository::find(const QString& id) const
{
    QSqlQuery& q = m_db.prepared(kSelect + QStringLiteral(" AND p.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("premises"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("premises %1").arg(id),
                         QStringLiteral("premises"));
    Premises p = premisesFrom(q);
    q.finish();
    auto windowList = windows(id);
    if (!windowList.ok())
        return windowList.error();
    p.windows = windowList.value();
    auto holderList = holders(id);
    if (!holderList.ok())
        return holderList.error();
    p.holders = holderList.value();
    return p;
}

Result<QVector<PremisesWindow>> PremisesRepository::windows(const QString& premisesId) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, number, floor FROM windows WHERE premises_id = ? AND deleted = 0 "
        "ORDER BY CAST(number AS INTEGER), number"));
    q.addBindValue(premisesId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("windows"));
    QVector<PremisesWindow> result;
    while (q.next())
        result.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return result;
}

Result<QVector<PremisesHolder>> PremisesRepository::holders(const QString& premisesId) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT h.id, h.person_id, h.role, h.begins, h.ends, CASE p.kind WHEN 'legal' THEN "
        "p.legal_name ELSE p.family_name || ', ' || p.given_names END "
        "FROM premises_holders h JOIN persons p ON p.id = h.person_id "
        "WHERE h.premises_id = ? AND h.deleted = 0 ORDER BY h.begins, h.role"));
    q.addBindValue(premisesId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("holders"));
    QVector<PremisesHolder> result;
    while (q.next()) {
        PremisesHolder h;
        h.id = q.value(0).toString();
        h.premisesId = premisesId;
        h.personId = q.value(1).toString();
        PremisesHolder::roleFromName(q.value(2).toString(), &h.role);
        h.begins = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        h.ends = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        h.personName = q.value(5).toString();
        result.push_back(h);
    }
    return result;
}

Result<bool> PremisesRepository::exists(const QString& id) const
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT 1 FROM premises WHERE id = ? AND deleted = 0"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("premises"));
    const bool found = q.next();
    q.finish();
    return found;
}

} // namespace regie
