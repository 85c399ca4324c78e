#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>

namespace regie {

// One group of bars: a category (an indicator) with its value in this and the previous round.
struct ChartBar
{
    QString label;
    double current = 0;
    double previous = 0;
};

// Renders QtCharts charts to images for the PDF report (and anything else that prints). Needs a
// QApplication: QtCharts draws through the graphics-view widgets.
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
public:
    // Horizontal bars: this round beside the previous one (when `withPrevious`).
    static QImage bars(const QString& title, const QVector<ChartBar>& bars, bool withPrevious,
                       const QString& currentName, const QString& previousName,
                       const QSize& size = {900, 420});
    // A pie of parts of a whole (a breakdown by role, by kind).
    static QImage pie(const QString& title, const QVector<ChartBar>& parts,
                      const QSize& size = {900, 420});
};

} // namespace regie
