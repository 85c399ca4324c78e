#pragma once

#include "common/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QVector>

namespace regie {

// One version of an inspection checklist. Versions are immutable: a change is a new version,
// and an inspection keeps the version it was done with.
//   {"code": "window-premises", "version": 1, "validFrom": "2018-05-28", "title": "...",
//    "items": [{"code": "panic-button", "section": "safety", "text": "..."}]}
struct ChecklistTemplate
{
    struct Item
    {
        QString code;
        QString section;
        QString text;
    };

    QString id; // the database row once stored; empty for a template only in the program
    QString code;
    int version = 0;
    QDate validFrom;
    QString title;
    QVector<Item> items;

    const Item* item(const QString& itemCode) const;
    // ErrorCode::Format naming the element ("items[2].code") on a malformed template.
    static Result<ChecklistTemplate> fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
    // The items alone, as stored in checklist_templates.items_json.
    QByteArray itemsJson() const;
};

} // namespace regie
