#include "GasListPanel.h"

#include "GasDossierPanel.h"
#include "GasIntakeDialog.h"
#include "common/Clock.h"
#include "common/ErrorText.h"
#include "common/ViewState.h"
#include "procedures/GasDossierListModel.h"
#include "procedures/GasService.h"
#include "procedures/GasState.h"
#include "procedures/ProcedureText.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace regie {

namespace {

constexpr int kSearchDelayMs = 200;
constexpr int kOpenDelayMs = 120;
const QDate kAnyDate(2000, 1, 1);
const QString kHeaderKey = QStringLiteral("procedures/gasHeader");
const QString kSplitterKey = QStringLiteral("procedures/gasSplitter");
const QString kLastDossierKey = QStringLiteral("procedures/gasLastDossier");

QDateEdit* dateFilter(const QString& name, const QString& accessible, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(GasListPanel::tr("any"));
    edit->setDate(kAnyDate);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // Wide enough for "any" in every language ("om het even") as well as for a date.
    const QFontMetrics metrics(edit->font());
    const int text = std::max(metrics.horizontalAdvance(edit->specialValueText()),
                              metrics.horizontalAdvance(QStringLiteral("2026-12-31")));
    edit->setMinimumWidth(text + 48); // the frame and the calendar button
    return edit;
}

QLabel* centred(const QString& name, QWidget* parent)
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

GasListPanel::GasListPanel(GasService& gas, const PersonRepository& people, WritePath& writes,
                           const Clock& clock, ViewState* state, QWidget* parent)
    : QWidget(parent), m_gas(gas), m_people(people), m_clock(clock), m_state(state),
      m_model(new GasDossierListModel(gas.repository(), this))
{
    m_model->follow(writes);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(buildFilters());
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("gasSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(buildList());
    m_detailStack = new QStackedWidget(m_splitter);
    m_placeholder = centred(QStringLiteral("gasPlaceholder"), m_detailStack);
    m_placeholder->setText(tr("Select a dossier in the list to see its deadlines, timeline and "
                              "next steps."));
    m_dossier = new GasDossierPanel(gas, clock, m_detailStack);
    m_dossier->setObjectName(QStringLiteral("gasDossier"));
    m_detailStack->addWidget(m_placeholder);
    m_detailStack->addWidget(m_dossier);
    m_splitter->addWidget(m_detailStack);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({640, 560});
    layout->addWidget(m_splitter, 1);
    connect(m_dossier, &GasDossierPanel::statusMessage, this, &GasListPanel::statusMessage);
    connect(m_model, &GasDossierListModel::matchCountChanged, this,
            &GasListPanel::onMatchCountChanged);
    connect(m_model, &GasDossierListModel::loadFailed, this,
            [this](const Error& error) { Q_EMIT statusMessage(ErrorText::message(error)); });
    connect(m_model, &GasDossierListModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_dossier->dossierId());
        if (row >= 0)
            m_table->selectRow(row);
    });
    if (m_state) {
        m_table->horizontalHeader()->restoreState(m_state->viewState(kHeaderKey));
        m_splitter->restoreState(m_state->viewState(kSplitterKey));
        connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
                &GasListPanel::saveViewState);
        connect(m_splitter, &QSplitter::splitterMoved, this, &GasListPanel::saveViewState);
        const QString last = QString::fromUtf8(m_state->viewState(kLastDossierKey));
        if (!last.isEmpty())
            openDossier(last);
    }
    onMatchCountChanged(m_model->matchCount());
}

QWidget* GasListPanel::buildFilters()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("gasSearch"));
    m_search->setPlaceholderText(tr("Search number, report number, name, address (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search GAS dossiers"));
    layout->addWidget(m_search, 1);

    auto* stateLabel = new QLabel(tr("&State:"), bar);
    m_stateFilter = new QComboBox(bar);
    m_stateFilter->setObjectName(QStringLiteral("gasStateFilter"));
    m_stateFilter->addItem(tr("All"), QStringList());
    m_stateFilter->addItem(tr("Open"), GasState::open());
    QStringList before;
    for (const QString& state : GasState::open()) {
        if (GasState::beforeDecision(state))
            before << state;
    }
    m_stateFilter->addItem(tr("Before decision"), before);
    for (const QString& state : GasState::all())
        m_stateFilter->addItem(ProcedureText::state(state), QStringList{state});
    stateLabel->setBuddy(m_stateFilter);
    layout->addWidget(stateLabel);
    layout->addWidget(m_stateFilter);

    auto* fromLabel = new QLabel(tr("Facts &from:"), bar);
    m_from = dateFilter(QStringLiteral("gasFactsFrom"), tr("Facts from"), bar);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("t&o:"), bar);
    m_to = dateFilter(QStringLiteral("gasFactsTo"), tr("Facts to"), bar);
    toLabel->setBuddy(m_to);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &GasListPanel::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilters();
        m_table->setFocus();
    });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &GasListPanel::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &GasListPanel::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &GasListPanel::applyFilters);

    auto* newFinding =
        new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("New finding…"), this);
    newFinding->setObjectName(QStringLiteral("newFindingAction"));
    newFinding->setShortcut(QKeySequence::New);
    newFinding->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    newFinding->setToolTip(tr("Register a finding as a new GAS dossier (%1)")
                               .arg(newFinding->shortcut().toString(QKeySequence::NativeText)));
    connect(newFinding, &QAction::triggered, this, &GasListPanel::newFinding);
    addAction(newFinding);
    auto* newButton = new QToolButton(bar);
    newButton->setDefaultAction(newFinding);
    newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(newButton);
    return bar;
}

QWidget* GasListPanel::buildList()
{
    m_listStack = new QStackedWidget(this);
    m_table = new QTableView(m_listStack);
    m_table->setObjectName(QStringLiteral("gasTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSortIndicator(GasDossierListModel::FactsColumn, Qt::DescendingOrder);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (!GasDossierListModel::orderFor(column, order)) {
                    // Number and date of facts sort in SQL along an index; the others do not.
                    const QSignalBlocker blocker(m_table->horizontalHeader());
                    m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
                    Q_EMIT statusMessage(tr("This list sorts by number or by date of facts."));
                    return;
                }
                m_sortColumn = column;
                m_sortOrder = order;
                m_model->sort(column, order);
            });
    const QFontMetrics metrics = m_table->fontMetrics();
    header->resizeSection(GasDossierListModel::NumberColumn,
                          metrics.horizontalAdvance(QStringLiteral("GAS/2026/BH/00000")) + 24);
    header->resizeSection(GasDossierListModel::FactsColumn,
                          metrics.horizontalAdvance(ProcedureText::shortDate(QDate(2026, 12, 28))) +
                              24);
    header->resizeSection(GasDossierListModel::OffenderColumn,
                          metrics.horizontalAdvance(QString(17, QLatin1Char('n'))));
    header->resizeSection(GasDossierListModel::OffenceColumn,
                          metrics.horizontalAdvance(QStringLiteral("SOLICIT-OUTSIDE")) + 8);
    header->resizeSection(GasDossierListModel::StateColumn,
                          metrics.horizontalAdvance(QStringLiteral("Closed without fine")) + 16);
    m_empty = centred(QStringLiteral("gasEmptyState"), m_listStack);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);

    m_openTimer = new QTimer(this);
    m_openTimer->setSingleShot(true);
    m_openTimer->setInterval(kOpenDelayMs);
    connect(m_openTimer, &QTimer::timeout, this,
            [this] { onCurrentRowChanged(m_table->currentIndex().row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_openTimer->start(); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        m_openTimer->stop();
        onCurrentRowChanged(index.row());
        m_dossier->focusDeadlines();
    });
    return m_listStack;
}

void GasListPanel::applyFilters()
{
    GasRepository::Filter filter = m_model->filter();
    filter.search = m_search->text();
    filter.states = m_stateFilter->currentData().toStringList();
    filter.factsFrom = m_from->date() == kAnyDate ? QDate() : m_from->date();
    filter.factsTo = m_to->date() == kAnyDate ? QDate() : m_to->date();
    m_model->setFilter(filter);
}

void GasListPanel::onCurrentRowChanged(int row)
{
    const QString id = m_model->dossierId(row);
    if (id.isEmpty() || id == m_dossier->dossierId())
        return;
    if (m_dossier->load(id)) {
        m_detailStack->setCurrentWidget(m_dossier);
        if (m_state)
            m_state->setViewState(kLastDossierKey, id.toUtf8());
    }
}

bool GasListPanel::openDossier(const QString& idOrNumber)
{
    if (!m_dossier->load(idOrNumber))
        return false;
    m_detailStack->setCurrentWidget(m_dossier);
    const QString id = m_dossier->dossierId();
    // Page through the list (at most 25 pages) to select its row.
    for (int page = 0; m_model->rowOf(id) < 0 && page < 25 && m_model->canFetchMore({}); ++page)
        m_model->fetchMore({});
    // Selecting the row opens nothing again: the panel already shows this dossier.
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        m_table->clearSelection();
    }
    if (m_state)
        m_state->setViewState(kLastDossierKey, id.toUtf8());
    return true;
}

GasIntakeDialog* GasListPanel::newFinding()
{
    auto* dialog = new GasIntakeDialog(m_gas, m_people, m_clock.today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GasIntakeDialog::registered, this, [this](const GasOutcome& outcome) {
        openDossier(outcome.id);
        QStringList notes{tr("Dossier %1 registered.").arg(outcome.number)};
        notes << outcome.warnings;
        Q_EMIT statusMessage(notes.join(QLatin1Char(' ')));
    });
    dialog->open();
    return dialog;
}

void GasListPanel::onMatchCountChanged(int count)
{
    const bool filtered =
        !m_model->filter().search.isEmpty() || !m_model->filter().states.isEmpty() ||
        m_model->filter().factsFrom.isValid() || m_model->filter().factsTo.isValid();
    m_empty->setText(
        filtered ? tr("No dossier matches these filters. Clear the search or choose "
                      "“All” states and “any” dates.")
                 : tr("No GAS dossiers yet — register a finding with %1.")
                       .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_listStack->setCurrentWidget(count > 0 ? static_cast<QWidget*>(m_table) : m_empty);
    announceCount();
}

void GasListPanel::announceCount()
{
    Q_EMIT statusMessage(tr("GAS dossiers: %1").arg(QLocale().toString(m_model->matchCount())));
}

void GasListPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void GasListPanel::focusList()
{
    m_table->setFocus();
}

void GasListPanel::saveViewState()
{
    if (!m_state)
        return;
    m_state->setViewState(kHeaderKey, m_table->horizontalHeader()->saveState());
    m_state->setViewState(kSplitterKey, m_splitter->saveState());
}

} // namespace regie
