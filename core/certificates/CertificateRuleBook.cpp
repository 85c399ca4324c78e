#include "CertificateRuleBook.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace regie {

namespace {

Error formatError(const QString& detail, const QString& field)
{
    return makeError(ErrorCode::Format, detail, field);
}

Result<qint64> number(const QJsonObject& rules, const QString& key, const QString& prefix)
{
    const QJsonValue value = rules.value(key).toObject().value(QLatin1String("value"));
    if (!value.isDouble() || value.toDouble() < 0)
        return formatError(QStringLiteral("missing or negative number"),
                           prefix + QStringLiteral(".rules.") + key);
    return qint64(value.toDouble());
}

Result<CertificateRules> ruleSetFrom(const QJsonObject& object, const QString& prefix)
{
    CertificateRules set;
    set.name = object.value(QLatin1String("name")).toString();
    set.validFrom =
        QDate::fromString(object.value(QLatin1String("validFrom")).toString(), Qt::ISODate);
    if (!set.validFrom.isValid())
        return formatError(QStringLiteral("validFrom is not a date"),
                           prefix + QStringLiteral(".validFrom"));
    const QJsonObject rules = object.value(QLatin1String("rules")).toObject();
    const auto years = number(rules, QStringLiteral("validityYears"), prefix);
    const auto lead = number(rules, QStringLiteral("renewalLeadMonths"), prefix);
    const auto age = number(rules, QStringLiteral("criminalRecordMaxAgeMonths"), prefix);
    const auto photo = number(rules, QStringLiteral("photoMaxBytes"), prefix);
    for (const auto* r : {&years, &lead, &age, &photo}) {
        if (!r->ok())
            return r->error();
    }
    set.validityYears = int(years.value());
    set.renewalLeadMonths = int(lead.value());
    set.criminalRecordMaxAgeMonths = int(age.value());
    set.photoMaxBytes = photo.value();
    QStringList streets;
    for (const QJsonValue& street : object.value(QLatin1String("zoneStreets")).toArray())
        streets << street.toString().simplified();
    streets.removeAll(QString());
    if (streets.isEmpty())
        return formatError(QStringLiteral("zoneStreets must list at least one street"),
                           prefix + QStringLiteral(".zoneStreets"));
    set.zoneStreets = streets;
    return set;
}

} // namespace

Result<CertificateRuleBook> CertificateRuleBook::loadDefault()
{
    QFile file(defaultResourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, file.errorString(), defaultResourcePath());
    return fromJson(file.readAll());
}

Result<CertificateRuleBook> CertificateRuleBook::fromJson(const QByteArray& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return formatError(QStringLiteral("certificate rules are not a JSON object"),
                           QStringLiteral("(root)"));
    const QJsonArray sets = document.object().value(QLatin1String("ruleSets")).toArray();
    if (sets.isEmpty())
        return formatError(QStringLiteral("ruleSets must be a non-empty array"),
                           QStringLiteral("ruleSets"));
    CertificateRuleBook book;
    for (qsizetype i = 0; i < sets.size(); ++i) {
        auto set = ruleSetFrom(sets.at(i).toObject(), QStringLiteral("ruleSets[%1]").arg(i));
        if (!set.ok())
            return set.error();
        book.m_sets.append(std::move(set).value());
    }
    std::sort(book.m_sets.begin(), book.m_sets.end(),
              [](const CertificateRules& a, const CertificateRules& b) {
                  return a.validFrom < b.validFrom;
              });
    book.m_templates = document.object().value(QLatin1String("checklistTemplates")).toArray();
    return book;
}

CertificateRules CertificateRuleBook::forDate(const QDate& date) const
{
    if (m_sets.isEmpty())
        return {};
    CertificateRules found = m_sets.constFirst();
    for (const CertificateRules& set : m_sets) {
        if (date.isValid() && set.validFrom <= date)
            found = set;
    }
    return found;
}

} // namespace regie
