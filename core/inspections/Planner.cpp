#include "Planner.h"

#include "certificates/CertificateRepository.h"
#include "certificates/CertificateStatus.h"
#include "common/Clock.h"
#include "premises/PremisesRepository.h"
#include "storage/Database.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace regie {

namespace {

using Status = CertificateStatus::Status;

int reasonRank(const QString& reason)
{
    if (reason == QLatin1String("renewal-due"))
        return 0;
    if (reason == QLatin1String("condition-overdue"))
        return 1;
    return 2;
}

// The renewal item for the newest dossier of a premises, when one is due on `ref`.
bool renewalItem(const CertificateDossier& newest, const CertificateRules& rules,
                 const QDate& ref, Planner::Item* item)
{
    const Status status = CertificateStatus::at(newest, ref);
    if (status == Status::Applied || status == Status::Refused || status == Status::Withdrawn)
        return false;
    const QDate due = CertificateStatus::renewalDue(newest, rules);
    if (!due.isValid() || due > ref)
        return false;
    item->reason = QStringLiteral("renewal-due");
    item->dueDate = due;
    item->certificateId = newest.id;
    item->detail = QStringLiteral("certificate valid until %1 (%2)")
                       .arg(CertificateStatus::expiry(newest).toString(Qt::ISODate),
                            CertificateStatus::name(status));
    return true;
}

void conditionItems(const CertificateDossier& dossier, const QDate& ref,
                    QVector<Planner::Item>& items)
{
    const Status status = CertificateStatus::at(dossier, ref);
    if (status == Status::Withdrawn || status == Status::Refused || status == Status::Applied)
        return;
    for (const CertificateCondition& c : dossier.conditions) {
        if (c.metDate.isValid() || c.dueDate >= ref)
            continue;
        Planner::Item item;
        item.premisesId = dossier.premisesId;
        item.reason = QStringLiteral("condition-overdue");
        item.dueDate = c.dueDate;
        item.certificateId = dossier.id;
        item.conditionId = c.id;
        item.detail = c.text;
        items.push_back(item);
    }
}

void sortByPremises(QVector<Planner::Item>& items, const QVector<Premises>& premises)
{
    QHash<QString, QString> addresses;
    QHash<QString, int> order; // the repository's order: street, then house number
    for (const Premises& p : premises) {
        addresses.insert(p.id, p.address());
        order.insert(p.id, int(order.size()));
    }
    for (Planner::Item& item : items)
        item.address = addresses.value(item.premisesId);
    std::stable_sort(items.begin(), items.end(),
                     [&order](const Planner::Item& a, const Planner::Item& b) {
                         if (a.premisesId != b.premisesId)
                             return order.value(a.premisesId) < order.value(b.premisesId);
                         return reasonRank(a.reason) < reasonRank(b.reason);
                     });
}

} // namespace

QDate Planner::referenceDate(int year) const
{
    const QDate today = m_clock.today();
    return year == today.year() ? today : QDate(year, 12, 31);
}

Result<QSet<QString>> Planner::inspectedPremises(int year) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT DISTINCT premises_id FROM inspections WHERE deleted = 0 AND kind = 'proactive' "
        "AND inspection_date BETWEEN ? AND ?"));
    q.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    q.addBindValue(QDate(year, 12, 31).toString(Qt::ISODate));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("inspections"));
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

Result<QVector<Planner::Item>> Planner::forYear(int year) const
{
    if (year < 1900 || year > 9999)
        return makeError(ErrorCode::Validation, tr("%1 is not a year").arg(year),
                         QStringLiteral("year"));
    const QDate ref = referenceDate(year);
    auto premises = PremisesRepository(m_db).list();
    auto inspected = inspectedPremises(year);
    auto dossiers =
        CertificateRepository(m_db).list({}, CertificateRepository::Detail::Summary);
    if (!premises.ok() || !inspected.ok() || !dossiers.ok())
        return !premises.ok() ? premises.error()
                              : !inspected.ok() ? inspected.error() : dossiers.error();
    QHash<QString, const CertificateDossier*> newest; // list is by application date
    QVector<Item> items;
    for (const CertificateDossier& d : dossiers.value()) {
        newest.insert(d.premisesId, &d);
        conditionItems(d, ref, items);
    }
    for (const Premises& p : premises.value()) {
        Item item;
        item.premisesId = p.id;
        if (const CertificateDossier* d = newest.value(p.id))
            if (renewalItem(*d, m_rules.forDate(d->applicationDate), ref, &item))
                items.push_back(item);
        if (!inspected->contains(p.id))
            items.push_back({p.id, {}, QStringLiteral("no-proactive-inspection"),
                             QDate(year, 12, 31), {}, {},
                             QStringLiteral("no proactive inspection in %1").arg(year)});
    }
    sortByPremises(items, premises.value());
    return items;
}

} // namespace regie
