#pragma once

#include <QDialog>
#include <QVector>

class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace regie {

class MeetingDeletion;
class MeetingService;
struct DeletedMeeting;

// "Deleted meetings" (from the Meetings page): every meeting deleted now, latest deletion first,
// with its date, title, type and when and by whom it was deleted. Restore (also Enter or a
// double-click on a row) brings the selected one back with what its deletion took away, as an
// undoable step of the page (MeetingDeletion::restoreMeeting); a refusal is shown with its reason
// in the dialog. An empty list says so.
class DeletedMeetingsDialog : public QDialog
{
    Q_OBJECT
public:
    DeletedMeetingsDialog(MeetingService& service, MeetingDeletion& deletion,
                          QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QPushButton* restoreButton() const { return m_restore; }
    // The outcome of the last restore (or why it was refused).
    QLabel* message() const { return m_message; }
    // Reads the deleted meetings again.
    void reload();
    // Restores the selected meeting; true when it came back.
    bool restoreSelected();

private:
    QString selectedId() const;
    void showMessage(const QString& text, bool refused);
    void updateButtons();

    MeetingService& m_service;
    MeetingDeletion& m_deletion;
    QStackedWidget* m_stack = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace regie
