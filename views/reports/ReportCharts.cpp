#include "ReportCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QPainter>
#include <QPieSeries>
#include <QValueAxis>

namespace regie {

namespace {

constexpr int kScale = 2; // render at twice the size: sharp in print

QImage render(QChart* chart, const QSize& size)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns the chart from here
    chart->setGeometry(0, 0, size.width(), size.height());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    QImage image(size * kScale, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size * kScale)),
                 QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setPointSize(11);
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setMargins(QMargins(8, 8, 8, 8));
    return chart;
}

} // namespace

QImage ReportCharts::bars(const QString& title, const QVector<ChartBar>& bars, bool withPrevious,
                          const QString& currentName, const QString& previousName,
                          const QSize& size)
{
    QChart* chart = newChart(title);
    auto* series = new QHorizontalBarSeries;
    auto* previous = new QBarSet(previousName);
    auto* current = new QBarSet(currentName);
    previous->setColor(QColor(0xb0, 0xbe, 0xc5));
    current->setColor(QColor(0x1f, 0x5f, 0x99));
    QStringList labels;
    double top = 1;
    // Bars run bottom-up: reverse so that the first indicator is on top, as in the table.
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) {
        labels << (it->label.size() > 48 ? it->label.left(46) + QStringLiteral("…") : it->label);
        *current << it->current;
        *previous << it->previous;
        top = std::max({top, it->current, it->previous});
    }
    if (withPrevious)
        series->append(previous);
    else
        delete previous;
    series->append(current);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(labels);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, std::max(4.0, top * 1.15));
    axisX->applyNiceNumbers(); // whole-number ticks: these are counts
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setVisible(withPrevious);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return render(chart, size);
}

QImage ReportCharts::pie(const QString& title, const QVector<ChartBar>& parts, const QSize& size)
{
    QChart* chart = newChart(title);
    auto* series = new QPieSeries;
    const QList<QColor> colours{QColor(0x1f, 0x5f, 0x99), QColor(0xe0, 0x8a, 0x1e),
                                QColor(0x3a, 0x9a, 0x5b), QColor(0x9b, 0x3b, 0x6f),
                                QColor(0x6b, 0x7b, 0x8c)};
    int i = 0;
    for (const ChartBar& part : parts) {
        if (part.current <= 0)
            continue;
        QPieSlice* slice = series->append(
            QStringLiteral("%1 (%2)").arg(part.label).arg(part.current), part.current);
        slice->setColor(colours.at(i++ % colours.size()));
        slice->setLabelVisible(true);
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    if (series->count() == 0)
        chart->setTitle(title + QStringLiteral(" — ") + tr("nothing recorded in this period"));
    return render(chart, size);
}

} // namespace regie
