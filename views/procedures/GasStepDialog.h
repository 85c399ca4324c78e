#pragma once

#include "procedures/GasService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace regie {

// Records one step of a GAS dossier: the date and, depending on the step, the amount, the
// outcome, the court or the payment reference. The service checks the step against the rules;
// a refusal is shown in the dialog (naming the rule and the dates) and nothing is stored, so the
// user can correct the date or cancel.
class GasStepDialog : public QDialog
{
    Q_OBJECT
public:
    GasStepDialog(GasService& gas, const GasDossier& dossier, const QString& type,
                  const QDate& today, QWidget* parent = nullptr);

    QString type() const { return m_type; }
    GasEventInput input() const;
    // The refusal or validation message of the last attempt; empty when none.
    QString errorText() const;
    // Records the step; true when the service accepted it (the dialog then closes).
    bool submit();

Q_SIGNALS:
    void recorded(const regie::GasOutcome& outcome);

private:
    bool needsAmount() const;

    GasService& m_gas;
    QString m_dossierId;
    QString m_type;
    QDateEdit* m_date = nullptr;
    QDoubleSpinBox* m_amount = nullptr;
    QComboBox* m_outcome = nullptr;
    QLineEdit* m_court = nullptr;
    QLineEdit* m_reference = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace regie
