#include "ActionPlanService.h"

#include "storage/ChangeSet.h"

#include <QHash>

namespace regie {

namespace {

void diffField(QVariantMap& fields, const QString& name, const QVariant& before,
               const QVariant& after)
{
    if (!WritePath::sameValue(before, after))
        fields.insert(name, after);
}

QVariant fteValue(const std::optional<double>& fte)
{
    return fte ? QVariant(*fte) : QVariant();
}

// A reference to another record: empty means none (NULL), never the empty string.
QVariant reference(const QString& id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}

struct ListTable
{
    QString table;
    QString textColumn;
    QString extraColumn; // empty when the list has no second value
};

void diffList(ChangeSet& cs, const ListTable& t, const QString& ficheId,
              const QVector<PlanItem>& before, const QVector<PlanItem>& after)
{
    QHash<QString, int> oldIndex;
    for (int i = 0; i < before.size(); ++i)
        oldIndex.insert(before.at(i).id, i);
    for (int i = 0; i < after.size(); ++i) {
        const PlanItem& item = after.at(i);
        QVariantMap fields{{t.textColumn, item.text}, {QStringLiteral("sort"), i + 1}};
        if (!t.extraColumn.isEmpty() && !item.extra.isEmpty())
            fields.insert(t.extraColumn, item.extra);
        if (item.id.isEmpty() || !oldIndex.contains(item.id)) {
            fields.insert(QStringLiteral("fiche_id"), ficheId);
            cs.create(t.table, fields);
            continue;
        }
        const int old = oldIndex.take(item.id);
        QVariantMap changed;
        diffField(changed, t.textColumn, before.at(old).text, item.text);
        if (!t.extraColumn.isEmpty())
            diffField(changed, t.extraColumn, before.at(old).extra, item.extra);
        if (old != i)
            changed.insert(QStringLiteral("sort"), i + 1);
        if (!changed.isEmpty())
            cs.set(t.table, item.id, changed);
    }
    for (auto it = oldIndex.cbegin(); it != oldIndex.cend(); ++it)
        cs.remove(t.table, it.key());
}

} // namespace

Result<void> ActionPlanService::validate(const Fiche& fiche)
{
    if (fiche.title.trimmed().isEmpty())
        return ruleError(ErrorCode::Validation, QStringLiteral("required"), QStringLiteral("title is empty"),
                         QStringLiteral("title"));
    if (fiche.fte && *fiche.fte < 0)
        return ruleError(ErrorCode::Validation, QStringLiteral("negative"), QStringLiteral("fte is negative"),
                         QStringLiteral("fte"));
    for (const auto* list : {&fiche.actions, &fiche.indicators, &fiche.partners}) {
        for (const PlanItem& item : *list) {
            if (item.text.trimmed().isEmpty())
                return ruleError(ErrorCode::Validation, QStringLiteral("empty-item"),
                                 QStringLiteral("empty list item"),
                                 QStringLiteral("items"));
        }
    }
    return {};
}

Result<Receipt> ActionPlanService::saveFiche(const Fiche& before, const Fiche& after)
{
    if (before.id != after.id || after.id.isEmpty())
        return makeError(ErrorCode::Usage, QStringLiteral("fiche ids differ"));
    if (auto valid = validate(after); !valid.ok())
        return valid.error();
    ChangeSet cs(QStringLiteral("actionplan.fiche.edit"));
    QVariantMap fields;
    diffField(fields, QStringLiteral("title"), before.title, after.title);
    diffField(fields, QStringLiteral("description"), before.description, after.description);
    diffField(fields, QStringLiteral("critical_conditions"), before.criticalConditions,
              after.criticalConditions);
    diffField(fields, QStringLiteral("executor_id"), reference(before.executorId),
              reference(after.executorId));
    diffField(fields, QStringLiteral("contact_role"), before.contactRole, after.contactRole);
    diffField(fields, QStringLiteral("fte"), fteValue(before.fte), fteValue(after.fte));
    diffField(fields, QStringLiteral("fte_text"), before.fteText, after.fteText);
    diffField(fields, QStringLiteral("funding"), before.funding, after.funding);
    diffField(fields, QStringLiteral("notes"), before.notes, after.notes);
    if (!fields.isEmpty())
        cs.set(QStringLiteral("fiches"), after.id, fields);
    diffList(cs, {QStringLiteral("fiche_actions"), QStringLiteral("text"), QStringLiteral("status")},
             after.id, before.actions, after.actions);
    diffList(cs, {QStringLiteral("fiche_indicators"), QStringLiteral("text"), QStringLiteral("kind")},
             after.id, before.indicators, after.indicators);
    diffList(cs, {QStringLiteral("fiche_partners"), QStringLiteral("name"), {}}, after.id,
             before.partners, after.partners);
    return m_writes.apply(cs);
}

} // namespace regie
