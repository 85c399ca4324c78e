#include "InspectionsPage.h"

#include "FieldModeView.h"
#include "certificates/FormDialog.h"
#include "common/Clock.h"
#include "common/ErrorText.h"
#include "common/ViewState.h"
#include "inspections/CertificateServices.h"
#include "inspections/InspectionListModel.h"
#include "premises/CertificateTexts.h"
#include "storage/WritePath.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace regie {

InspectionsPage::InspectionsPage(CertificateServices& services, WritePath& writes,
                                 const Clock& clock, ViewState* state, QWidget* parent)
    : Page(parent), m_services(services), m_writes(writes), m_clock(clock), m_state(state),
      m_model(new InspectionListModel(services.inspections().repository(),
                                      services.premises().repository(), this))
{
    setObjectName(QStringLiteral("inspectionsPage"));
    m_model->follow(writes);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(InspectionListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    auto* layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    m_listPage = buildListPage();
    m_field = new FieldModeView(services.inspections(), services.templates(), clock, m_stack);
    m_field->setObjectName(QStringLiteral("fieldMode"));
    m_stack->addWidget(m_listPage);
    m_stack->addWidget(m_field);
    layout->addWidget(m_stack);
    connect(m_field, &FieldModeView::closeRequested, this, &InspectionsPage::showList);
    connect(m_field, &FieldModeView::statusMessage, this, &Page::statusMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InspectionsPage::onListReset);
    connect(m_model, &InspectionListModel::loadFailed, this,
            [this](const Error& error) { Q_EMIT statusMessage(ErrorText::message(error)); });
    if (m_state) {
        m_table->horizontalHeader()->restoreState(
            m_state->viewState(QStringLiteral("inspections/header")));
        const auto save = [this] {
            m_state->setViewState(QStringLiteral("inspections/header"),
                                  m_table->horizontalHeader()->saveState());
        };
        connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, save);
        connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, save);
    }
    onListReset();
}

QIcon InspectionsPage::icon() const
{
    const QString embedded = QStringLiteral(":/regie/icons/inspections.svg");
    if (QFile::exists(embedded))
        return QIcon(embedded);
    return QIcon::fromTheme(QStringLiteral("document-edit"));
}

// Inspections still open (not finalised).
int InspectionsPage::badge() const
{
    int open = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        open += m_model->inspectionAt(row)->isFinal() ? 0 : 1;
    return open;
}

QWidget* InspectionsPage::buildListPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("inspectionsSearch"));
    m_search->setPlaceholderText(tr("Search premises, date or kind (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    m_new = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("New inspection…"), this);
    m_new->setObjectName(QStringLiteral("newInspectionAction"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(m_new);
    auto* button = new QToolButton(page);
    button->setDefaultAction(m_new);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(button);
    layout->addLayout(bar);
    connect(m_new, &QAction::triggered, this, [this] { newInspection(); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        onListReset();
    });

    m_listStack = new QStackedWidget(page);
    m_table = new QTableView(m_listStack);
    m_table->setObjectName(QStringLiteral("inspectionsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InspectionListModel::DateColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnWidth(InspectionListModel::DateColumn, 140);
    m_table->setColumnWidth(InspectionListModel::PremisesColumn, 240);
    m_table->setColumnWidth(InspectionListModel::KindColumn, 110);
    m_table->setColumnWidth(InspectionListModel::ChecklistColumn, 170);
    m_emptyState = new QLabel(m_listStack);
    m_emptyState->setObjectName(QStringLiteral("inspectionsEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_emptyState);
    layout->addWidget(m_listStack, 1);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        openInspection(index.data(InspectionListModel::IdRole).toString());
    });
    return page;
}

void InspectionsPage::activate()
{
    m_model->refresh();
    if (m_stack->currentWidget() == m_field)
        m_field->focusFirstOpenItem();
    else
        m_table->setFocus();
}

void InspectionsPage::focusSearch()
{
    showList();
    m_search->setFocus();
    m_search->selectAll();
}

bool InspectionsPage::openInspection(const QString& inspectionId)
{
    const int row = m_model->rowOf(inspectionId);
    const QString premisesId = row >= 0 ? m_model->inspectionAt(row)->premisesId : QString();
    QStringList windows;
    if (auto found = m_services.premises().repository().windows(premisesId); found.ok()) {
        for (const PremisesWindow& w : found.value())
            windows << w.number;
    }
    if (!m_field->open(inspectionId, m_model->addressOf(premisesId), windows))
        return false;
    m_stack->setCurrentWidget(m_field);
    m_field->focusFirstOpenItem();
    return true;
}

void InspectionsPage::showList()
{
    m_field->flushRemarks();
    m_model->refresh();
    m_stack->setCurrentWidget(m_listPage);
    const int row = m_model->rowOf(m_field->inspectionId());
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)),
                                                   QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    m_table->setFocus();
}

void InspectionsPage::onListReset()
{
    const QString shortcut = m_new->shortcut().toString(QKeySequence::NativeText);
    m_emptyState->setText(m_search->text().isEmpty()
                              ? tr("No inspections yet — start one with %1.").arg(shortcut)
                              : tr("No inspection matches “%1”.").arg(m_search->text()));
    m_listStack->setCurrentWidget(m_proxy->rowCount() > 0 ? static_cast<QWidget*>(m_table)
                                                          : m_emptyState);
    Q_EMIT badgeChanged();
}

void InspectionsPage::newInspection(const QString& premisesId, const QString& certificateId)
{
    auto premises = m_services.premises().repository().list();
    if (!premises.ok()) {
        Q_EMIT statusMessage(ErrorText::message(premises.error()));
        return;
    }
    FormDialog dialog(tr("New inspection"), this);
    auto* where = new QComboBox(&dialog);
    where->setObjectName(QStringLiteral("inspectionPremises"));
    for (const Premises& p : premises.value())
        where->addItem(p.address(), p.id);
    if (!premisesId.isEmpty())
        where->setCurrentIndex(where->findData(premisesId));
    auto* kind = new QComboBox(&dialog);
    kind->addItem(CertificateTexts::inspectionKind(QStringLiteral("proactive")),
                  QStringLiteral("proactive"));
    kind->addItem(CertificateTexts::inspectionKind(QStringLiteral("reactive")),
                  QStringLiteral("reactive"));
    if (!certificateId.isEmpty()) // on an application or renewal: reactive, for that dossier
        kind->setCurrentIndex(kind->findData(QStringLiteral("reactive")));
    auto* date = new QDateEdit(m_clock.today(), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* inspector = new QLineEdit(m_writes.actor().userName, &dialog);
    dialog.form()->addRow(tr("&Premises"), where);
    dialog.form()->addRow(tr("&Kind"), kind);
    dialog.form()->addRow(tr("&Date"), date);
    dialog.form()->addRow(tr("&Inspector"), inspector);
    QString id;
    dialog.setSubmit([&]() -> std::optional<Error> {
        auto added = m_services.inspections().add(
            {where->currentData().toString(), kind->currentData().toString(), date->date(),
             inspector->text().trimmed(),
             kind->currentData() == QStringLiteral("reactive") ? certificateId : QString()});
        if (!added.ok())
            return added.error();
        id = added.value();
        return std::nullopt;
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->refresh();
    openInspection(id);
}

} // namespace regie
