#include "PremisesService.h"

#include "storage/Database.h"

namespace regie {

namespace {

bool overlaps(const PremisesHolder& a, const PremisesHolder& b)
{
    const QDate farFuture(9999, 12, 31);
    const QDate aEnd = a.ends.isValid() ? a.ends : farFuture;
    const QDate bEnd = b.ends.isValid() ? b.ends : farFuture;
    return a.begins <= bEnd && b.begins <= aEnd;
}

} // namespace

Result<QString> PremisesService::add(const NewPremises& input)
{
    auto street = m_zone.canonicalStreet(input.street);
    if (!street.ok())
        return street.error();
    const QString number = input.number.simplified();
    if (number.isEmpty())
        return makeError(ErrorCode::Validation, tr("house number is empty"),
                         QStringLiteral("number"));
    if (input.windows < 1 || input.windows > 200)
        return makeError(ErrorCode::Validation,
                         tr("%1 windows: a premises has 1 to 200 windows").arg(input.windows),
                         QStringLiteral("windows"));
    ChangeSet cs(QStringLiteral("premises.add"));
    const QString id = cs.create(QStringLiteral("premises"),
                                 {{QStringLiteral("street"), street.value()},
                                  {QStringLiteral("number"), number},
                                  {QStringLiteral("box"), input.box.simplified()},
                                  {QStringLiteral("cadastral_parcel"),
                                   input.cadastralParcel.simplified()}});
    for (int w = 1; w <= input.windows; ++w)
        cs.create(QStringLiteral("windows"),
                  {{QStringLiteral("premises_id"), id}, {QStringLiteral("number"), QString::number(w)}});
    if (auto applied = m_writes.apply(cs); !applied.ok())
        return applied.error();
    return id;
}

Result<Receipt> PremisesService::setCadastralParcel(const QString& premisesId,
                                                    const QString& parcel)
{
    auto exists = m_repo.exists(premisesId);
    if (!exists.ok())
        return exists.error();
    if (!exists.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("premises %1").arg(premisesId));
    ChangeSet cs(QStringLiteral("premises.cadastral-parcel"));
    cs.set(QStringLiteral("premises"), premisesId, QStringLiteral("cadastral_parcel"),
           parcel.simplified());
    return m_writes.apply(cs);
}

Result<void> PremisesService::checkHolder(const PremisesHolder& holder) const
{
    if (!holder.begins.isValid())
        return makeError(ErrorCode::Validation, tr("begin date missing"), QStringLiteral("begins"));
    if (holder.ends.isValid() && holder.ends < holder.begins)
        return makeError(ErrorCode::Validation, tr("role ends before it begins"),
                         QStringLiteral("ends"));
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT 1 FROM persons WHERE id = ? AND deleted = 0"));
    q.addBindValue(holder.personId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("persons"));
    const bool personFound = q.next();
    q.finish();
    if (!personFound)
        return makeError(ErrorCode::NotFound, QStringLiteral("person %1").arg(holder.personId),
                         QStringLiteral("person"));
    auto current = m_repo.holders(holder.premisesId);
    if (!current.ok())
        return current.error();
    for (const PremisesHolder& other : current.value()) {
        if (holder.role == PremisesHolder::Role::MainHolder && other.role == holder.role &&
            overlaps(holder, other))
            return makeError(ErrorCode::RuleViolation,
                             tr("premises already has a main holder (%1) from %2")
                                 .arg(other.personName, other.begins.toString(Qt::ISODate)),
                             QStringLiteral("role"));
    }
    return {};
}

Result<QString> PremisesService::addHolder(const PremisesHolder& holder)
{
    auto exists = m_repo.exists(holder.premisesId);
    if (!exists.ok())
        return exists.error();
    if (!exists.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("premises %1").arg(holder.premisesId),
                         QStringLiteral("premises"));
    if (auto checked = checkHolder(holder); !checked.ok())
        return checked.error();
    ChangeSet cs(QStringLiteral("premises.holder.add"));
    const QString id = cs.create(
        QStringLiteral("premises_holders"),
        {{QStringLiteral("premises_id"), holder.premisesId},
         {QStringLiteral("person_id"), holder.personId},
         {QStringLiteral("role"), PremisesHolder::roleName(holder.role)},
         {QStringLiteral("begins"), holder.begins},
         {QStringLiteral("ends"), holder.ends.isValid() ? QVariant(holder.ends) : QVariant()}});
    if (auto applied = m_writes.apply(cs); !applied.ok())
        return applied.error();
    return id;
}

Result<Receipt> PremisesService::endHolder(const QString& holderId, const QDate& ends)
{
    if (!ends.isValid())
        return makeError(ErrorCode::Validation, tr("end date missing"), QStringLiteral("ends"));
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT begins FROM premises_holders WHERE id = ? AND deleted = 0"));
    q.addBindValue(holderId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("holders"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("holder %1").arg(holderId));
    const QDate begins = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    q.finish();
    if (ends < begins)
        return makeError(ErrorCode::Validation, tr("role ends before it begins"),
                         QStringLiteral("ends"));
    ChangeSet cs(QStringLiteral("premises.holder.end"));
    cs.set(QStringLiteral("premises_holders"), holderId, QStringLiteral("ends"), ends);
    return m_writes.apply(cs);
}

} // namespace regie
