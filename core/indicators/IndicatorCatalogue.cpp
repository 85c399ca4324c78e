#include "IndicatorCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace regie {

QString IndicatorDefinition::label(const QString& language) const
{
    return language.startsWith(QLatin1String("nl")) ? labelNl : labelEn;
}

QString IndicatorDefinition::definition(const QString& language) const
{
    return language.startsWith(QLatin1String("nl")) ? definitionNl : definitionEn;
}

Result<IndicatorCatalogue> IndicatorCatalogue::loadDefault()
{
    QFile file(QStringLiteral(":/regie/seed/indicators-2016-2018.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("indicator catalogue missing"));
    return fromJson(file.readAll());
}

Result<IndicatorCatalogue> IndicatorCatalogue::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return makeError(ErrorCode::Format,
                         QStringLiteral("indicator catalogue: %1").arg(parseError.errorString()));
    IndicatorCatalogue catalogue;
    QStringList keys;
    const QStringList kinds{IndicatorKind::Computed, IndicatorKind::Entered,
                            IndicatorKind::Imported};
    for (const QJsonValue& value : doc.object().value(u"indicators").toArray()) {
        const QJsonObject o = value.toObject();
        IndicatorDefinition d;
        d.key = o.value(u"key").toString();
        d.ficheCode = o.value(u"fiche").toString();
        d.result = o.value(u"result").toString();
        d.kind = o.value(u"kind").toString();
        d.labelNl = o.value(u"label").toObject().value(u"nl").toString();
        d.labelEn = o.value(u"label").toObject().value(u"en").toString();
        d.definitionNl = o.value(u"definition").toObject().value(u"nl").toString();
        d.definitionEn = o.value(u"definition").toObject().value(u"en").toString();
        d.query = o.value(u"query").toString();
        d.params = o.value(u"params").toObject().toVariantMap();
        d.aggregation = o.value(u"aggregation").toString(QStringLiteral("sum"));
        if (d.key.isEmpty() || keys.contains(d.key) || !kinds.contains(d.kind) ||
            d.ficheCode.isEmpty())
            return makeError(
                ErrorCode::Format,
                QStringLiteral("indicator catalogue: bad or duplicate entry '%1'").arg(d.key));
        keys << d.key;
        catalogue.m_items << d;
    }
    return catalogue;
}

const IndicatorDefinition* IndicatorCatalogue::find(const QString& key) const
{
    for (const IndicatorDefinition& d : m_items)
        if (d.key == key)
            return &d;
    return nullptr;
}

QVector<IndicatorDefinition> IndicatorCatalogue::ofFiche(const QString& ficheCode) const
{
    QVector<IndicatorDefinition> result;
    for (const IndicatorDefinition& d : m_items)
        if (d.ficheCode == ficheCode)
            result << d;
    return result;
}

QStringList IndicatorCatalogue::ficheCodes() const
{
    QStringList codes;
    for (const IndicatorDefinition& d : m_items)
        if (!codes.contains(d.ficheCode))
            codes << d.ficheCode;
    return codes;
}

} // namespace regie
