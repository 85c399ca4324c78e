#include "IndicatorsPage.h"

#include "IndicatorCharts.h"
#include "FigureDialogs.h"
#include "RecordDialogs.h"
#include "common/Clock.h"
#include "common/ErrorText.h"
#include "indicators/IndicatorServices.h"
#include "indicators/IndicatorTableModel.h"
#include "indicators/IndicatorTables.h"
#include "reports/RoundReport.h"

#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace regie {

namespace {

constexpr int kChartRows = 14; // bars beyond this are unreadable; the table has them all

// The table's rows bottom-up: a horizontal bar chart draws its first category at the bottom,
// so the chart reads the table in reverse to show the table's first row on top.
class ReversedRows : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        return left.row() > right.row();
    }
};

} // namespace

IndicatorsPage::IndicatorsPage(std::unique_ptr<IndicatorServices> services, Database& db,
                               const Clock& clock, QWidget* parent)
    : Page(parent), m_services(std::move(services)), m_db(db), m_clock(clock)
{
    m_model = new IndicatorTableModel(this);
    m_trend = new IndicatorTrendModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_chartRows = new ReversedRows(this);
    m_chartRows->setSourceModel(m_proxy);
    m_chartRows->sort(0);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(IndicatorTableModel::Indicator,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    for (int column : {int(IndicatorTableModel::Fiche), int(IndicatorTableModel::Value),
                       int(IndicatorTableModel::Previous)})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(IndicatorTableModel::Kind, 90);
    m_table->setColumnWidth(IndicatorTableModel::Source, 110);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_definition = new QLabel(this);
    m_definition->setWordWrap(true);
    m_definition->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_definition);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    m_charts = new IndicatorCharts(m_trend, this);
    split->addWidget(m_charts);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 560}); // the charts need room for their category labels

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildTopBar());
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateTrend(); });
    reloadRounds();
}

IndicatorsPage::~IndicatorsPage() = default;

QIcon IndicatorsPage::icon() const
{
    const QString embedded = QStringLiteral(":/regie/icons/indicators.svg");
    if (QFile::exists(embedded))
        return QIcon(embedded);
    return QIcon::fromTheme(QStringLiteral("x-office-spreadsheet"));
}

void IndicatorsPage::activate()
{
    reloadRounds(currentRound());
}

QString IndicatorsPage::language() const
{
    return QLocale().name().startsWith(QLatin1String("nl")) ? QStringLiteral("nl")
                                                            : QStringLiteral("en");
}

QWidget* IndicatorsPage::buildTopBar()
{
    auto* bar = new QWidget(this);
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    rows->addLayout(row);
    m_round = new QComboBox(bar);
    m_round->setMinimumContentsLength(16);
    m_fiche = new QComboBox(bar);
    m_fiche->addItem(tr("Key indicators"), QString());
    m_fiche->addItem(tr("All indicators"), QStringLiteral("*"));
    for (const QString& code : m_services->catalogue().ficheCodes())
        m_fiche->addItem(tr("Fiche %1").arg(code), code);
    auto* add = new QPushButton(tr("&New round…"), bar);
    m_freeze = new QPushButton(tr("&Freeze round"), bar);
    auto* report = new QPushButton(tr("PDF &report…"), bar);
    auto* exportButton = new QPushButton(tr("&Export…"), bar);
    auto* record = new QToolButton(bar);
    record->setText(tr("Re&cord"));
    record->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(record);
    menu->addAction(tr("Meeting…"), this, [this] { recordDialog(true); });
    menu->addAction(tr("Note or covenant…"), this, [this] { recordDialog(false); });
    menu->addAction(tr("Partner's figure…"), this, [this] { figureDialog(); });
    menu->addAction(tr("Branch inventory…"), this, [this] { branchDialog(); });
    menu->addAction(tr("Import registration file…"), this, [this] { importDialog(); });
    record->setMenu(menu);
    m_state = new QLabel(bar);
    row->addWidget(new QLabel(tr("Round:"), bar));
    row->addWidget(m_round);
    row->addWidget(m_fiche);
    row->addStretch(1);
    rows->addWidget(m_state); // the round's period and state, on its own line
    row->addWidget(record);
    row->addWidget(add);
    row->addWidget(m_freeze);
    row->addWidget(report);
    row->addWidget(exportButton);
    connect(m_round, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_fiche, &QComboBox::currentIndexChanged, this,
            [this] { setFicheFilter(m_fiche->currentData().toString()); });
    connect(add, &QPushButton::clicked, this, [this] { newRoundDialog(); });
    connect(m_freeze, &QPushButton::clicked, this, [this] { freezeCurrent(true); });
    connect(report, &QPushButton::clicked, this, [this] { reportDialog(); });
    connect(exportButton, &QPushButton::clicked, this, [this] { exportDialog(); });
    return bar;
}

// A bar-chart mapper must not watch the proxy while its rows change (QBarModelMapper keeps
// bar-set pointers across the change), so every change of the model or the filter clears the
// chart first and maps it again afterwards.
void IndicatorsPage::clearBarChart()
{
    m_charts->clearBars();
}

void IndicatorsPage::updateBarChart()
{
    m_charts->showBars(m_chartRows, std::min(kChartRows, int(m_proxy->rowCount())),
                       m_fiche->currentText());
}

void IndicatorsPage::reloadRounds(const QString& select)
{
    const QSignalBlocker block(m_round);
    m_round->clear();
    auto rounds = m_services->rounds().list();
    if (!rounds) {
        Q_EMIT statusMessage(ErrorText::message(rounds.error()));
        return;
    }
    for (const ReportRound& r : rounds.value())
        m_round->addItem(r.frozen() ? tr("%1 (frozen)").arg(r.name) : r.name, r.name);
    const int at = m_round->findData(select);
    m_round->setCurrentIndex(at >= 0 ? at : m_round->count() - 1);
    reload();
}

QString IndicatorsPage::currentRound() const
{
    return m_round->currentData().toString();
}

bool IndicatorsPage::showRound(const QString& name)
{
    const int at = m_round->findData(name);
    if (at < 0)
        return false;
    m_round->setCurrentIndex(at);
    reload();
    return true;
}

void IndicatorsPage::reload()
{
    const QString name = currentRound();
    m_freeze->setEnabled(false);
    clearBarChart();
    if (name.isEmpty()) {
        m_model->setRows({}, m_services->catalogue(), language(), {}, {});
        m_state->setText(tr("No reporting round yet: create one with New round."));
        return;
    }
    auto round = m_services->rounds().find(name);
    if (!round) {
        Q_EMIT statusMessage(ErrorText::message(round.error()));
        return;
    }
    auto rows = m_services->rounds().compare(*round, m_services->engine(), m_services->catalogue());
    auto previous = m_services->rounds().previous(*round);
    if (!rows || !previous) {
        Q_EMIT statusMessage(ErrorText::message(!rows ? rows.error() : previous.error()));
        return;
    }
    m_model->setRows(rows.value(), m_services->catalogue(), language(), round->name,
                     previous.value() ? previous.value()->name : QString());
    const QLocale locale;
    const QString period = tr("%1 to %2")
                               .arg(locale.toString(round->period.from, QLocale::ShortFormat),
                                    locale.toString(round->period.to, QLocale::ShortFormat));
    m_state->setText(
        round->frozen()
            ? tr("%1, frozen on %2 by %3")
                  .arg(period, locale.toString(round->frozenAt.toLocalTime(), QLocale::ShortFormat),
                       round->frozenBy)
            : tr("%1, open: live values").arg(period));
    m_freeze->setEnabled(!round->frozen());
    setFicheFilter(m_fiche->currentData().toString());
    updateTrend();
}

void IndicatorsPage::setFicheFilter(const QString& fiche)
{
    clearBarChart();
    if (fiche == QLatin1String("*")) {
        m_proxy->setFilterRegularExpression(QString());
    } else if (fiche.isEmpty()) {
        m_proxy->setFilterRole(IndicatorTableModel::KeyRole);
        m_proxy->setFilterKeyColumn(IndicatorTableModel::Fiche);
        QStringList escaped;
        for (const QString& key : RoundReport::keyIndicators())
            escaped << QRegularExpression::escape(key);
        m_proxy->setFilterRegularExpression(
            QRegularExpression(QStringLiteral("^(%1)$").arg(escaped.join(QLatin1Char('|')))));
    } else {
        m_proxy->setFilterRole(Qt::DisplayRole);
        m_proxy->setFilterKeyColumn(IndicatorTableModel::Fiche);
        m_proxy->setFilterRegularExpression(
            QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(fiche))));
    }
    const int at = m_fiche->findData(fiche);
    if (at >= 0 && at != m_fiche->currentIndex()) {
        const QSignalBlocker block(m_fiche);
        m_fiche->setCurrentIndex(at);
    }
    updateBarChart();
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

void IndicatorsPage::updateTrend()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_definition->clear();
        m_trend->setPoints({}, {});
        return;
    }
    const QString key = current.data(IndicatorTableModel::KeyRole).toString();
    const QString label =
        m_proxy->index(current.row(), IndicatorTableModel::Indicator).data().toString();
    m_definition->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(label.toHtmlEscaped(),
                 current.data(IndicatorTableModel::DefinitionRole).toString().toHtmlEscaped()));
    QVector<IndicatorTrendModel::Point> points;
    auto rounds = m_services->rounds().list();
    if (rounds) {
        for (const ReportRound& r : rounds.value()) {
            if (!r.frozen() && r.name != currentRound())
                continue;
            auto values =
                m_services->rounds().values(r, m_services->engine(), m_services->catalogue());
            if (!values)
                continue;
            for (const IndicatorValue& v : values.value())
                if (v.key == key)
                    points << IndicatorTrendModel::Point{r.name, v.value};
        }
    }
    m_trend->setPoints(label, points);
    m_charts->showTrend();
}

} // namespace regie
