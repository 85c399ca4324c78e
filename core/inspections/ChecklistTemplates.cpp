#include "ChecklistTemplates.h"

#include "storage/Database.h"

#include <QJsonDocument>

#include <algorithm>

namespace regie {

namespace {

Result<ChecklistTemplate> fromRow(const QSqlQuery& q)
{
    QJsonObject object{{"code", q.value(1).toString()},
                       {"version", q.value(2).toInt()},
                       {"validFrom", q.value(3).toString()},
                       {"title", q.value(4).toString()},
                       {"items", QJsonDocument::fromJson(q.value(5).toByteArray()).array()}};
    auto t = ChecklistTemplate::fromJson(object);
    if (!t.ok())
        return t.error();
    ChecklistTemplate result = std::move(t).value();
    result.id = q.value(0).toString();
    return result;
}

const QString kColumns =
    QStringLiteral("SELECT id, code, version, valid_from, title, items_json FROM "
                   "checklist_templates WHERE deleted = 0");

} // namespace

Result<QVector<ChecklistTemplate>> ChecklistTemplates::stored() const
{
    QSqlQuery& q = m_db.prepared(kColumns + QStringLiteral(" ORDER BY code, version"));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("checklist templates"));
    QVector<ChecklistTemplate> result;
    while (q.next()) {
        auto t = fromRow(q);
        if (!t.ok())
            return t.error();
        result.push_back(std::move(t).value());
    }
    return result;
}

Result<QVector<ChecklistTemplate>> ChecklistTemplates::all() const
{
    auto result = stored();
    if (!result.ok())
        return result.error();
    QVector<ChecklistTemplate> list = std::move(result).value();
    for (const QJsonValue& value : m_shipped) {
        auto t = ChecklistTemplate::fromJson(value.toObject());
        if (!t.ok())
            return t.error();
        const bool known = std::any_of(list.cbegin(), list.cend(), [&](const auto& s) {
            return s.code == t->code && s.version == t->version;
        });
        if (!known)
            list.push_back(std::move(t).value());
    }
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
        return a.code != b.code ? a.code < b.code : a.version < b.version;
    });
    return list;
}

Result<ChecklistTemplate> ChecklistTemplates::forDate(const QString& code, const QDate& date) const
{
    auto list = all();
    if (!list.ok())
        return list.error();
    const ChecklistTemplate* found = nullptr;
    for (const ChecklistTemplate& t : list.value()) {
        if (t.code == code && t.validFrom <= date)
            found = &t; // sorted by version: the last match is the newest
    }
    if (!found)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no checklist %1 valid on %2")
                             .arg(code, date.toString(Qt::ISODate)),
                         QStringLiteral("template"));
    return *found;
}

Result<ChecklistTemplate> ChecklistTemplates::byId(const QString& id) const
{
    QSqlQuery& q = m_db.prepared(kColumns + QStringLiteral(" AND id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("checklist templates"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("checklist template %1").arg(id));
    auto t = fromRow(q);
    q.finish();
    return t;
}

QString ChecklistTemplates::ensureStored(const ChecklistTemplate& t, ChangeSet& changes) const
{
    if (!t.id.isEmpty())
        return t.id;
    return changes.create(QStringLiteral("checklist_templates"),
                          {{QStringLiteral("code"), t.code},
                           {QStringLiteral("version"), t.version},
                           {QStringLiteral("valid_from"), t.validFrom},
                           {QStringLiteral("title"), t.title},
                           {QStringLiteral("items_json"), QString::fromUtf8(t.itemsJson())}});
}

Result<QString> ChecklistTemplates::import(const QByteArray& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    auto t = ChecklistTemplate::fromJson(document.object());
    if (!t.ok())
        return t.error();
    auto list = all();
    if (!list.ok())
        return list.error();
    for (const ChecklistTemplate& existing : list.value()) {
        if (existing.code != t->code || existing.version != t->version)
            continue;
        if (existing.itemsJson() != t->itemsJson() || existing.validFrom != t->validFrom)
            return makeError(ErrorCode::Conflict,
                             tr("%1 version %2 exists with other content: a change "
                                "needs a new version")
                                 .arg(t->code)
                                 .arg(t->version),
                             QStringLiteral("version"));
        if (!existing.id.isEmpty())
            return existing.id;
    }
    ChangeSet cs(QStringLiteral("checklist.import"));
    const QString id = ensureStored(t.value(), cs);
    if (auto applied = m_writes.apply(cs); !applied.ok())
        return applied.error();
    return id;
}

} // namespace regie
