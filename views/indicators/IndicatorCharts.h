#pragma once

#include <QWidget>

class QAbstractItemModel;
class QChartView;
class QValueAxis;

namespace regie {

class IndicatorTrendModel;

// The indicator page's two charts: bars of this round beside the previous one, read from the
// same model as the table (IndicatorTableModel's Value and Previous columns, through a model
// mapper), and one indicator's trend across rounds (IndicatorTrendModel).
class IndicatorCharts : public QWidget
{
    Q_OBJECT
public:
    IndicatorCharts(IndicatorTrendModel* trend, QWidget* parent = nullptr);

    // Maps the last `rows` rows of `model` (the table's rows bottom-up) as bars.
    void showBars(QAbstractItemModel* model, int rows, const QString& title);
    // Drops the bars and their mapper: call before the model's rows change.
    void clearBars();
    // Axes and title for the trend model's current points.
    void showTrend();

    // From 0 with whole-number ticks (1, 2, 5, 10, 20, 50, … apart, at most six steps) that
    // reach at least `top`: the values are counts.
    static void setWholeRange(QValueAxis* axis, double top);

private:
    IndicatorTrendModel* m_trend;
    QChartView* m_bars = nullptr;
    QChartView* m_line = nullptr;
};

} // namespace regie
