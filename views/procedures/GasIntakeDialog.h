#pragma once

#include "procedures/GasService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace regie {

class PersonRepository;

// Registers a finding (domain-rules.md §2): the offender (searched in the people register as
// you type), the offence from the catalogue, the date of facts and the day the finding reached
// the sanctioning official, the report, the place and the intended fine. The service refuses
// facts in the future or a fine above the ceiling; the refusal shows here and nothing is stored.
class GasIntakeDialog : public QDialog
{
    Q_OBJECT
public:
    GasIntakeDialog(GasService& gas, const PersonRepository& people, const QDate& today,
                    QWidget* parent = nullptr);

    GasIntake intake() const;
    QString errorText() const;
    // Chooses the offender (as picking from the suggestions does).
    void setPerson(const QString& id, const QString& name);
    bool submit();

Q_SIGNALS:
    void registered(const regie::GasOutcome& outcome);

private:
    void suggestPeople();

    GasService& m_gas;
    const PersonRepository& m_people;
    QString m_personId;
    QLineEdit* m_personSearch = nullptr;
    QComboBox* m_personChoice = nullptr;
    QTimer* m_searchTimer = nullptr;
    QComboBox* m_offence = nullptr;
    QDateEdit* m_facts = nullptr;
    QDateEdit* m_received = nullptr;
    QLineEdit* m_report = nullptr;
    QComboBox* m_reportKind = nullptr;
    QLineEdit* m_place = nullptr;
    QDoubleSpinBox* m_fine = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace regie
