#pragma once

#include "shell/Page.h"

#include <memory>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace regie {

class ActionPlanRepository;
class ActionPlanService;
class FicheEditSession;
class FicheEditor;
class PlanTreeModel;
class PolicyLineView;
class ViewState;

// The action plan: tree of policy lines and fiches on the left, the selected line or fiche on
// the right. A fiche opens in an edit session with its own undo stack; Ctrl+S saves it.
class ActionPlanPage : public Page
{
    Q_OBJECT
public:
    ActionPlanPage(ActionPlanRepository& repo, ActionPlanService& service, ViewState& state,
                   QWidget* parent = nullptr);
    ~ActionPlanPage() override;

    QString key() const override { return QStringLiteral("actionplan"); }
    QString title() const override { return tr("Action plan"); }
    QIcon icon() const override;
    void activate() override;
    void focusSearch() override;
    QUndoStack* undoStack() const override;
    bool save() override;
    bool hasUnsavedChanges() const override;

    // Selects a fiche by its code ("2.3"); returns false when there is none.
    bool openFiche(const QString& code);
    FicheEditor* editor() const { return m_editor; }

private:
    QWidget* buildTopBar();
    void reload();
    void fillVersions();
    void onVersionChosen(int index);
    void onCurrentChanged(const QModelIndex& current, const QModelIndex& previous);
    bool confirmLeavingFiche();
    void openSession(const QString& ficheId);
    void revert();
    void saveViewState();

    ActionPlanRepository& m_repo;
    ActionPlanService& m_service;
    ViewState& m_state;
    PlanTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search = nullptr;
    QComboBox* m_version = nullptr;
    QPushButton* m_compare = nullptr; // the plan period shown; older periods stay readable
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QSplitter* m_splitter = nullptr;
    QTreeView* m_tree = nullptr;
    QStackedWidget* m_detail = nullptr;
    PolicyLineView* m_lineView = nullptr;
    FicheEditor* m_editor = nullptr;
    std::unique_ptr<FicheEditSession> m_session;
    bool m_restoringSelection = false;
};

} // namespace regie
