#pragma once

#include "measures/MeasureService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace regie {

class Clock;
class MeasureEventDialog;

// One mayor's measure: what was decided against whom, its state, the end date and
// the other dates of its legal clock each with the derivation, its dated events, and a button
// to record the next event (renewal, lifting, ...).
class MeasurePanel : public QWidget
{
    Q_OBJECT
public:
    MeasurePanel(MeasureService& measures, const Clock& clock, QWidget* parent = nullptr);

    bool load(const QString& idOrNumber);
    QString measureId() const { return m_view.measure.id; }
    QString shownDerivation() const;
    // Opens the dialog that records an event on the shown measure (not blocking).
    MeasureEventDialog* recordEvent();

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    MeasureService& m_measures;
    const Clock& m_clock;
    QPushButton* m_record = nullptr;
    MeasureView m_view;
    QLabel* m_header = nullptr;
    QLabel* m_details = nullptr;
    QTreeWidget* m_deadlines = nullptr;
    QLabel* m_why = nullptr;
    QTreeWidget* m_events = nullptr;
};

} // namespace regie
