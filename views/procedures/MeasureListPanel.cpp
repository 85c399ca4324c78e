#include "MeasureListPanel.h"

#include "MeasureNewDialog.h"
#include "MeasurePanel.h"
#include "common/Clock.h"
#include "common/ErrorText.h"
#include "measures/MeasureService.h"
#include "procedures/MeasureListModel.h"
#include "procedures/ProcedureText.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace regie {

MeasureListPanel::MeasureListPanel(MeasureService& measures, WritePath& writes, const Clock& clock,
                                   QWidget* parent)
    : QWidget(parent), m_measures(measures), m_clock(clock),
      m_model(new MeasureListModel(measures.repository(), clock, this))
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
    m_newAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("New measure…"), this);
    m_newAction->setObjectName(QStringLiteral("newMeasureAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newAction->setToolTip(tr("Record a measure the mayor decided (%1)")
                                .arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    m_newAction->setVisible(false);
    connect(m_newAction, &QAction::triggered, this, &MeasureListPanel::newMeasure);
    addAction(m_newAction);
    auto* newButton = new QToolButton(this);
    newButton->setDefaultAction(m_newAction);
    newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(newButton);
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
    if (m_model->rowCount() > 0)
        m_placeholder->setText(tr("Select a measure in the list to see its dates and events."));
    else if (m_newAction->isVisible())
        m_placeholder->setText(
            tr("No measures match. Record a new one with %1, or choose “All” to see every kind "
               "and state.")
                .arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    else
        m_placeholder->setText(tr("No measures match. Measures are decided with regie-cli "
                                  "measure new; choose “All” to see every kind and state."));
    if (m_measure->measureId().isEmpty())
        m_detail->setCurrentWidget(m_placeholder);
}

void MeasureListPanel::setParties(const PersonRepository& people,
                                  const PremisesRepository& premises)
{
    m_people = &people;
    m_premises = &premises;
    m_newAction->setVisible(true);
    updatePlaceholder();
}

MeasureNewDialog* MeasureListPanel::newMeasure()
{
    if (!m_people || !m_premises)
        return nullptr;
    auto* dialog = new MeasureNewDialog(m_measures, *m_people, *m_premises, m_clock.today(), this);
    if (m_gas)
        dialog->setGasDossiers(*m_gas);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &MeasureNewDialog::created, this, [this, dialog](const MeasureOutcome& outcome) {
            // A filter that hides the new measure gives way, so that it can be selected.
            const QString kind = m_kind->currentData().toString();
            const QString state = m_state->currentData().toString();
            if ((!kind.isEmpty() && kind != dialog->input().kind) ||
                (!state.isEmpty() && state != outcome.state)) {
                m_kind->setCurrentIndex(0);
                m_state->setCurrentIndex(0);
            }
            openMeasure(outcome.id);
            QStringList notes{tr("Measure %1 recorded; it ends on %2.")
                                  .arg(outcome.number, ProcedureText::longDate(outcome.endDate))};
            notes << outcome.warnings;
            Q_EMIT statusMessage(notes.join(QLatin1Char(' ')));
        });
    dialog->open();
    return dialog;
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
