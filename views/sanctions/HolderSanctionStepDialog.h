#pragma once

#include "sanctions/HolderSanction.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace regie {

class HolderSanctionService;

// Records one step of a sanction procedure against a certificate holder. The fields follow the
// step (a finding asks for its police report, a decision for its kind, first and last day and
// notification); the service decides, and a refusal is shown in the dialog with the rule and
// dates while nothing is stored.
class HolderSanctionStepDialog : public QDialog
{
    Q_OBJECT
public:
    HolderSanctionStepDialog(HolderSanctionService& service, const HolderSanction& dossier,
                             const QDate& today, QWidget* parent = nullptr);

    static QString stepLabel(const QString& type);
    static QString decisionLabel(const QString& decision);
    static QString phaseLabel(const QString& phase);

Q_SIGNALS:
    void recorded(const regie::HolderSanction& dossier, const QStringList& warnings);

private:
    void updateFields();
    void record();
    HolderSanctionEvent event() const;

    HolderSanctionService& m_service;
    QString m_dossier;
    QComboBox* m_type = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_report = nullptr;
    QComboBox* m_decision = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QDateEdit* m_notified = nullptr;
    QLineEdit* m_outcome = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
    QList<QWidget*> m_decisionRows;
};

} // namespace regie
