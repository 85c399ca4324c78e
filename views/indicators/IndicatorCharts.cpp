#include "IndicatorCharts.h"

#include "indicators/IndicatorTableModel.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace regie {

namespace {

void dropAxes(QChart* chart)
{
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

IndicatorCharts::IndicatorCharts(IndicatorTrendModel* trend, QWidget* parent)
    : QWidget(parent), m_trend(trend)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* barChart = new QChart;
    barChart->setAnimationOptions(QChart::NoAnimation);
    barChart->legend()->setAlignment(Qt::AlignBottom);
    m_bars = new QChartView(barChart, this);
    m_bars->setRenderHint(QPainter::Antialiasing);
    m_bars->setMinimumHeight(260);

    auto* lineChart = new QChart;
    lineChart->setAnimationOptions(QChart::NoAnimation);
    auto* line = new QLineSeries(lineChart);
    line->setPointsVisible(true);
    line->setPointLabelsVisible(true);
    line->setPointLabelsFormat(QStringLiteral("@yPoint"));
    auto* xy = new QVXYModelMapper(this);
    xy->setXColumn(0);
    xy->setYColumn(1);
    xy->setSeries(line);
    xy->setModel(m_trend);
    lineChart->addSeries(line);
    lineChart->legend()->hide();
    m_line = new QChartView(lineChart, this);
    m_line->setRenderHint(QPainter::Antialiasing);
    m_line->setMinimumHeight(200);

    layout->addWidget(m_bars, 3);
    layout->addWidget(m_line, 2);
}

void IndicatorCharts::clearBars()
{
    m_bars->chart()->removeAllSeries(); // deletes the series and its mapper
    dropAxes(m_bars->chart());
}

void IndicatorCharts::showBars(QAbstractItemModel* model, int rows, const QString& title)
{
    clearBars();
    QChart* chart = m_bars->chart();
    auto* series = new QHorizontalBarSeries;
    // One bar set per column (this round, the previous round), one category per row.
    auto* mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(IndicatorTableModel::Value);
    mapper->setLastBarSetColumn(IndicatorTableModel::Previous);
    const int first = model->rowCount() - rows;
    mapper->setFirstRow(first);
    mapper->setRowCount(rows);
    mapper->setSeries(series);
    mapper->setModel(model);
    chart->addSeries(series);
    QStringList labels;
    double top = 0;
    for (int r = first; r < model->rowCount(); ++r) {
        const QString label = model->index(r, IndicatorTableModel::Indicator).data().toString();
        labels << (label.size() > 34 ? label.left(32) + QStringLiteral("…") : label);
        for (int c : {int(IndicatorTableModel::Value), int(IndicatorTableModel::Previous)})
            top = std::max(top, model->index(r, c).data().toDouble());
    }
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    setWholeRange(values, top * 1.1);
    chart->setTitle(title);
}

void IndicatorCharts::showTrend()
{
    QChart* chart = m_line->chart();
    dropAxes(chart);
    auto* x = new QBarCategoryAxis;
    x->append(m_trend->roundNames());
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    double top = 1;
    for (int r = 0; r < m_trend->rowCount(); ++r)
        top = std::max(top, m_trend->index(r, 1).data().toDouble());
    setWholeRange(y, top * 1.2);
    chart->setTitle(m_trend->label().isEmpty()
                        ? QString()
                        : tr("Trend across rounds: %1").arg(m_trend->label()));
}

// An axis that reads 0, 0.5, 1, 1.5 would suggest half a meeting.
void IndicatorCharts::setWholeRange(QValueAxis* axis, double top)
{
    const double wanted = std::max(4.0, std::ceil(top));
    double step = 1;
    for (double scale = 1;; scale *= 10) {
        const double steps[] = {1 * scale, 2 * scale, 5 * scale};
        const auto fits = std::find_if(std::begin(steps), std::end(steps),
                                       [wanted](double s) { return wanted / s <= 6; });
        if (fits != std::end(steps)) {
            step = *fits;
            break;
        }
    }
    const int count = static_cast<int>(std::ceil(wanted / step));
    axis->setRange(0, count * step);
    axis->setTickCount(count + 1);
}

} // namespace regie
