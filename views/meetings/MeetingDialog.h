#pragma once

#include "meetings/MeetingRepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace regie {

class ActionPointEditor;

// Records a meeting whole with the keyboard: type, date and title; the attending organisations
// as a checkable list and other attendees by role; the agenda (add, remove, reorder with
// Insert, Delete, Alt+Up and Alt+Down); the minutes; the action points. A meeting without id is
// a new one. The caller stores record() and keeps the dialog open when that is refused.
class MeetingDialog : public QDialog
{
    Q_OBJECT
public:
    MeetingDialog(const MeetingRecord& record, const QVector<MeetingOrganisation>& organisations,
                  const QDate& today, QWidget* parent = nullptr);

    MeetingRecord record() const;
    ActionPointEditor* actionEditor() const { return m_actions; }

    void addTopic(const QString& text = {});
    void removeTopic();
    // Moves the selected agenda item up (-1) or down (+1).
    void moveTopic(int delta);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildAttendees(const QVector<MeetingOrganisation>& organisations);
    QWidget* buildAgenda();

    MeetingRecord m_original;
    QComboBox* m_type = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_title = nullptr;
    QListWidget* m_organisations = nullptr;
    QLineEdit* m_roles = nullptr;
    QListWidget* m_topics = nullptr;
    QPlainTextEdit* m_minutes = nullptr;
    ActionPointEditor* m_actions = nullptr;
};

} // namespace regie
