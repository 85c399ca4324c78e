#include "PlannerPage.h"

#include "common/Clock.h"
#include "common/ErrorText.h"
#include "common/ViewState.h"
#include "inspections/PlannerModel.h"
#include "premises/CertificateTexts.h"
#include "storage/WritePath.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace regie {

PlannerPage::PlannerPage(const Planner& planner, WritePath& writes, const Clock& clock,
                         ViewState* state, QWidget* parent)
    : Page(parent), m_clock(clock), m_state(state), m_model(new PlannerModel(planner, clock, this))
{
    setObjectName(QStringLiteral("plannerPage"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PlannerModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildTopBar());
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("plannerSummary"));
    layout->addWidget(m_summary);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("plannerTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PlannerModel::AddressColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnWidth(PlannerModel::AddressColumn, 200);
    m_table->setColumnWidth(PlannerModel::ReasonColumn, 260);
    m_table->setColumnWidth(PlannerModel::DueColumn, 200);
    layout->addWidget(m_table, 1);
    if (m_state) {
        QHeaderView* header = m_table->horizontalHeader();
        header->restoreState(m_state->viewState(QStringLiteral("planner/header")));
        const auto save = [this] {
            m_state->setViewState(QStringLiteral("planner/header"),
                                  m_table->horizontalHeader()->saveState());
        };
        connect(header, &QHeaderView::sectionResized, this, save);
        connect(header, &QHeaderView::sortIndicatorChanged, this, save);
    }
    connect(m_model, &PlannerModel::loadFailed, this,
            [this](const Error& error) { Q_EMIT statusMessage(ErrorText::message(error)); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlannerPage::updateSummary);
    // inspections, dossiers and conditions change what is due
    connect(&writes, &WritePath::applied, this, [this](const Receipt& receipt) {
        for (const QString& entity : receipt.entities) {
            if (entity == QLatin1String("inspections") ||
                entity.startsWith(QLatin1String("certificate")) ||
                entity.startsWith(QLatin1String("premises"))) {
                m_model->refresh();
                return;
            }
        }
    });
    updateSummary();
}

QIcon PlannerPage::icon() const
{
    const QString embedded = QStringLiteral(":/regie/icons/planner.svg");
    if (QFile::exists(embedded))
        return QIcon(embedded);
    return QIcon::fromTheme(QStringLiteral("x-office-calendar"));
}

// Renewals and conditions that are due (the inspections to plan are the year's normal work).
int PlannerPage::badge() const
{
    int due = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        due += m_model->itemAt(row)->reason == QLatin1String("no-proactive-inspection") ? 0 : 1;
    return due;
}

QWidget* PlannerPage::buildTopBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("plannerSearch"));
    m_search->setPlaceholderText(tr("Filter by premises, reason or detail (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search, 1);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateSummary();
    });
    auto* yearLabel = new QLabel(tr("&Year:"), bar);
    m_year = new QSpinBox(bar);
    m_year->setObjectName(QStringLiteral("plannerYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(m_clock.today().year());
    yearLabel->setBuddy(m_year);
    layout->addWidget(yearLabel);
    layout->addWidget(m_year);
    connect(m_year, &QSpinBox::valueChanged, m_model, &PlannerModel::setYear);
    auto* print = new QPushButton(tr("&Print…"), bar);
    print->setObjectName(QStringLiteral("plannerPrint"));
    auto* printAction = new QAction(this);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(printAction);
    print->setToolTip(tr("Print the list as shown (%1)")
                          .arg(printAction->shortcut().toString(QKeySequence::NativeText)));
    auto* csv = new QPushButton(tr("E&xport CSV…"), bar);
    csv->setObjectName(QStringLiteral("plannerExport"));
    layout->addWidget(print);
    layout->addWidget(csv);
    connect(print, &QPushButton::clicked, this, &PlannerPage::printWithDialog);
    connect(printAction, &QAction::triggered, this, &PlannerPage::printWithDialog);
    connect(csv, &QPushButton::clicked, this, &PlannerPage::exportWithDialog);
    return bar;
}

void PlannerPage::activate()
{
    m_model->refresh();
    m_table->setFocus();
}

void PlannerPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void PlannerPage::updateSummary()
{
    int inspections = 0, renewals = 0, conditions = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString reason = m_proxy->index(row, 0).data(PlannerModel::ReasonRole).toString();
        inspections += reason == QLatin1String("no-proactive-inspection") ? 1 : 0;
        renewals += reason == QLatin1String("renewal-due") ? 1 : 0;
        conditions += reason == QLatin1String("condition-overdue") ? 1 : 0;
    }
    m_summary->setText(tr("%1: proactive inspections to do: %2 · renewals due: %3 · conditions "
                          "overdue: %4")
                           .arg(m_model->year())
                           .arg(inspections)
                           .arg(renewals)
                           .arg(conditions));
    Q_EMIT badgeChanged();
}

QByteArray PlannerPage::visibleCsv() const
{
    QVector<int> rows;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows << m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    return m_model->toCsv(rows);
}

bool PlannerPage::exportCsv(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(visibleCsv()) < 0 || !file.commit()) {
        Q_EMIT statusMessage(
            tr("The CSV file %1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    Q_EMIT statusMessage(tr("Planner exported to %1").arg(path));
    return true;
}

void PlannerPage::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the planner"),
                                                      tr("planner-%1.csv").arg(m_model->year()),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

QString PlannerPage::documentHtml() const
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><table border='1' cellspacing='0' "
                                  "cellpadding='3' width='100%'><tr>")
                       .arg(tr("Planner %1").arg(m_model->year()).toHtmlEscaped(),
                            m_summary->text().toHtmlEscaped());
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        html += QStringLiteral("<th align='left'>%1</th>")
                    .arg(m_proxy->headerData(column, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < m_proxy->columnCount(); ++column)
            html += QStringLiteral("<td>%1</td>")
                        .arg(m_proxy->index(row, column).data().toString().toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p><small>%1</small></p>")
                .arg(tr("Printed %1").arg(CertificateTexts::date(m_clock.today())));
    return html;
}

bool PlannerPage::printToPdf(const QString& path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    QTextDocument document;
    document.setHtml(documentHtml());
    document.print(&printer);
    return QFile::exists(path);
}

void PlannerPage::printWithDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the planner"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(documentHtml());
    document.print(&printer);
}

} // namespace regie
