#pragma once

#include "ActionPlan.h"
#include "common/Result.h"

#include <QStringList>
#include <QVector>

namespace regie {

class ActionPlanRepository;
class Database;
class WritePath;

// Plan periods (issue 5 §7): a new plan period starts as a copy of an earlier one, which stays
// readable as it was; two versions can be compared fiche by fiche.
class PlanVersions
{
public:
    struct NewPeriod
    {
        QString title;
        QString version;  // e.g. "2019-2020"; unique
        QDate periodStart; // after the source plan's period
        QDate periodEnd;
    };

    struct FicheDifference
    {
        QString code;
        QString change;      // added | dropped | changed
        QStringList aspects; // for changed: title, description, actions, indicators, ...
    };

    PlanVersions(Database& db, WritePath& writes) : m_db(db), m_writes(writes) {}

    // Copies the plan `sourceId` whole (policy lines, objectives, line indicators, fiches with
    // their actions, indicators and partners) into a new plan in one action. Actions that were
    // done or dropped stay behind in their period. Returns the new plan's id.
    // Refused: an empty title or version, a version in use, a period that ends before it starts
    // or that starts before the source period ends.
    Result<QString> startNewPeriod(const QString& sourceId, const NewPeriod& period);
    // What changed from plan `fromId` to plan `toId`, matched by fiche code, in code order.
    Result<QVector<FicheDifference>> compare(const QString& fromId, const QString& toId) const;
    static Result<QVector<FicheDifference>> compare(const ActionPlanRepository& repo,
                                                    const QString& fromId, const QString& toId);

private:
    Result<QVector<QVariantMap>> rows(const QString& table, const QString& where,
                                      const QString& id) const;

    Database& m_db;
    WritePath& m_writes;
};

} // namespace regie
