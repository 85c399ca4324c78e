#pragma once

#include "measures/MeasureService.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace regie {

// One mayor's measure, read-only: what was decided against whom, its state, the end date and
// the other dates of its legal clock each with the derivation, and its dated events.
class MeasurePanel : public QWidget
{
    Q_OBJECT
public:
    explicit MeasurePanel(MeasureService& measures, QWidget* parent = nullptr);

    bool load(const QString& idOrNumber);
    QString measureId() const { return m_view.measure.id; }
    QString shownDerivation() const;

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    MeasureService& m_measures;
    MeasureView m_view;
    QLabel* m_header = nullptr;
    QLabel* m_details = nullptr;
    QTreeWidget* m_deadlines = nullptr;
    QLabel* m_why = nullptr;
    QTreeWidget* m_events = nullptr;
};

} // namespace regie
