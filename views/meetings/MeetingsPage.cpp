#include "MeetingsPage.h"

#include "ActionPointEditor.h"
#include "MeetingDeletion.h"
#include "MeetingDialog.h"
#include "MeetingTable.h"
#include "common/Clock.h"
#include "common/ErrorText.h"
#include "common/ViewState.h"
#include "indicators/RecordDialogs.h"
#include "meetings/MeetingService.h"
#include "storage/WritePath.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace regie {

using namespace MeetingsPageRoles;

QString MeetingsPage::errorText(const Error& error)
{
    // The meeting service words its refusals for the user (translated in core).
    if (error.code == ErrorCode::Validation || error.code == ErrorCode::RuleViolation)
        return tr("Not saved: %1.").arg(error.detail);
    return ErrorText::message(error);
}

MeetingsPage::MeetingsPage(std::unique_ptr<MeetingService> service, WritePath& writes,
                           ViewState* state, QWidget* parent)
    : Page(parent), m_service(std::move(service)), m_state(state)
{
    setObjectName(QStringLiteral("meetingsPage"));
    auto* layout = new QVBoxLayout(this);
    m_deletion = new MeetingDeletion(*m_service, this);
    connect(m_deletion, &MeetingDeletion::selectedMeetingRequested, this,
            [this](QString* id) { *id = selectedMeeting(); });
    connect(m_deletion, &MeetingDeletion::statusMessage, this, &MeetingsPage::statusMessage);
    layout->addWidget(buildTopBar());
    layout->addWidget(m_deletion->bar());
    m_meetingModel = new QStandardItemModel(0, 6, this);
    m_meetingModel->setHorizontalHeaderLabels({tr("Date"), tr("Type"), tr("Title"),
                                               tr("Attendees"), tr("Topics"),
                                               tr("Open action points")});
    m_meetingProxy = new QSortFilterProxyModel(this);
    m_meetingProxy->setSourceModel(m_meetingModel);
    m_meetingProxy->setSortRole(SortRole);
    m_meetingProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_meetingProxy->setFilterKeyColumn(-1);
    m_meetings = makeMeetingTable(m_meetingProxy, QStringLiteral("meetingTable"), this);
    m_meetings->sortByColumn(0, Qt::DescendingOrder); // newest first
    m_meetings->setColumnWidth(0, 130);
    m_meetings->setColumnWidth(1, 280);
    m_meetings->setColumnWidth(2, 260);
    auto* openAction = new QAction(tr("&Open meeting"), m_meetings);
    connect(openAction, &QAction::triggered, this, [this] { openMeeting(selectedMeeting()); });
    m_meetings->addAction(openAction);
    m_meetings->addAction(m_deletion->action()); // Delete key and the context menu
    m_meetings->addAction(m_deletion->deletedListAction());
    m_meetings->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_meetings);
    splitter->addWidget(buildActions());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    keepViewState(splitter);
    connect(m_meetings, &QTableView::activated, this,
            [this] { openMeeting(selectedMeeting()); });
    connect(m_search, &QLineEdit::textChanged, m_meetingProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, m_actionProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(&writes, &WritePath::applied, this, [this](const Receipt& receipt) {
        for (const QString& entity : receipt.entities)
            if (entity.startsWith(QLatin1String("meeting")) ||
                entity == QLatin1String("organisations")) {
                reload();
                return;
            }
    });
    reload();
}

MeetingsPage::~MeetingsPage() = default;

void MeetingsPage::keepViewState(QSplitter* splitter)
{
    if (!m_state)
        return;
    const QString meetings = QStringLiteral("meetings/header");
    const QString actions = QStringLiteral("meetings/actions-header");
    const QString split = QStringLiteral("meetings/splitter");
    m_meetings->horizontalHeader()->restoreState(m_state->viewState(meetings));
    m_actions->horizontalHeader()->restoreState(m_state->viewState(actions));
    splitter->restoreState(m_state->viewState(split));
    const auto save = [this, meetings, actions, split, splitter] {
        m_state->setViewState(meetings, m_meetings->horizontalHeader()->saveState());
        m_state->setViewState(actions, m_actions->horizontalHeader()->saveState());
        m_state->setViewState(split, splitter->saveState());
    };
    for (QHeaderView* header : {m_meetings->horizontalHeader(), m_actions->horizontalHeader()}) {
        connect(header, &QHeaderView::sectionResized, this, save);
        connect(header, &QHeaderView::sortIndicatorChanged, this, save);
    }
    connect(splitter, &QSplitter::splitterMoved, this, save);
}

QIcon MeetingsPage::icon() const
{
    const QString embedded = QStringLiteral(":/regie/icons/meetings.svg");
    if (QFile::exists(embedded))
        return QIcon(embedded);
    return QIcon::fromTheme(QStringLiteral("system-users"));
}

QWidget* MeetingsPage::buildTopBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("meetingSearch"));
    m_search->setPlaceholderText(tr("Search meetings and action points (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto* add = new QPushButton(tr("&New meeting…"), bar);
    add->setObjectName(QStringLiteral("newMeeting"));
    add->setToolTip(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
    auto* open = new QPushButton(tr("&Open meeting"), bar);
    connect(add, &QPushButton::clicked, this, [this] { openMeeting({}); });
    connect(open, &QPushButton::clicked, this, [this] { openMeeting(selectedMeeting()); });
    auto* remove = new QPushButton(m_deletion->action()->text(), bar);
    remove->setObjectName(QStringLiteral("deleteMeeting"));
    remove->setToolTip(m_deletion->action()->toolTip());
    connect(remove, &QPushButton::clicked, m_deletion->action(), &QAction::trigger);
    auto* deleted = new QPushButton(m_deletion->deletedListAction()->text(), bar);
    deleted->setObjectName(QStringLiteral("deletedMeetings"));
    deleted->setToolTip(m_deletion->deletedListAction()->toolTip());
    connect(deleted, &QPushButton::clicked, m_deletion->deletedListAction(), &QAction::trigger);
    auto* newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newAction, &QAction::triggered, this, [this] { openMeeting({}); });
    addAction(newAction);
    row->addWidget(m_search, 1);
    row->addWidget(add);
    row->addWidget(open);
    row->addWidget(remove);
    row->addWidget(deleted);
    return bar;
}

QWidget* MeetingsPage::buildActions()
{
    auto* box = new QGroupBox(tr("Action points"), this);
    auto* layout = new QVBoxLayout(box);
    auto* bar = new QHBoxLayout;
    m_summary = new QLabel(box);
    m_summary->setObjectName(QStringLiteral("actionSummary"));
    m_showClosed = new QCheckBox(tr("Show &done and cancelled"), box);
    auto* done = new QPushButton(tr("&Mark done today"), box);
    done->setObjectName(QStringLiteral("markDone"));
    auto* open = new QPushButton(tr("Open &its meeting"), box);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_showClosed);
    bar->addWidget(done);
    bar->addWidget(open);
    layout->addLayout(bar);
    m_actionModel = new QStandardItemModel(0, 5, this);
    m_actionModel->setHorizontalHeaderLabels(
        {tr("State"), tr("Due"), tr("Action point"), tr("Owner"), tr("Meeting")});
    m_actionProxy = new QSortFilterProxyModel(this);
    m_actionProxy->setSourceModel(m_actionModel);
    m_actionProxy->setSortRole(SortRole);
    m_actionProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_actionProxy->setFilterKeyColumn(-1);
    m_actions = makeMeetingTable(m_actionProxy, QStringLiteral("actionTable"), box);
    m_actions->setSortingEnabled(false); // the service's order: overdue first
    m_actions->setColumnWidth(0, 170);
    m_actions->setColumnWidth(1, 130);
    m_actions->setColumnWidth(2, 380);
    m_actions->setColumnWidth(3, 220);
    layout->addWidget(m_actions, 1);
    connect(m_showClosed, &QCheckBox::toggled, this, &MeetingsPage::reloadActions);
    connect(done, &QPushButton::clicked, this, &MeetingsPage::completeSelectedAction);
    connect(open, &QPushButton::clicked, this,
            [this] { openMeeting(selectedActionMeeting()); });
    connect(m_actions, &QTableView::activated, this,
            [this] { openMeeting(selectedActionMeeting()); });
    return box;
}

void MeetingsPage::activate()
{
    reload();
}

QUndoStack* MeetingsPage::undoStack() const
{
    return m_deletion->undoStack();
}

QAction* MeetingsPage::deleteMeetingAction() const
{
    return m_deletion->action();
}

void MeetingsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void MeetingsPage::reload()
{
    reloadMeetings();
    reloadActions();
}

QString MeetingsPage::selectedMeeting() const
{
    const QModelIndex index = m_meetings->currentIndex();
    if (!index.isValid())
        return {};
    return m_meetingProxy->index(index.row(), 0).data(IdRole).toString();
}

QString MeetingsPage::selectedActionMeeting() const
{
    const QModelIndex index = m_actions->currentIndex();
    if (!index.isValid())
        return {};
    return m_actionProxy->index(index.row(), 0).data(MeetingRole).toString();
}

bool MeetingsPage::openMeeting(const QString& meetingId)
{
    MeetingRecord start;
    start.meeting.type = QStringLiteral("core-group");
    if (!meetingId.isEmpty()) {
        auto found = m_service->repository().find(meetingId);
        if (!found) {
            QMessageBox::warning(this, tr("Meeting"), errorText(found.error()));
            return false;
        }
        start = found.value();
    }
    return storeDialog(start);
}

bool MeetingsPage::storeDialog(const MeetingRecord& start)
{
    auto organisations = m_service->repository().organisations();
    MeetingDialog dialog(start, organisations ? organisations.value()
                                              : QVector<MeetingOrganisation>{},
                         m_service->clock().today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        const MeetingRecord edited = dialog.record();
        Result<void> stored;
        if (edited.meeting.id.isEmpty()) {
            auto added = m_service->add(edited);
            if (!added)
                stored = added.error();
        } else {
            stored = m_service->save(edited);
        }
        if (stored) {
            reload();
            Q_EMIT statusMessage(tr("Meeting saved"));
            return true;
        }
        QMessageBox::warning(&dialog, dialog.windowTitle(), errorText(stored.error()));
    }
    return false;
}

bool MeetingsPage::completeSelectedAction()
{
    const QModelIndex index = m_actions->currentIndex();
    if (!index.isValid()) {
        Q_EMIT statusMessage(tr("Select an action point first."));
        return false;
    }
    const QString id = m_actionProxy->index(index.row(), 0).data(IdRole).toString();
    auto done = m_service->completeAction(id, m_service->clock().today());
    if (!done) {
        QMessageBox::warning(this, tr("Action points"), errorText(done.error()));
        return false;
    }
    reload();
    Q_EMIT statusMessage(tr("Action point marked done"));
    return true;
}

} // namespace regie
