#include "ChecklistTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace regie {

namespace {

Error formatError(const QString& detail, const QString& field)
{
    return makeError(ErrorCode::Format, detail, field);
}

QJsonArray itemsArray(const QVector<ChecklistTemplate::Item>& items)
{
    QJsonArray array;
    for (const auto& item : items)
        array.append(QJsonObject{{"code", item.code}, {"section", item.section},
                                 {"text", item.text}});
    return array;
}

} // namespace

const ChecklistTemplate::Item* ChecklistTemplate::item(const QString& itemCode) const
{
    for (const Item& candidate : items) {
        if (candidate.code == itemCode)
            return &candidate;
    }
    return nullptr;
}

Result<ChecklistTemplate> ChecklistTemplate::fromJson(const QJsonObject& object)
{
    ChecklistTemplate t;
    t.code = object.value(QLatin1String("code")).toString().trimmed();
    t.version = object.value(QLatin1String("version")).toInt();
    t.validFrom =
        QDate::fromString(object.value(QLatin1String("validFrom")).toString(), Qt::ISODate);
    t.title = object.value(QLatin1String("title")).toString();
    if (t.code.isEmpty())
        return formatError(QStringLiteral("code missing"), QStringLiteral("code"));
    if (t.version < 1)
        return formatError(QStringLiteral("version must be a positive integer"),
                           QStringLiteral("version"));
    if (!t.validFrom.isValid())
        return formatError(QStringLiteral("validFrom is not a date"), QStringLiteral("validFrom"));
    const QJsonArray items = object.value(QLatin1String("items")).toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        Item item{o.value(QLatin1String("code")).toString().trimmed(),
                  o.value(QLatin1String("section")).toString(),
                  o.value(QLatin1String("text")).toString()};
        if (item.code.isEmpty() || seen.contains(item.code))
            return formatError(QStringLiteral("item code missing or repeated"),
                               QStringLiteral("items[%1].code").arg(i));
        seen.insert(item.code);
        t.items.push_back(item);
    }
    if (t.items.isEmpty())
        return formatError(QStringLiteral("a checklist needs items"), QStringLiteral("items"));
    return t;
}

QJsonObject ChecklistTemplate::toJson() const
{
    return {{"code", code},
            {"version", version},
            {"validFrom", validFrom.toString(Qt::ISODate)},
            {"title", title},
            {"items", itemsArray(items)}};
}

QByteArray ChecklistTemplate::itemsJson() const
{
    return QJsonDocument(itemsArray(items)).toJson(QJsonDocument::Compact);
}

} // namespace regie
