#pragma once

#include <QObject>
#include <QString>

class QAction;
class QLabel;
class QUndoStack;
class QWidget;

namespace regie {

class MeetingService;
struct MeetingRemoval;

// "Delete meeting…" on the Meetings page, for a meeting entered by mistake (a wrong date or
// type, a duplicate). The confirmation names the meeting (date, type) and how many action points
// go with it; the deletion is a command on the page's undo stack (Edit > Undo, Ctrl+Z) and an
// info bar "Meeting … deleted - Undo" offers the same undo with one key press.
class MeetingDeletion : public QObject
{
    Q_OBJECT
public:
    MeetingDeletion(MeetingService& service, QWidget* page);

    // The action (Delete key on the meetings table, context menu, the page's button).
    QAction* action() const { return m_action; }
    // The info bar shown after a deletion; hidden once it is undone.
    QWidget* bar() const { return m_bar; }
    QUndoStack* undoStack() const { return m_stack; }

    // Asks for confirmation, then deletes the meeting; true when it was deleted.
    bool deleteMeeting(const QString& meetingId);

    // Called by the undo command (MeetingDeletion.cpp).
    void showDeleted(const MeetingRemoval& removed);
    void showRestored(const MeetingRemoval& restored);
    void showRefused(const QString& text);

Q_SIGNALS:
    // The meeting table asks which meeting is selected ("" = none).
    void selectedMeetingRequested(QString* meetingId);
    void statusMessage(const QString& text);

private:
    QString describe(const MeetingRemoval& meeting) const;

    MeetingService& m_service;
    QWidget* m_page = nullptr;
    QAction* m_action = nullptr;
    QUndoStack* m_stack = nullptr;
    QWidget* m_bar = nullptr;
    QLabel* m_barText = nullptr;
};

} // namespace regie
