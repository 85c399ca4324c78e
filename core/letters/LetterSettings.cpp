#include "LetterSettings.h"

#include "identifiers/BelgianIban.h"
#include "storage/ChangeSet.h"
#include "storage/Database.h"
#include "storage/WritePath.h"

#include <QFile>
#include <QJsonDocument>

namespace regie {

using namespace Qt::StringLiterals;

namespace {

QJsonObject defaults()
{
    QFile file(u":/regie/letters/letterhead.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject values = QJsonDocument::fromJson(file.readAll()).object();
    values.remove(u"comment"_s);
    return values;
}

} // namespace

QStringList LetterSettings::keys()
{
    return defaults().keys();
}

Result<QJsonObject> LetterSettings::values() const
{
    QJsonObject values = defaults();
    QSqlQuery& q =
        m_db.prepared(u"SELECT id, value FROM letter_settings WHERE deleted = 0 ORDER BY id"_s);
    if (!q.exec())
        return Database::errorOf(q, u"letter_settings"_s);
    while (q.next()) {
        if (values.contains(q.value(0).toString()))
            values.insert(q.value(0).toString(), q.value(1).toString());
    }
    return values;
}

Result<void> LetterSettings::set(const QString& key, const QString& value)
{
    if (!keys().contains(key))
        return makeError(
            ErrorCode::Validation,
            tr("unknown letter setting '%1'; known: %2").arg(key, keys().join(u", "_s)), u"key"_s);
    QString stored = value.trimmed();
    if (key == u"cityIban"_s) {
        const IdentifierCheck check = BelgianIban::check(stored);
        if (!check.valid)
            return check.toError(key);
        stored = check.normalized;
    }
    QSqlQuery& q = m_db.prepared(u"SELECT 1 FROM letter_settings WHERE id = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return Database::errorOf(q, u"letter_settings"_s);
    const bool exists = q.next();
    q.finish();
    ChangeSet changes(u"letter settings: %1"_s.arg(key));
    if (exists)
        changes.set(u"letter_settings"_s, key, {{u"value"_s, stored}});
    else
        changes.create(u"letter_settings"_s, key, {{u"value"_s, stored}});
    if (auto applied = m_writes.apply(changes); !applied.ok())
        return applied.error();
    return {};
}

} // namespace regie
