#pragma once

#include "ActionPlan.h"

#include <QJsonObject>

namespace regie {

class ActionPlanRepository;

// JSON form of the action plan for `regie-cli plan export` and scripting. Codes are strings.
namespace ActionPlanJson {
QJsonObject fiche(const Fiche& fiche, const QString& executorName);
QJsonObject policyLine(const PolicyLine& line);
QJsonObject plan(const PlanInfo& plan);
// The whole plan with its policy lines and fiches; an empty object when it cannot be read.
QJsonObject exportPlan(const ActionPlanRepository& repo, const PlanInfo& plan);
} // namespace ActionPlanJson

} // namespace regie
