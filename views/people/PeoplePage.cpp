#include "PeoplePage.h"

#include "PersonEditor.h"
#include "PersonListView.h"
#include "common/ErrorText.h"
#include "common/ViewState.h"
#include "people/PeopleService.h"
#include "people/PersonListModel.h"

#include <QAction>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace regie {

namespace {

constexpr int kSearchDelayMs = 200;
// Opening a person is an audited read: wait until the selection rests (arrow keys held down).
constexpr int kOpenDelayMs = 120;
// How far selectRow() pages through the list looking for a person (× kPageSize rows).
constexpr int kMaxPagesToFind = 25;

QLabel* centredText(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(24);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

PeoplePage::PeoplePage(PeopleService& people, WritePath& writes, QWidget* parent)
    : PeoplePage(people, writes, static_cast<ViewState*>(nullptr), parent)
{
}

PeoplePage::PeoplePage(PeopleService& people, WritePath& writes, ViewState& state, QWidget* parent)
    : PeoplePage(people, writes, &state, parent)
{
}

PeoplePage::PeoplePage(PeopleService& people, WritePath& writes, ViewState* state, QWidget* parent)
    : Page(parent), m_people(people), m_state(state),
      m_model(new PersonListModel(people.repository(), this))
{
    setObjectName(QStringLiteral("peoplePage"));
    m_model->follow(writes);
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("peopleSplitter"));
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildTopBar());
    m_splitter->addWidget(buildList());
    m_splitter->addWidget(buildDetail());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    createActions();
    restoreViewState();
    connect(m_model, &PersonListModel::modelReset, this, &PeoplePage::onListReset);
    connect(m_model, &PersonListModel::matchCountChanged, this, &PeoplePage::onMatchCountChanged);
    connect(m_model, &PersonListModel::loadFailed, this,
            [this](const Error& error) { Q_EMIT statusMessage(ErrorText::message(error)); });
    onListReset();
}

PeoplePage::~PeoplePage() = default;

QIcon PeoplePage::icon() const
{
    const QString embedded = QStringLiteral(":/regie/icons/people.svg");
    if (QFile::exists(embedded))
        return QIcon(embedded);
    return QIcon::fromTheme(QStringLiteral("system-users"));
}

QWidget* PeoplePage::buildTopBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    m_search->setPlaceholderText(tr("Search name, national or company number (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search people"));
    layout->addWidget(m_search, 1);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this,
            [this] { m_model->setFilterText(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        m_model->setFilterText(m_search->text());
        m_table->setFocus();
    });
    return bar;
}

QWidget* PeoplePage::buildList()
{
    m_listStack = new QStackedWidget(this);
    m_table = new PersonListView(m_model, m_listStack);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_emptyState = centredText(QStringLiteral("peopleEmptyState"), m_listStack);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_emptyState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentRowChanged(current); });
    connect(m_table, &QTableView::activated, this, [this] {
        openPending();
        m_editor->focusFirstField();
    });
    return m_listStack;
}

QWidget* PeoplePage::buildDetail()
{
    m_detailStack = new QStackedWidget(this);
    m_detailPlaceholder = centredText(QStringLiteral("personPlaceholder"), m_detailStack);
    m_editor = new PersonEditor(m_people, m_detailStack);
    m_editor->setObjectName(QStringLiteral("personEditor"));
    m_detailStack->addWidget(m_detailPlaceholder);
    m_detailStack->addWidget(m_editor);
    m_openTimer = new QTimer(this);
    m_openTimer->setSingleShot(true);
    m_openTimer->setInterval(kOpenDelayMs);
    connect(m_openTimer, &QTimer::timeout, this, &PeoplePage::openPending);
    connect(m_editor, &PersonEditor::statusMessage, this, &Page::statusMessage);
    connect(m_editor, &PersonEditor::saved, this, &PeoplePage::selectRow);
    connect(m_editor, &PersonEditor::removed, this, [this] { showDetail(false); });
    return m_detailStack;
}

void PeoplePage::createActions()
{
    m_newPerson =
        new QAction(QIcon::fromTheme(QStringLiteral("list-add-user")), tr("New person"), this);
    m_newPerson->setObjectName(QStringLiteral("newPersonAction"));
    m_newPerson->setShortcut(QKeySequence::New);
    m_newOrganisation =
        new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("New organisation"), this);
    m_newOrganisation->setObjectName(QStringLiteral("newOrganisationAction"));
    m_newOrganisation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_deletePerson = new QAction(tr("Delete person…"), this);
    m_deletePerson->setObjectName(QStringLiteral("deletePersonAction"));
    m_deletePerson->setShortcut(QKeySequence::Delete);
    m_deletePerson->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_deletePerson);
    auto* bar = m_search->parentWidget();
    QWidget* previous = m_search;
    for (QAction* action : {m_newPerson, m_newOrganisation}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            action->text(), action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);
        auto* button = new QToolButton(bar);
        button->setObjectName(
            action->objectName().replace(QLatin1String("Action"), QLatin1String("Button")));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->layout()->addWidget(button);
        setTabOrder(previous, button); // reading order: search, actions, list, editor
        previous = button;
    }
    setTabOrder(previous, m_table);
    connect(m_newPerson, &QAction::triggered, this, [this] { newPerson(Person::Kind::Natural); });
    connect(m_newOrganisation, &QAction::triggered, this,
            [this] { newPerson(Person::Kind::Legal); });
    connect(m_deletePerson, &QAction::triggered, this, [this] {
        if (!m_editor->isNew() && m_model->rowOf(m_editor->personId()) >= 0)
            m_editor->remove();
    });
}

void PeoplePage::activate()
{
    emitCount();
    if (m_listStack->currentWidget() == m_table)
        m_table->setFocus();
    else
        m_search->setFocus();
}

void PeoplePage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

bool PeoplePage::save()
{
    if (!m_editor->isModified())
        return true;
    return m_editor->save();
}

bool PeoplePage::hasUnsavedChanges() const
{
    return m_editor->isModified();
}

bool PeoplePage::openPerson(const QString& id)
{
    m_pendingId = id;
    openPending();
    return m_editor->personId() == id;
}

void PeoplePage::onCurrentRowChanged(const QModelIndex& current)
{
    if (m_syncingSelection)
        return;
    const QString id = m_model->personId(current.row());
    if (id.isEmpty())
        return;
    m_pendingId = id;
    m_openTimer->start();
}

// Opens the person chosen in the list, unless the user keeps unsaved edits.
void PeoplePage::openPending()
{
    m_openTimer->stop();
    const QString id = std::exchange(m_pendingId, QString());
    if (id.isEmpty() || (id == m_editor->personId() && m_detailStack->currentWidget() == m_editor))
        return;
    if (!confirmLeavingEdits()) {
        selectRow(m_editor->personId());
        return;
    }
    if (m_editor->load(id))
        showDetail(true);
    selectRow(id);
}

bool PeoplePage::confirmLeavingEdits()
{
    if (!m_editor->isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("Save the changes to “%1”?").arg(m_editor->displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Discarded changes are lost."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return m_editor->save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void PeoplePage::newPerson(Person::Kind kind)
{
    m_openTimer->stop();
    m_pendingId.clear();
    if (!confirmLeavingEdits())
        return;
    selectRow(QString());
    m_editor->startNew(kind);
    showDetail(true);
    m_editor->focusFirstField();
}

// Puts the list's selection on a person without opening them again.
void PeoplePage::selectRow(const QString& id)
{
    const QScopedValueRollback guard(m_syncingSelection, true);
    for (int page = 0; m_model->rowOf(id) < 0 && !id.isEmpty() && page < kMaxPagesToFind; ++page) {
        if (!m_model->canFetchMore({}))
            break;
        m_model->fetchMore({});
    }
    m_table->selectPerson(id);
}

// After a new query or a change: keep the person in the editor selected, show the empty state.
void PeoplePage::onListReset()
{
    selectRow(m_editor->personId());
    onMatchCountChanged(m_model->matchCount());
}

void PeoplePage::onMatchCountChanged(int count)
{
    const QString filter = m_model->filterText();
    if (filter.isEmpty())
        m_emptyState->setText(tr("No people yet — add a person with %1.")
                                  .arg(m_newPerson->shortcut().toString(QKeySequence::NativeText)));
    else
        m_emptyState->setText(tr("No one matches “%1”. Search by part of a name, or by the "
                                 "digits of a number.")
                                  .arg(filter));
    m_listStack->setCurrentWidget(count > 0 ? static_cast<QWidget*>(m_table) : m_emptyState);
    m_detailPlaceholder->setText(
        count > 0 ? tr("Select a person in the list to see and edit the details.")
                  : tr("Add a person with %1, or an organisation with %2.")
                        .arg(m_newPerson->shortcut().toString(QKeySequence::NativeText),
                             m_newOrganisation->shortcut().toString(QKeySequence::NativeText)));
    emitCount();
}

// Worded to need no plural forms: "People: 1,204", "Matching “peet”: 3".
void PeoplePage::emitCount()
{
    const QString count = QLocale().toString(m_model->matchCount());
    const QString filter = m_model->filterText();
    Q_EMIT statusMessage(filter.isEmpty() ? tr("People: %1").arg(count)
                                          : tr("Matching “%1”: %2").arg(filter, count));
}

void PeoplePage::showDetail(bool editor)
{
    m_detailStack->setCurrentWidget(editor ? static_cast<QWidget*>(m_editor) : m_detailPlaceholder);
}

void PeoplePage::restoreViewState()
{
    m_splitter->setSizes({600, 420});
    if (!m_state)
        return;
    QHeaderView* header = m_table->horizontalHeader();
    header->restoreState(m_state->viewState(QStringLiteral("people/header")));
    m_splitter->restoreState(m_state->viewState(QStringLiteral("people/splitter")));
    connect(header, &QHeaderView::sectionResized, this, &PeoplePage::saveViewState);
    connect(m_splitter, &QSplitter::splitterMoved, this, &PeoplePage::saveViewState);
}

void PeoplePage::saveViewState()
{
    if (!m_state)
        return;
    m_state->setViewState(QStringLiteral("people/header"),
                          m_table->horizontalHeader()->saveState());
    m_state->setViewState(QStringLiteral("people/splitter"), m_splitter->saveState());
}

} // namespace regie
