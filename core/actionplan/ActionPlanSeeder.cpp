#include "ActionPlanSeeder.h"

#include "indicators/IndicatorCatalogue.h"

#include "storage/ChangeSet.h"
#include "storage/WritePath.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace regie {

namespace {

using KeyMap = QHash<QString, QString>; // seed key -> organisation id

KeyMap addOrganisations(ChangeSet& cs, const QJsonArray& organisations)
{
    KeyMap ids;
    for (const QJsonValue& value : organisations) {
        const QJsonObject org = value.toObject();
        const QString id = cs.create(QStringLiteral("organisations"),
                                     {{QStringLiteral("seed_key"), org[u"key"].toString()},
                                      {QStringLiteral("name"), org[u"name"].toString()},
                                      {QStringLiteral("kind"), org[u"kind"].toString()},
                                      {QStringLiteral("address"), org[u"address"].toString()}});
        ids.insert(org[u"key"].toString(), id);
        for (const QJsonValue& unitValue : org[u"units"].toArray()) {
            const QJsonObject unit = unitValue.toObject();
            ids.insert(unit[u"key"].toString(),
                       cs.create(QStringLiteral("organisations"),
                                 {{QStringLiteral("parent_id"), id},
                                  {QStringLiteral("seed_key"), unit[u"key"].toString()},
                                  {QStringLiteral("name"), unit[u"name"].toString()},
                                  {QStringLiteral("kind"), org[u"kind"].toString()}}));
        }
    }
    return ids;
}

void addTextList(ChangeSet& cs, const QString& table, const QString& ownerField,
                 const QString& ownerId, const QJsonArray& texts)
{
    int sort = 0;
    for (const QJsonValue& text : texts) {
        cs.create(table, {{ownerField, ownerId},
                          {QStringLiteral("text"), text.toString()},
                          {QStringLiteral("sort"), ++sort}});
    }
}

QHash<QString, QString> addPolicyLines(ChangeSet& cs, const QString& planId,
                                       const QJsonArray& lines)
{
    QHash<QString, QString> ids; // line code -> id
    int sort = 0;
    for (const QJsonValue& value : lines) {
        const QJsonObject line = value.toObject();
        QStringList goalCodes;
        for (const QJsonValue& code : line[u"goalCodes"].toArray())
            goalCodes << code.toString();
        const QString id = cs.create(
            QStringLiteral("policy_lines"),
            {{QStringLiteral("plan_id"), planId},
             {QStringLiteral("code"), line[u"code"].toString()},
             {QStringLiteral("name"), line[u"name"].toString()},
             {QStringLiteral("goal_codes"), goalCodes.join(QStringLiteral(", "))},
             {QStringLiteral("goal"), line[u"goal"].toString()},
             {QStringLiteral("vision"), line[u"vision"].toString()},
             {QStringLiteral("results"), line[u"results"].toString()},
             {QStringLiteral("sort"), ++sort}});
        ids.insert(line[u"code"].toString(), id);
        int objectiveSort = 0;
        for (const QJsonValue& objective : line[u"objectives"].toArray()) {
            cs.create(QStringLiteral("objectives"),
                      {{QStringLiteral("policy_line_id"), id},
                       {QStringLiteral("code"), objective[u"code"].toString()},
                       {QStringLiteral("text"), objective[u"text"].toString()},
                       {QStringLiteral("sort"), ++objectiveSort}});
        }
        addTextList(cs, QStringLiteral("line_indicators"), QStringLiteral("policy_line_id"), id,
                    line[u"indicators"].toArray());
    }
    return ids;
}

// How each measurement result of a fiche is measured, from the indicator catalogue
// ("<fiche>|<result>" -> computed, entered or imported). A result that names several counts is
// computed only when Regie counts all of them; imported when one comes from a registration file.
QHash<QString, QString> resultKinds()
{
    QHash<QString, QString> kinds;
    auto catalogue = IndicatorCatalogue::loadDefault();
    if (!catalogue.ok())
        return kinds; // the plan still loads; every result is then "entered"
    for (const IndicatorDefinition& d : catalogue->all()) {
        const QString key = d.ficheCode + QLatin1Char('|') + d.result;
        const QString known = kinds.value(key);
        if (known.isEmpty() || d.kind == QLatin1String("imported") ||
            (d.kind == QLatin1String("entered") && known == QLatin1String("computed")))
            kinds.insert(key, d.kind);
    }
    return kinds;
}

void addFiche(ChangeSet& cs, const QString& planId, const QString& lineId, int sort,
              const QJsonObject& fiche, const KeyMap& orgs, const QHash<QString, QString>& kinds)
{
    const QJsonObject executor = fiche[u"executor"].toObject();
    const QString executorKey = executor[u"unit"].isString() ? executor[u"unit"].toString()
                                                               : executor[u"organisation"].toString();
    QVariantMap fields{{QStringLiteral("plan_id"), planId},
                       {QStringLiteral("policy_line_id"), lineId},
                       {QStringLiteral("code"), fiche[u"code"].toString()},
                       {QStringLiteral("title"), fiche[u"title"].toString()},
                       {QStringLiteral("description"), fiche[u"description"].toString()},
                       {QStringLiteral("critical_conditions"),
                        fiche[u"criticalConditions"].toString()},
                       {QStringLiteral("contact_role"), fiche[u"contactRole"].toString()},
                       {QStringLiteral("fte_text"), fiche[u"fteText"].toString()},
                       {QStringLiteral("funding"), fiche[u"funding"].toString()},
                       {QStringLiteral("notes"), fiche[u"notes"].toString()},
                       {QStringLiteral("sort"), sort}};
    if (orgs.contains(executorKey))
        fields.insert(QStringLiteral("executor_id"), orgs.value(executorKey));
    if (fiche[u"fte"].isDouble())
        fields.insert(QStringLiteral("fte"), fiche[u"fte"].toDouble());
    const QString id = cs.create(QStringLiteral("fiches"), fields);
    addTextList(cs, QStringLiteral("fiche_actions"), QStringLiteral("fiche_id"), id,
                fiche[u"plannedActions"].toArray());
    int indicatorSort = 0;
    for (const QJsonValue& text : fiche[u"indicators"].toArray()) {
        const QString kind =
            kinds.value(fiche[u"code"].toString() + QLatin1Char('|') + text.toString(),
                        QStringLiteral("entered"));
        cs.create(QStringLiteral("fiche_indicators"), {{QStringLiteral("fiche_id"), id},
                                                       {QStringLiteral("text"), text.toString()},
                                                       {QStringLiteral("kind"), kind},
                                                       {QStringLiteral("sort"), ++indicatorSort}});
    }
    int partnerSort = 0;
    for (const QJsonValue& partner : fiche[u"partners"].toArray()) {
        cs.create(QStringLiteral("fiche_partners"), {{QStringLiteral("fiche_id"), id},
                                                     {QStringLiteral("name"), partner.toString()},
                                                     {QStringLiteral("sort"), ++partnerSort}});
    }
}

} // namespace

QString ActionPlanSeeder::bundledPlanResource()
{
    return QStringLiteral(":/regie/seed/actionplan-2016-2018.json");
}

Result<QString> ActionPlanSeeder::loadBundledPlan()
{
    QFile file(bundledPlanResource());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, bundledPlanResource());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::Format, parseError.errorString());
    return load(doc.object());
}

Result<QString> ActionPlanSeeder::load(const QJsonObject& document)
{
    if (document[u"formatVersion"].toInt() != 1)
        return makeError(ErrorCode::Format, QStringLiteral("unsupported plan format"),
                         QStringLiteral("formatVersion"));
    const QJsonObject plan = document[u"plan"].toObject();
    ChangeSet cs(QStringLiteral("actionplan.import"));
    const KeyMap orgs = addOrganisations(cs, document[u"organisations"].toArray());
    const QString planId = cs.create(
        QStringLiteral("plans"),
        {{QStringLiteral("title"), plan[u"title"].toString()},
         {QStringLiteral("version"), plan[u"version"].toString()},
         {QStringLiteral("period_start"), plan[u"periodStart"].toString()},
         {QStringLiteral("period_end"), plan[u"periodEnd"].toString()},
         {QStringLiteral("introduction"), plan[u"introduction"].toString()}});
    const auto lineIds = addPolicyLines(cs, planId, document[u"policyLines"].toArray());
    const QHash<QString, QString> kinds = resultKinds();
    int sort = 0;
    for (const QJsonValue& value : document[u"fiches"].toArray()) {
        const QJsonObject fiche = value.toObject();
        const QString lineCode = fiche[u"line"].toString();
        if (!lineIds.contains(lineCode))
            return makeError(ErrorCode::Format, lineCode, QStringLiteral("fiches.line"));
        addFiche(cs, planId, lineIds.value(lineCode), ++sort, fiche, orgs, kinds);
    }
    auto applied = m_writes.apply(cs);
    if (!applied.ok())
        return applied.error();
    return planId;
}

} // namespace regie
