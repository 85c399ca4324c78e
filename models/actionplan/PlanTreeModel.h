#pragma once

#include "actionplan/ActionPlan.h"
#include "common/Result.h"

#include <QAbstractItemModel>

namespace regie {

class ActionPlanRepository;

// The action plan as a tree: policy lines (krachtlijnen) with their fiches beneath.
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole, CodeRole };
    enum class NodeKind { PolicyLine, Fiche };

    explicit PlanTreeModel(const ActionPlanRepository& repo, QObject* parent = nullptr);

    // Loads the given plan (or the current one when empty). Keeps nothing on failure.
    Result<void> load(const QString& planId = {});
    const PlanInfo& plan() const { return m_plan; }
    const PolicyLine* policyLine(const QModelIndex& index) const;
    QString ficheId(const QModelIndex& index) const;
    QModelIndex indexOfFiche(const QString& ficheId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct FicheRow
    {
        QString id;
        QString code;
        QString title;
        int actions = 0;
        int indicators = 0;
    };

    const ActionPlanRepository& m_repo;
    PlanInfo m_plan;
    QVector<PolicyLine> m_lines;
    QVector<QVector<FicheRow>> m_fiches; // per line, same order as m_lines
};

} // namespace regie
