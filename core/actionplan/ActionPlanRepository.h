#pragma once

#include "ActionPlan.h"
#include "common/Result.h"

namespace regie {

class Database;

// Reads of the action plan (prepared statements only; writes go through ActionPlanService).
class ActionPlanRepository
{
public:
    explicit ActionPlanRepository(Database& db) : m_db(db) {}

    Result<QVector<PlanInfo>> plans() const;
    // The plan whose period covers the most recent date, or the newest one.
    Result<PlanInfo> currentPlan() const;
    Result<PlanInfo> plan(const QString& id) const;
    Result<QVector<PolicyLine>> policyLines(const QString& planId) const;
    // Fiches of a plan, in code order, with their lists.
    Result<QVector<Fiche>> fiches(const QString& planId) const;
    Result<Fiche> fiche(const QString& id) const;
    Result<QVector<Organisation>> organisations() const;

private:
    Result<QVector<PlanItem>> items(const QString& sql, const QString& ownerId) const;
    Result<void> loadLists(Fiche& fiche) const;

    Database& m_db;
};

} // namespace regie
