#pragma once

#include "shell/Page.h"

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStandardItemModel;
class QTableView;

namespace regie {

class MeetingDeletion;
class MeetingService;
class ViewState;
class WritePath;
struct Error;
struct MeetingRecord;

// The item roles of the page's two tables (MeetingsPage.cpp, MeetingsPageRows.cpp).
namespace MeetingsPageRoles {
constexpr int IdRole = Qt::UserRole;
constexpr int MeetingRole = Qt::UserRole + 1;
constexpr int SortRole = Qt::UserRole + 2;
} // namespace MeetingsPageRoles

// "Meetings" (Overleg): the owners' consultations, core-group and partner meetings, newest
// first, and below them every open action point of every meeting - overdue ones first, in red
// with the word "Overdue" - so that none is missed; the navigation badge counts the overdue
// ones. Enter or a double-click opens a meeting (or an action point's meeting) in the meeting
// dialog; Ctrl+N records a new one; Delete (on the meetings table) deletes one entered by
// mistake after confirmation, undone with Ctrl+Z or the info bar (MeetingDeletion); "Deleted
// meetings…" lists the deleted ones and restores one (DeletedMeetingsDialog).
class MeetingsPage : public Page
{
    Q_OBJECT
public:
    MeetingsPage(std::unique_ptr<MeetingService> service, WritePath& writes,
                 ViewState* state = nullptr, QWidget* parent = nullptr);
    ~MeetingsPage() override;

    QString key() const override { return QStringLiteral("meetings"); }
    QString title() const override { return tr("Meetings"); }
    QIcon icon() const override;
    int badge() const override { return m_overdue; }
    void activate() override;
    void focusSearch() override;
    QUndoStack* undoStack() const override;

    QTableView* meetingTable() const { return m_meetings; }
    QTableView* actionTable() const { return m_actions; }
    QStandardItemModel* actionModel() const { return m_actionModel; }
    void reload();
    // Opens the meeting dialog on a meeting ("" = a new meeting); true when something was saved.
    bool openMeeting(const QString& meetingId);
    // Marks the selected action point done today.
    bool completeSelectedAction();
    // "Delete meeting…" on the selected meeting (asks for confirmation first).
    QAction* deleteMeetingAction() const;

    static QString errorText(const Error& error);

private:
    QWidget* buildTopBar();
    QWidget* buildActions();
    void reloadMeetings();
    void reloadActions();
    QString selectedMeeting() const;
    QString selectedActionMeeting() const;
    bool storeDialog(const MeetingRecord& start);
    // Column widths, sort and the splitter position are kept in the view state.
    void keepViewState(QSplitter* splitter);

    std::unique_ptr<MeetingService> m_service;
    ViewState* m_state = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showClosed = nullptr;
    QLabel* m_summary = nullptr;
    QStandardItemModel* m_meetingModel = nullptr;
    QSortFilterProxyModel* m_meetingProxy = nullptr;
    QTableView* m_meetings = nullptr;
    QStandardItemModel* m_actionModel = nullptr;
    QSortFilterProxyModel* m_actionProxy = nullptr;
    QTableView* m_actions = nullptr;
    MeetingDeletion* m_deletion = nullptr;
    int m_overdue = 0;
};

} // namespace regie
