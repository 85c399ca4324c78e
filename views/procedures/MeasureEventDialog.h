#pragma once

#include "measures/MeasureService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace regie {

// Records an event on a mayor's measure: a renewal (place ban, by months), a hearing held, the
// consultation of the judicial authorities (trafficking closure), the college's confirmation
// (public-order closure), lifting or a breach. Only the events the measure's kind takes are
// offered; the service checks the renewal limit and the maximum duration, and a refusal shows
// here with the rule and the dates.
class MeasureEventDialog : public QDialog
{
    Q_OBJECT
public:
    MeasureEventDialog(MeasureService& measures, const Measure& measure, const QDate& today,
                       QWidget* parent = nullptr);

    // The event types a measure of `kind` takes.
    static QStringList eventsFor(const QString& kind);
    void setType(const QString& type);
    QString errorText() const;
    bool submit();

Q_SIGNALS:
    void recorded(const regie::MeasureOutcome& outcome);

private:
    MeasureService& m_measures;
    QString m_measureId;
    QComboBox* m_type = nullptr;
    QDateEdit* m_date = nullptr;
    QSpinBox* m_months = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace regie
