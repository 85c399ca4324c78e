#pragma once

#include "indicators/IndicatorCatalogue.h"
#include "indicators/IndicatorRecords.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace regie {

// A partner's figure for one of the plan's entered indicators and a period, with its source and
// the date the partner gave it (issue 5 §1). The caller writes it; a refusal keeps the dialog.
class FigureDialog : public QDialog
{
    Q_OBJECT
public:
    FigureDialog(const IndicatorCatalogue& catalogue, const QString& language, const Period& period,
                 const QDate& today, QWidget* parent = nullptr);
    IndicatorFigure figure() const;

private:
    QComboBox* m_indicator = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QDoubleSpinBox* m_value = nullptr;
    QLineEdit* m_source = nullptr;
    QDateEdit* m_sourceDate = nullptr;
    QLineEdit* m_note = nullptr;
};

// The police team's counts for one branch and period (action 2.1, branch inventory).
class BranchCountDialog : public QDialog
{
    Q_OBJECT
public:
    BranchCountDialog(const Period& period, const QDate& today, QWidget* parent = nullptr);
    BranchCount count() const;

    static QString branchLabel(const QString& branch);
    static QString fieldLabel(const QString& field);

private:
    QComboBox* m_branch = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QMap<QString, QSpinBox*> m_counts;
    QLineEdit* m_source = nullptr;
    QDateEdit* m_sourceDate = nullptr;
};

} // namespace regie
