#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace regie {

class ActionPlanRepository;

// Two plan periods side by side, fiche by fiche: which fiches were added, dropped or changed,
// and in what (title, actions, indicators, ...). Read-only.
class PlanCompareDialog : public QDialog
{
    Q_OBJECT
public:
    PlanCompareDialog(const ActionPlanRepository& repo, QWidget* parent = nullptr);

    QTreeWidget* differences() const { return m_tree; }
    void choose(const QString& fromPlanId, const QString& toPlanId);

private:
    void refresh();
    static QString aspectLabel(const QString& aspect);

    const ActionPlanRepository& m_repo;
    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace regie
