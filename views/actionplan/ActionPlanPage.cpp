#include "ActionPlanPage.h"

#include "FicheEditor.h"
#include "PlanCompareDialog.h"
#include "PolicyLineView.h"
#include "actionplan/ActionPlanRepository.h"
#include "actionplan/ActionPlanService.h"
#include "actionplan/PlanTreeModel.h"
#include "common/ErrorText.h"
#include "common/ViewState.h"
#include "undo/FicheEditSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace regie {

ActionPlanPage::ActionPlanPage(ActionPlanRepository& repo, ActionPlanService& service,
                               ViewState& state, QWidget* parent)
    : Page(parent), m_repo(repo), m_service(service), m_state(state),
      m_model(new PlanTreeModel(repo, this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("actionPlanPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_splitter = new QSplitter(this);
    m_tree = new QTreeView(m_splitter);
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_detail = new QStackedWidget(m_splitter);
    m_lineView = new PolicyLineView(m_detail);
    m_editor = new FicheEditor(m_detail);
    m_detail->addWidget(m_lineView);
    m_detail->addWidget(m_editor);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildTopBar());
    layout->addWidget(m_splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ActionPlanPage::onCurrentChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        m_tree->expandAll();
    });
    reload();
    if (!m_splitter->restoreState(m_state.viewState(QStringLiteral("actionplan/splitter"))))
        m_splitter->setSizes({420, 900});
    connect(m_splitter, &QSplitter::splitterMoved, this, &ActionPlanPage::saveViewState);
}

ActionPlanPage::~ActionPlanPage() = default;

QIcon ActionPlanPage::icon() const
{
    return QIcon(QStringLiteral(":/regie/icons/actionplan.svg"));
}

QWidget* ActionPlanPage::buildTopBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("planSearch"));
    m_search->setPlaceholderText(tr("Search fiches and policy lines (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save fiche"),
                             bar);
    m_save->setObjectName(QStringLiteral("saveFiche"));
    m_save->setToolTip(tr("Save the fiche's changes (Ctrl+S)"));
    m_revert = new QPushButton(QIcon::fromTheme(QStringLiteral("document-revert")),
                               tr("Re&vert"), bar);
    m_revert->setToolTip(tr("Drop the fiche's unsaved changes"));
    m_version = new QComboBox(bar);
    m_version->setObjectName(QStringLiteral("planVersion"));
    m_version->setToolTip(tr("Plan period: earlier periods stay readable"));
    m_version->setAccessibleName(tr("Plan period"));
    layout->addWidget(m_version);
    m_compare = new QPushButton(tr("Co&mpare periods…"), bar);
    m_compare->setObjectName(QStringLiteral("comparePeriods"));
    m_compare->setToolTip(tr("Fiches added, dropped and changed between two plan periods"));
    connect(m_compare, &QPushButton::clicked, this, [this] {
        PlanCompareDialog dialog(m_repo, this);
        dialog.exec();
    });
    layout->addWidget(m_compare);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_revert);
    layout->addWidget(m_save);
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &ActionPlanPage::save);
    connect(m_revert, &QPushButton::clicked, this, &ActionPlanPage::revert);
    fillVersions();
    connect(m_version, &QComboBox::activated, this, &ActionPlanPage::onVersionChosen);
    return bar;
}

void ActionPlanPage::fillVersions()
{
    auto plans = m_repo.plans();
    if (!plans.ok())
        return;
    m_version->clear();
    for (const PlanInfo& plan : plans.value())
        m_version->addItem(tr("%1 (%2)").arg(plan.version, plan.title), plan.id);
    m_version->setCurrentIndex(m_version->count() - 1); // the current period
    m_version->setVisible(m_version->count() > 1);
    m_compare->setVisible(m_version->count() > 1);
}

void ActionPlanPage::onVersionChosen(int index)
{
    const QString planId = m_version->itemData(index).toString();
    if (planId == m_model->plan().id)
        return;
    if (!confirmLeavingFiche()) {
        m_version->setCurrentIndex(m_version->findData(m_model->plan().id));
        return;
    }
    openSession({});
    reload();
}

void ActionPlanPage::reload()
{
    const QString planId = m_version ? m_version->currentData().toString() : QString();
    if (auto loaded = m_model->load(planId); !loaded.ok()) {
        Q_EMIT statusMessage(ErrorText::message(loaded.error()));
        return;
    }
    if (auto organisations = m_repo.organisations(); organisations.ok())
        m_editor->setOrganisations(organisations.value());
    m_tree->expandAll();
    int fiches = 0;
    for (int i = 0; i < m_model->rowCount(); ++i)
        fiches += m_model->rowCount(m_model->index(i, 0));
    m_lineView->showPlan(m_model->plan(), m_model->rowCount(), fiches);
    m_detail->setCurrentWidget(m_lineView);
}

void ActionPlanPage::activate()
{
    m_tree->setFocus();
}

void ActionPlanPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QUndoStack* ActionPlanPage::undoStack() const
{
    return m_session ? m_session->undoStack() : nullptr;
}

bool ActionPlanPage::hasUnsavedChanges() const
{
    return m_session && m_session->isModified();
}

bool ActionPlanPage::save()
{
    if (!m_session)
        return true;
    if (auto saved = m_session->save(); !saved.ok()) {
        m_editor->showError(ErrorText::message(saved.error()));
        return false;
    }
    m_editor->showError({});
    const QString id = m_session->stored().id;
    Q_EMIT statusMessage(tr("Fiche %1 saved").arg(m_session->stored().code));
    // Refresh the tree's counts and title without losing the open session.
    m_restoringSelection = true;
    (void)m_model->load(m_model->plan().id);
    m_tree->expandAll();
    m_tree->setCurrentIndex(m_proxy->mapFromSource(m_model->indexOfFiche(id)));
    m_restoringSelection = false;
    return true;
}

void ActionPlanPage::revert()
{
    if (m_session)
        m_session->revert();
    m_editor->showError({});
}

bool ActionPlanPage::confirmLeavingFiche()
{
    if (!hasUnsavedChanges())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("Fiche %1 has changes that are not saved. Save them now?").arg(m_session->draft().code),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void ActionPlanPage::onCurrentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    if (m_restoringSelection)
        return;
    const QModelIndex source = m_proxy->mapToSource(current);
    const QString ficheId = m_model->ficheId(source);
    if (m_session && ficheId == m_session->stored().id)
        return;
    if (!confirmLeavingFiche()) {
        m_restoringSelection = true;
        m_tree->setCurrentIndex(previous);
        m_restoringSelection = false;
        return;
    }
    if (!ficheId.isEmpty()) {
        openSession(ficheId);
        return;
    }
    openSession({});
    if (const PolicyLine* line = m_model->policyLine(source))
        m_lineView->showLine(*line);
    m_detail->setCurrentWidget(m_lineView);
}

void ActionPlanPage::openSession(const QString& ficheId)
{
    m_editor->setSession(nullptr);
    m_session.reset();
    if (!ficheId.isEmpty()) {
        auto fiche = m_repo.fiche(ficheId);
        if (!fiche.ok()) {
            Q_EMIT statusMessage(ErrorText::message(fiche.error()));
            return;
        }
        m_session = std::make_unique<FicheEditSession>(m_repo, m_service, fiche.value());
        connect(m_session.get(), &FicheEditSession::modifiedChanged, this, [this](bool modified) {
            m_save->setEnabled(modified);
            m_revert->setEnabled(modified);
        });
        m_editor->setSession(m_session.get());
        m_detail->setCurrentWidget(m_editor);
    }
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    Q_EMIT undoStackChanged(undoStack());
}

bool ActionPlanPage::openFiche(const QString& code)
{
    const QModelIndexList found = m_model->match(m_model->index(0, 0), PlanTreeModel::CodeRole,
                                                 code, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    m_tree->setCurrentIndex(m_proxy->mapFromSource(found.first()));
    return m_session && m_session->stored().code == code;
}

void ActionPlanPage::saveViewState()
{
    m_state.setViewState(QStringLiteral("actionplan/splitter"), m_splitter->saveState());
}

} // namespace regie
