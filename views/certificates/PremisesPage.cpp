#include "PremisesPage.h"

#include "CertificateDialogs.h"
#include "DossierView.h"
#include "common/Clock.h"
#include "common/ErrorText.h"
#include "common/ViewState.h"
#include "inspections/CertificateServices.h"
#include "premises/CertificateTexts.h"
#include "premises/PremisesListModel.h"
#include "premises/WindowRegister.h"

#include <QAction>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace regie {

namespace {

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

PremisesPage::PremisesPage(CertificateServices& services, WritePath& writes, const Clock& clock,
                           ViewState* state, QWidget* parent)
    : Page(parent), m_services(services), m_clock(clock), m_state(state),
      m_model(new PremisesListModel(services.premises().repository(),
                                    services.certificates().repository(), clock, this))
{
    setObjectName(QStringLiteral("premisesPage"));
    m_model->follow(writes);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PremisesListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildTopBar());
    m_splitter = new QSplitter(this);
    m_splitter->setChildrenCollapsible(false);

    m_listStack = new QStackedWidget(m_splitter);
    m_table = new QTableView(m_listStack);
    m_table->setObjectName(QStringLiteral("premisesTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PremisesListModel::AddressColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnWidth(PremisesListModel::AddressColumn, 122);
    m_table->setColumnWidth(PremisesListModel::WindowsColumn, 64);
    m_table->setColumnWidth(PremisesListModel::HoldersColumn, 112);
    m_table->setColumnWidth(PremisesListModel::StatusColumn, 130);
    m_emptyState = centredText(QStringLiteral("premisesEmptyState"), m_listStack);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_emptyState);
    m_splitter->addWidget(m_listStack);

    m_detailStack = new QStackedWidget(m_splitter);
    m_placeholder = centredText(QStringLiteral("premisesPlaceholder"), m_detailStack);
    m_placeholder->setText(tr("Select a premises to see its certificate dossier."));
    m_dossier = new DossierView(services, clock, m_detailStack);
    m_dossier->setObjectName(QStringLiteral("dossierView"));
    m_detailStack->addWidget(m_placeholder);
    m_detailStack->addWidget(m_dossier);
    m_splitter->addWidget(m_detailStack);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PremisesPage::onCurrentChanged);
    connect(m_table, &QTableView::activated, m_dossier, qOverload<>(&QWidget::setFocus));
    connect(m_model, &QAbstractItemModel::modelReset, this, &PremisesPage::onListReset);
    connect(m_model, &PremisesListModel::loadFailed, this,
            [this](const Error& error) { Q_EMIT statusMessage(ErrorText::message(error)); });
    connect(m_dossier, &DossierView::statusMessage, this, &Page::statusMessage);
    connect(m_dossier, &DossierView::changed, this, &Page::badgeChanged);
    connect(m_dossier, &DossierView::inspectionRequested, this, &PremisesPage::inspectionRequested);
    restoreViewState();
    onListReset();
}

PremisesPage::~PremisesPage()
{
    // The dossier's register tab refers to the register: delete the widgets first.
    delete m_splitter;
}

void PremisesPage::setRegisters(PeopleService* people,
                                std::unique_ptr<WindowRegister> windowRegister,
                                LetterService* letters)
{
    m_dossier->setPeople(people);
    if (windowRegister && !m_windowRegister) {
        m_windowRegister = std::move(windowRegister);
        m_dossier->setWindowRegister(m_windowRegister.get());
    }
    m_dossier->setLetters(letters);
}

QIcon PremisesPage::icon() const
{
    const QString embedded = QStringLiteral(":/regie/icons/premises.svg");
    if (QFile::exists(embedded))
        return QIcon(embedded);
    return QIcon::fromTheme(QStringLiteral("go-home"));
}

// Premises whose certificate needs attention (none, refused, suspended, withdrawn, expired).
int PremisesPage::badge() const
{
    int count = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        count += CertificateTexts::isAlarming(m_model->rowAt(row)->status) ? 1 : 0;
    return count;
}

QWidget* PremisesPage::buildTopBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("premisesSearch"));
    m_search->setPlaceholderText(tr("Search address, holder or status (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search premises"));
    layout->addWidget(m_search, 1);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        onListReset();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_table->setFocus(); });
    m_newPremises =
        new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("New premises…"), this);
    m_newPremises->setObjectName(QStringLiteral("newPremisesAction"));
    m_newPremises->setShortcut(QKeySequence::New);
    m_newPremises->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newPremises);
    auto* button = new QToolButton(bar);
    button->setDefaultAction(m_newPremises);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(button);
    connect(m_newPremises, &QAction::triggered, this, &PremisesPage::newPremises);
    return bar;
}

void PremisesPage::activate()
{
    m_model->refresh();
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setFocus();
}

void PremisesPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

bool PremisesPage::openPremises(const QString& premisesId)
{
    const int row = m_model->rowOf(premisesId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        m_search->clear();
    m_table->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)),
                                               QItemSelectionModel::ClearAndSelect |
                                                   QItemSelectionModel::Rows);
    return m_dossier->premisesId() == premisesId;
}

void PremisesPage::onCurrentChanged(const QModelIndex& current)
{
    const QString id = current.data(PremisesListModel::IdRole).toString();
    if (id.isEmpty())
        return;
    if (m_dossier->load(id))
        m_detailStack->setCurrentWidget(m_dossier);
}

void PremisesPage::onListReset()
{
    const QString shortcut = m_newPremises->shortcut().toString(QKeySequence::NativeText);
    m_emptyState->setText(m_search->text().isEmpty()
                              ? tr("No premises yet — add one with %1.").arg(shortcut)
                              : tr("No premises matches “%1”.").arg(m_search->text()));
    m_listStack->setCurrentWidget(m_proxy->rowCount() > 0 ? static_cast<QWidget*>(m_table)
                                                          : m_emptyState);
    if (!m_dossier->premisesId().isEmpty()) {
        const int row = m_model->rowOf(m_dossier->premisesId());
        if (row >= 0) {
            const QSignalBlocker blocker(m_table->selectionModel());
            m_table->selectionModel()->setCurrentIndex(
                m_proxy->mapFromSource(m_model->index(row, 0)),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        m_dossier->reload();
    }
    Q_EMIT statusMessage(tr("Premises: %1").arg(m_model->rowCount()));
    Q_EMIT badgeChanged();
}

void PremisesPage::newPremises()
{
    const QString id = CertificateDialogs::newPremises(m_services, this);
    if (id.isEmpty())
        return;
    m_model->refresh();
    openPremises(id);
}

void PremisesPage::restoreViewState()
{
    m_splitter->setSizes({560, 540});
    if (!m_state)
        return;
    QHeaderView* header = m_table->horizontalHeader();
    header->restoreState(m_state->viewState(QStringLiteral("premises/header")));
    m_splitter->restoreState(m_state->viewState(QStringLiteral("premises/splitter")));
    connect(header, &QHeaderView::sectionResized, this, &PremisesPage::saveViewState);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &PremisesPage::saveViewState);
    connect(m_splitter, &QSplitter::splitterMoved, this, &PremisesPage::saveViewState);
}

void PremisesPage::saveViewState()
{
    if (!m_state)
        return;
    m_state->setViewState(QStringLiteral("premises/header"),
                          m_table->horizontalHeader()->saveState());
    m_state->setViewState(QStringLiteral("premises/splitter"), m_splitter->saveState());
}

} // namespace regie
