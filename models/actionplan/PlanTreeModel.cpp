#include "PlanTreeModel.h"

#include "actionplan/ActionPlanRepository.h"

namespace regie {

namespace {
// Internal ids: 0 for a policy line; line index + 1 for a fiche beneath that line.
constexpr quintptr kLineNode = 0;
} // namespace

PlanTreeModel::PlanTreeModel(const ActionPlanRepository& repo, QObject* parent)
    : QAbstractItemModel(parent), m_repo(repo)
{
}

Result<void> PlanTreeModel::load(const QString& planId)
{
    auto plan = planId.isEmpty() ? m_repo.currentPlan() : m_repo.plan(planId);
    if (!plan.ok())
        return plan.error();
    auto lines = m_repo.policyLines(plan->id);
    auto fiches = m_repo.fiches(plan->id);
    if (!lines.ok())
        return lines.error();
    if (!fiches.ok())
        return fiches.error();
    beginResetModel();
    m_plan = plan.value();
    m_lines = lines.value();
    m_fiches = QVector<QVector<FicheRow>>(m_lines.size());
    for (const Fiche& f : fiches.value()) {
        for (int i = 0; i < m_lines.size(); ++i) {
            if (m_lines.at(i).id == f.policyLineId)
                m_fiches[i].push_back({f.id, f.code, f.title, int(f.actions.size()),
                                       int(f.indicators.size())});
        }
    }
    endResetModel();
    return {};
}

const PolicyLine* PlanTreeModel::policyLine(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() != kLineNode)
        return nullptr;
    return &m_lines.at(index.row());
}

QString PlanTreeModel::ficheId(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kLineNode)
        return {};
    return m_fiches.at(int(index.internalId() - 1)).at(index.row()).id;
}

QModelIndex PlanTreeModel::indexOfFiche(const QString& ficheId) const
{
    for (int line = 0; line < m_fiches.size(); ++line) {
        for (int row = 0; row < m_fiches.at(line).size(); ++row) {
            if (m_fiches.at(line).at(row).id == ficheId)
                return createIndex(row, 0, quintptr(line + 1));
        }
    }
    return {};
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kLineNode);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PlanTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kLineNode)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kLineNode);
}

int PlanTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_lines.size());
    if (parent.column() != 0 || parent.internalId() != kLineNode)
        return 0;
    return int(m_fiches.at(parent.row()).size());
}

int PlanTreeModel::columnCount(const QModelIndex&) const
{
    return 2;
}

QVariant PlanTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isLine = index.internalId() == kLineNode;
    if (role == KindRole)
        return int(isLine ? NodeKind::PolicyLine : NodeKind::Fiche);
    if (isLine) {
        const PolicyLine& line = m_lines.at(index.row());
        if (role == IdRole)
            return line.id;
        if (role == CodeRole)
            return line.code;
        if (role == Qt::DisplayRole)
            return index.column() == 0 ? QStringLiteral("%1. %2").arg(line.code, line.name)
                                       : QVariant(tr("%n fiche(s)", nullptr,
                                                     int(m_fiches.at(index.row()).size())));
        return {};
    }
    const FicheRow& f = m_fiches.at(int(index.internalId() - 1)).at(index.row());
    switch (role) {
    case IdRole: return f.id;
    case CodeRole: return f.code;
    case Qt::DisplayRole:
        return index.column() == 0 ? QStringLiteral("%1  %2").arg(f.code, f.title)
                                   : QVariant(tr("%n action(s)", nullptr, f.actions) +
                                              QStringLiteral(", ") +
                                              tr("%n indicator(s)", nullptr, f.indicators));
    case Qt::ToolTipRole: return f.title;
    default: return {};
    }
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Policy line / fiche") : tr("Contents");
}

} // namespace regie
