#include "MeasureListPanel.h"

#include "MeasurePanel.h"
#include "common/ErrorText.h"
#include "measures/MeasureService.h"
#include "procedures/MeasureListModel.h"
#include "procedures/ProcedureText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace regie {

MeasureListPanel::MeasureListPanel(MeasureService& measures, WritePath& writes, const Clock& clock,
                                   QWidget* parent)
    : QWidget(parent), m_model(new MeasureListModel(measures.repository(), clock, this))
{
    m_model->follow(writes);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* bar = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("measureKindFilter"));
    m_kind->addItem(tr("All"), QString());
    for (const QString& kind : MeasureService::kinds())
        m_kind->addItem(ProcedureText::procedure(kind), kind);
    kindLabel->setBuddy(m_kind);
    auto* stateLabel = new QLabel(tr("S&tate:"), this);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("measureStateFilter"));
    m_state->addItem(tr("All"), QString());
    for (const char* state : {"in-force", "ended", "lifted"})
        m_state->addItem(ProcedureText::measureState(QLatin1String(state)), QLatin1String(state));
    stateLabel->setBuddy(m_state);
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addWidget(stateLabel);
    bar->addWidget(m_state);
    bar->addStretch(1);
    layout->addLayout(bar);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setKind(m_kind->currentData().toString()); });
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setState(m_state->currentData().toString()); });

    auto* splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("measureTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->resizeColumnsToContents();
    m_detail = new QStackedWidget(splitter);
    m_placeholder = new QLabel(m_detail);
    m_placeholder->setObjectName(QStringLiteral("measurePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_measure = new MeasurePanel(measures, clock, m_detail);
    m_measure->setObjectName(QStringLiteral("measurePanel"));
    m_detail->addWidget(m_placeholder);
    m_detail->addWidget(m_measure);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setSizes({560, 600});
    layout->addWidget(splitter, 1);
    connect(m_measure, &MeasurePanel::statusMessage, this, &MeasureListPanel::statusMessage);
    connect(m_model, &MeasureListModel::loadFailed, this,
            [this](const Error& error) { Q_EMIT statusMessage(ErrorText::message(error)); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (const Measure* m = m_model->measureAt(current.row())) {
                    if (m_measure->load(m->id))
                        m_detail->setCurrentWidget(m_measure);
                }
            });
    connect(m_model, &MeasureListModel::modelReset, this, &MeasureListPanel::updatePlaceholder);
    updatePlaceholder();
}

void MeasureListPanel::updatePlaceholder()
{
    m_placeholder->setText(m_model->rowCount() > 0
                               ? tr("Select a measure in the list to see its dates and events.")
                               : tr("No measures match. Measures are decided with regie-cli "
                                    "measure new; choose “All” to see every kind and state."));
    if (m_measure->measureId().isEmpty())
        m_detail->setCurrentWidget(m_placeholder);
}

bool MeasureListPanel::openMeasure(const QString& idOrNumber)
{
    if (!m_measure->load(idOrNumber))
        return false;
    m_detail->setCurrentWidget(m_measure);
    for (int page = 0;
         m_model->rowOf(m_measure->measureId()) < 0 && page < 25 && m_model->canFetchMore({});
         ++page)
        m_model->fetchMore({});
    const int row = m_model->rowOf(m_measure->measureId());
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
    return true;
}

} // namespace regie
