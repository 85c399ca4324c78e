#pragma once

#include "common/Result.h"

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
// "Deleted meetings…" lists every deleted meeting (also those of earlier sessions and of other
// installations) and restores one (DeletedMeetingsDialog); that restore is undoable too.
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
    // "Deleted meetings…": opens the list of deleted meetings.
    QAction* deletedListAction() const { return m_listAction; }

    // Asks for confirmation, then deletes the meeting; true when it was deleted.
    bool deleteMeeting(const QString& meetingId);
    // Restores a deleted meeting as a step on the undo stack (undo deletes it again) and says
    // so in the status bar; a refusal is returned, not shown.
    Result<MeetingRemoval> restoreMeeting(const QString& meetingId);
    // Opens the list of deleted meetings (modal).
    void showDeletedList();

    // "1 oktober 2026 (Kerngroep, "Dubbel ingevoerd")": the meeting's date, type and title.
    static QString describe(const MeetingRemoval& meeting);
    // Why the service refused, in the user's words.
    static QString reason(const Error& error);
    // "Meeting of … restored, with 2 action points." and "The meeting was not deleted/restored:
    // …": the page's status bar and the list of deleted meetings say it alike.
    static QString restoredText(const MeetingRemoval& restored);
    static QString refusedText(bool deleting, const Error& error);

    // Called by the undo commands (MeetingDeletion.cpp). `offerUndo` shows the info bar.
    void showDeleted(const MeetingRemoval& removed, bool offerUndo = true);
    void showRestored(const MeetingRemoval& restored);
    void showRefused(const QString& text);

Q_SIGNALS:
    // The meeting table asks which meeting is selected ("" = none).
    void selectedMeetingRequested(QString* meetingId);
    void statusMessage(const QString& text);

private:
    MeetingService& m_service;
    QWidget* m_page = nullptr;
    QAction* m_action = nullptr;
    QAction* m_listAction = nullptr;
    QUndoStack* m_stack = nullptr;
    QWidget* m_bar = nullptr;
    QLabel* m_barText = nullptr;
};

} // namespace regie
