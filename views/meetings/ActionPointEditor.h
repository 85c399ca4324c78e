#pragma once

#include "meetings/MeetingRepository.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableWidget;

namespace regie {

// The action points of a meeting in the meeting dialog: a table (what, owner, due, state, an
// overdue one marked in red with the word "Overdue") and, below it, the selected action point's
// fields, edited with the keyboard: description, owner organisation and/or role, due date,
// status and the date it was done.
class ActionPointEditor : public QWidget
{
    Q_OBJECT
public:
    ActionPointEditor(const QVector<MeetingOrganisation>& organisations, const QDate& today,
                      QWidget* parent = nullptr);

    void setActions(const QVector<ActionPoint>& actions);
    QVector<ActionPoint> actions() const { return m_actions; }
    QTableWidget* table() const { return m_table; }
    // Appends an action point (due in two weeks) and puts the cursor in its description.
    void addAction();
    void removeCurrent();

    static QString statusLabel(const QString& status);

private:
    QWidget* buildForm();
    void showCurrent();
    void storeCurrent();
    void refreshRow(int row);

    QDate m_today;
    QVector<ActionPoint> m_actions;
    bool m_loading = false;
    QTableWidget* m_table = nullptr;
    QWidget* m_form = nullptr;
    QLineEdit* m_description = nullptr;
    QComboBox* m_owner = nullptr;
    QLineEdit* m_role = nullptr;
    QDateEdit* m_due = nullptr;
    QComboBox* m_status = nullptr;
    QDateEdit* m_done = nullptr;
};

} // namespace regie
