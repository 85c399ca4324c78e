#include "PlanVersions.h"

#include "ActionPlanRepository.h"
#include "common/Ids.h"
#include "storage/ChangeSet.h"
#include "storage/Database.h"
#include "storage/WritePath.h"

#include <QHash>
#include <QSqlRecord>

#include <algorithm>

namespace regie {

namespace {

Error invalid(const QString& field, const QString& message)
{
    return makeError(ErrorCode::Validation, message, field);
}

// A stored row as fields for a new record: without id and deleted, with references remapped.
QVariantMap copyOf(QVariantMap row, const QHash<QString, QString>& remap)
{
    row.remove(QStringLiteral("id"));
    row.remove(QStringLiteral("deleted"));
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (it.value().isNull()) { // a stored NULL stays NULL (not the empty text)
            it.value() = QVariant();
            continue;
        }
        if (it.key().endsWith(QLatin1String("_id")) && remap.contains(it.value().toString()))
            it.value() = remap.value(it.value().toString());
    }
    return row;
}

QString itemsText(const QVector<PlanItem>& items)
{
    QStringList texts;
    for (const PlanItem& item : items)
        texts << item.text + QLatin1Char('|') + item.extra;
    return texts.join(QLatin1Char('\n'));
}

} // namespace

Result<QVector<QVariantMap>> PlanVersions::rows(const QString& table, const QString& where,
                                                const QString& id) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT * FROM %1 WHERE %2 = ? AND deleted = 0 ORDER BY rowid")
            .arg(table, where));
    q.addBindValue(id);
    if (!q.exec())
        return Database::errorOf(q, table);
    QVector<QVariantMap> result;
    while (q.next()) {
        const QSqlRecord record = q.record();
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
        result << row;
    }
    q.finish();
    return result;
}

Result<QString> PlanVersions::startNewPeriod(const QString& sourceId, const NewPeriod& period)
{
    ActionPlanRepository repo(m_db);
    auto source = repo.plan(sourceId);
    if (!source.ok())
        return source.error();
    if (period.title.trimmed().isEmpty())
        return invalid(QStringLiteral("title"), QStringLiteral("the new plan needs a title"));
    if (period.version.trimmed().isEmpty())
        return invalid(QStringLiteral("version"), QStringLiteral("the new plan needs a version"));
    auto plans = repo.plans();
    if (!plans.ok())
        return plans.error();
    for (const PlanInfo& p : plans.value()) {
        if (p.version == period.version.trimmed())
            return invalid(QStringLiteral("version"),
                           QStringLiteral("version %1 exists already (%2)").arg(p.version, p.title));
    }
    if (!period.periodStart.isValid() || !period.periodEnd.isValid() ||
        period.periodEnd < period.periodStart)
        return invalid(QStringLiteral("period"),
                       QStringLiteral("the period needs a first day and a later last day"));
    if (period.periodStart <= source->periodEnd)
        return invalid(QStringLiteral("period"),
                       QStringLiteral("the new period starts on %1, before the period of %2 ends "
                                      "(%3)")
                           .arg(period.periodStart.toString(Qt::ISODate), source->version,
                                source->periodEnd.toString(Qt::ISODate)));

    ChangeSet cs(QStringLiteral("plan.new-period"));
    const QString planId = cs.create(
        QStringLiteral("plans"),
        {{QStringLiteral("title"), period.title.trimmed()},
         {QStringLiteral("version"), period.version.trimmed()},
         {QStringLiteral("period_start"), period.periodStart.toString(Qt::ISODate)},
         {QStringLiteral("period_end"), period.periodEnd.toString(Qt::ISODate)},
         {QStringLiteral("introduction"), source->introduction},
         {QStringLiteral("notes"), QStringLiteral("Started from %1 (%2).")
                                       .arg(source->version, source->title)}});
    QHash<QString, QString> remap{{sourceId, planId}};
    const auto copyChildren = [&](const QString& table, const QString& parentColumn,
                                  const QString& parentId) -> Result<void> {
        auto children = rows(table, parentColumn, parentId);
        if (!children.ok())
            return children.error();
        for (const QVariantMap& row : children.value()) {
            const QString status = row.value(QStringLiteral("status")).toString();
            if (table == QLatin1String("fiche_actions") &&
                (status == QLatin1String("dropped") || status == QLatin1String("done")))
                continue; // finished business stays in the period it belongs to
            const QString id = newId();
            remap.insert(row.value(QStringLiteral("id")).toString(), id);
            cs.create(table, id, copyOf(row, remap));
        }
        return {};
    };
    if (auto r = copyChildren(QStringLiteral("policy_lines"), QStringLiteral("plan_id"), sourceId);
        !r.ok())
        return r.error();
    auto lines = rows(QStringLiteral("policy_lines"), QStringLiteral("plan_id"), sourceId);
    if (!lines.ok())
        return lines.error();
    for (const QVariantMap& line : lines.value()) {
        const QString lineId = line.value(QStringLiteral("id")).toString();
        for (const QString& table : {QStringLiteral("objectives"), QStringLiteral("line_indicators")}) {
            if (auto r = copyChildren(table, QStringLiteral("policy_line_id"), lineId); !r.ok())
                return r.error();
        }
    }
    if (auto r = copyChildren(QStringLiteral("fiches"), QStringLiteral("plan_id"), sourceId); !r.ok())
        return r.error();
    auto fiches = rows(QStringLiteral("fiches"), QStringLiteral("plan_id"), sourceId);
    if (!fiches.ok())
        return fiches.error();
    for (const QVariantMap& fiche : fiches.value()) {
        const QString ficheId = fiche.value(QStringLiteral("id")).toString();
        for (const QString& table : {QStringLiteral("fiche_actions"),
                                     QStringLiteral("fiche_indicators"),
                                     QStringLiteral("fiche_partners")}) {
            if (auto r = copyChildren(table, QStringLiteral("fiche_id"), ficheId); !r.ok())
                return r.error();
        }
    }
    auto applied = m_writes.apply(cs);
    if (!applied.ok())
        return applied.error();
    return planId;
}

Result<QVector<PlanVersions::FicheDifference>> PlanVersions::compare(const QString& fromId,
                                                                     const QString& toId) const
{
    return compare(ActionPlanRepository(m_db), fromId, toId);
}

Result<QVector<PlanVersions::FicheDifference>>
PlanVersions::compare(const ActionPlanRepository& repo, const QString& fromId, const QString& toId)
{
    auto from = repo.fiches(fromId);
    if (!from.ok())
        return from.error();
    auto to = repo.fiches(toId);
    if (!to.ok())
        return to.error();
    QHash<QString, Fiche> before, after;
    for (const Fiche& f : from.value())
        before.insert(f.code, f);
    for (const Fiche& f : to.value())
        after.insert(f.code, f);
    QStringList codes = before.keys() + after.keys();
    codes.removeDuplicates();
    std::sort(codes.begin(), codes.end(), [](const QString& a, const QString& b) {
        const QStringList x = a.split(QLatin1Char('.')), y = b.split(QLatin1Char('.'));
        for (int i = 0; i < std::min(x.size(), y.size()); ++i) {
            if (x.at(i).toInt() != y.at(i).toInt())
                return x.at(i).toInt() < y.at(i).toInt();
        }
        return x.size() < y.size();
    });
    QVector<FicheDifference> differences;
    for (const QString& code : codes) {
        if (!after.contains(code)) {
            differences << FicheDifference{code, QStringLiteral("dropped"), {}};
            continue;
        }
        if (!before.contains(code)) {
            differences << FicheDifference{code, QStringLiteral("added"), {}};
            continue;
        }
        const Fiche& a = before[code];
        const Fiche& b = after[code];
        QStringList aspects;
        const auto differ = [&](const QString& name, const QString& x, const QString& y) {
            if (x != y)
                aspects << name;
        };
        differ(QStringLiteral("title"), a.title, b.title);
        differ(QStringLiteral("description"), a.description, b.description);
        differ(QStringLiteral("critical conditions"), a.criticalConditions, b.criticalConditions);
        differ(QStringLiteral("executor"), a.executorId, b.executorId);
        differ(QStringLiteral("contact"), a.contactRole, b.contactRole);
        differ(QStringLiteral("staff effort"), a.fteText + QString::number(a.fte.value_or(-1)),
               b.fteText + QString::number(b.fte.value_or(-1)));
        differ(QStringLiteral("funding"), a.funding, b.funding);
        differ(QStringLiteral("actions"), itemsText(a.actions), itemsText(b.actions));
        differ(QStringLiteral("indicators"), itemsText(a.indicators), itemsText(b.indicators));
        differ(QStringLiteral("partners"), itemsText(a.partners), itemsText(b.partners));
        if (!aspects.isEmpty())
            differences << FicheDifference{code, QStringLiteral("changed"), aspects};
    }
    return differences;
}

} // namespace regie
