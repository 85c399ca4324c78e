#include "RuleSet.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <cmath>

namespace regie {

namespace {

Error formatError(const QString& field, const QString& detail)
{
    return makeError(ErrorCode::Format, detail, field);
}

Result<RuleValue> ruleValueFromJson(const QString& key, const QJsonValue& json)
{
    const QString field = QStringLiteral("rules.") + key;
    if (!json.isObject())
        return formatError(field,
                           QCoreApplication::translate("RuleSet", "rule value must be an object"));
    const QJsonObject object = json.toObject();
    RuleValue value{object.value(QLatin1String("value")),
                    object.value(QLatin1String("unit")).toString(),
                    object.value(QLatin1String("basis")).toString()};
    if (!value.value.isDouble() && !value.value.isBool())
        return formatError(
            field + QStringLiteral(".value"),
            QCoreApplication::translate("RuleSet", "value must be a number or a bool"));
    if (value.unit.isEmpty())
        return formatError(field + QStringLiteral(".unit"),
                           QCoreApplication::translate("RuleSet", "unit is required"));
    if (value.basis.trimmed().isEmpty())
        return formatError(
            field + QStringLiteral(".basis"),
            QCoreApplication::translate("RuleSet", "every rule value needs its legal basis"));
    return value;
}

Error missing(const QString& key, const char* what)
{
    return makeError(ErrorCode::Validation,
                     QCoreApplication::translate("RuleSet", "rule value missing or not %1")
                         .arg(QLatin1String(what)),
                     QStringLiteral("rules.") + key);
}

} // namespace

Result<RuleSet> RuleSet::fromJson(const QJsonObject& object)
{
    RuleSet set;
    set.name = object.value(QLatin1String("name")).toString().trimmed();
    if (set.name.isEmpty())
        return formatError(QStringLiteral("name"),
                           QCoreApplication::translate("RuleSet", "rule set name is required"));
    const auto kind = procedureKindFromName(object.value(QLatin1String("procedure")).toString());
    if (!kind)
        return formatError(QStringLiteral("procedure"),
                           QCoreApplication::translate("RuleSet", "unknown procedure"));
    set.procedure = *kind;
    set.validFrom =
        QDate::fromString(object.value(QLatin1String("validFrom")).toString(), Qt::ISODate);
    if (!set.validFrom.isValid())
        return formatError(QStringLiteral("validFrom"),
                           QCoreApplication::translate("RuleSet", "expected YYYY-MM-DD"));
    const QJsonValue rules = object.value(QLatin1String("rules"));
    if (!rules.isObject() || rules.toObject().isEmpty())
        return formatError(QStringLiteral("rules"),
                           QCoreApplication::translate("RuleSet", "rules must be an object"));
    const QJsonObject ruleObject = rules.toObject();
    for (auto it = ruleObject.begin(); it != ruleObject.end(); ++it) {
        auto value = ruleValueFromJson(it.key(), it.value());
        if (!value)
            return value.error();
        set.rules.insert(it.key(), *value);
    }
    return set;
}

QJsonObject RuleSet::toJson() const
{
    QJsonObject ruleObject;
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        ruleObject.insert(it.key(), QJsonObject{{QStringLiteral("value"), it->value},
                                                {QStringLiteral("unit"), it->unit},
                                                {QStringLiteral("basis"), it->basis}});
    }
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("procedure"), procedureKindName(procedure)},
                       {QStringLiteral("validFrom"), validFrom.toString(Qt::ISODate)},
                       {QStringLiteral("rules"), ruleObject}};
}

Result<int> RuleSet::integer(const QString& key) const
{
    const auto it = rules.constFind(key);
    if (it == rules.constEnd() || !it->value.isDouble())
        return missing(key, "a number");
    const double number = it->value.toDouble();
    if (number != std::floor(number))
        return missing(key, "a whole number");
    return static_cast<int>(number);
}

Result<double> RuleSet::amount(const QString& key) const
{
    const auto it = rules.constFind(key);
    if (it == rules.constEnd() || !it->value.isDouble())
        return missing(key, "a number");
    return it->value.toDouble();
}

Result<bool> RuleSet::flag(const QString& key) const
{
    const auto it = rules.constFind(key);
    if (it == rules.constEnd() || !it->value.isBool())
        return missing(key, "a bool");
    return it->value.toBool();
}

} // namespace regie
