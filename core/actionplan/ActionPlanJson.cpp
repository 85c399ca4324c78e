#include "ActionPlanJson.h"

#include "ActionPlanRepository.h"

#include <QHash>
#include <QJsonArray>

namespace regie::ActionPlanJson {

namespace {

QJsonArray texts(const QVector<PlanItem>& items)
{
    QJsonArray array;
    for (const PlanItem& item : items)
        array.append(item.text);
    return array;
}

} // namespace

QJsonObject fiche(const Fiche& f, const QString& executorName)
{
    QJsonArray actions;
    for (const PlanItem& a : f.actions)
        actions.append(QJsonObject{{"text", a.text}, {"status", a.extra}});
    QJsonArray indicators;
    for (const PlanItem& i : f.indicators)
        indicators.append(QJsonObject{{"text", i.text}, {"kind", i.extra}});
    return {{"id", f.id},
            {"code", f.code},
            {"title", f.title},
            {"description", f.description},
            {"plannedActions", actions},
            {"indicators", indicators},
            {"criticalConditions", f.criticalConditions},
            {"executor", executorName},
            {"contactRole", f.contactRole},
            {"partners", texts(f.partners)},
            {"fte", f.fte ? QJsonValue(*f.fte) : QJsonValue()},
            {"fteText", f.fteText},
            {"funding", f.funding},
            {"notes", f.notes}};
}

QJsonObject policyLine(const PolicyLine& line)
{
    QJsonArray objectives;
    for (const PlanItem& o : line.objectives)
        objectives.append(QJsonObject{{"code", o.extra}, {"text", o.text}});
    return {{"code", line.code},           {"name", line.name},
            {"goalCodes", line.goalCodes}, {"goal", line.goal},
            {"vision", line.vision},       {"objectives", objectives},
            {"results", line.results},     {"indicators", texts(line.indicators)}};
}

QJsonObject plan(const PlanInfo& p)
{
    return {{"id", p.id},
            {"title", p.title},
            {"version", p.version},
            {"periodStart", p.periodStart.toString(Qt::ISODate)},
            {"periodEnd", p.periodEnd.toString(Qt::ISODate)}};
}

QJsonObject exportPlan(const ActionPlanRepository& repo, const PlanInfo& p)
{
    auto lines = repo.policyLines(p.id);
    auto fiches = repo.fiches(p.id);
    auto organisations = repo.organisations();
    if (!lines.ok() || !fiches.ok() || !organisations.ok())
        return {};
    QHash<QString, QString> orgNames;
    for (const Organisation& o : organisations.value())
        orgNames.insert(o.id, o.displayName);
    QHash<QString, QString> lineCodes;
    QJsonArray lineArray;
    for (const PolicyLine& line : lines.value()) {
        lineCodes.insert(line.id, line.code);
        lineArray.append(policyLine(line));
    }
    QJsonArray ficheArray;
    for (const Fiche& f : fiches.value()) {
        QJsonObject object = fiche(f, orgNames.value(f.executorId));
        object.insert(QStringLiteral("line"), lineCodes.value(f.policyLineId));
        ficheArray.append(object);
    }
    return {{"plan", plan(p)}, {"policyLines", lineArray}, {"fiches", ficheArray}};
}

} // namespace regie::ActionPlanJson
