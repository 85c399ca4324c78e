#pragma once

#include "measures/MeasureService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace regie {

class GasRepository;
class PersonPicker;
class PersonRepository;
class PremisesRepository;

// Records a measure the mayor decided (domain-rules.md §4): a place ban against a person (its
// perimeter, the hearing before it or the reason for urgency), a closure of premises for human
// trafficking (with the consultation of the judicial authorities) or for public-order
// disturbance (with the college's confirmation), or an order after a hearing invitation. Only
// the fields of the chosen kind show. MeasureService checks the dates and limits; a refusal
// shows here, the dialog stays open and nothing is stored.
class MeasureNewDialog : public QDialog
{
    Q_OBJECT
public:
    MeasureNewDialog(MeasureService& measures, const PersonRepository& people,
                     const PremisesRepository& premises, const QDate& today,
                     QWidget* parent = nullptr);

    MeasureInput input() const;
    QString errorText() const;
    void setKind(const QString& kind);
    PersonPicker* personPicker() const { return m_person; }
    // Chooses the premises by id; false when it is not in the list.
    bool setPremises(const QString& premisesId);
    // Offers the link to the GAS dossier the measure follows on (like `measure new --gas`).
    void setGasDossiers(const GasRepository& gas);
    QLineEdit* gasField() const { return m_gas; }
    // Stores the measure; false (the reason shown) when refused.
    bool submit();
    void accept() override;

Q_SIGNALS:
    void created(const regie::MeasureOutcome& outcome);

private:
    void fillPremises(const PremisesRepository& premises);
    void updateFields();
    void showError(const QString& text);
    QWidget* optionalDate(QCheckBox*& check, QDateEdit*& date, const QString& name,
                          const QString& label, const QDate& today);

    MeasureService& m_measures;
    QFormLayout* m_form = nullptr;
    QComboBox* m_kind = nullptr;
    PersonPicker* m_person = nullptr;
    QComboBox* m_premises = nullptr;
    QDateEdit* m_decided = nullptr;
    QDateEdit* m_start = nullptr;
    bool m_startEdited = false;
    QSpinBox* m_months = nullptr;
    QLineEdit* m_perimeter = nullptr;
    QWidget* m_hearingRow = nullptr;
    QCheckBox* m_hasHearing = nullptr;
    QDateEdit* m_hearing = nullptr;
    QLineEdit* m_urgency = nullptr;
    QDateEdit* m_consulted = nullptr;
    QWidget* m_confirmedRow = nullptr;
    QCheckBox* m_hasConfirmation = nullptr;
    QDateEdit* m_confirmed = nullptr;
    QDateEdit* m_validUntil = nullptr;
    QPlainTextEdit* m_order = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    const GasRepository* m_gasDossiers = nullptr;
    QLineEdit* m_gas = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace regie
