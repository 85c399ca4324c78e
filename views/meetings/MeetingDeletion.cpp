#include "MeetingDeletion.h"

#include "DeletedMeetingsDialog.h"
#include "common/ErrorText.h"
#include "indicators/RecordDialogs.h"
#include "meetings/MeetingService.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoCommand>
#include <QUndoStack>

namespace regie {

namespace {

// A deletion or restore done on the page, as a step of its undo stack: undo does the opposite,
// redo does it again. The first redo (when pushed) does nothing: the step already happened.
// Deleting again after a restore is undone by redo, so it offers no Undo bar of its own.
class MeetingStateCommand : public QUndoCommand
{
public:
    enum class Step { Delete, Restore };

    MeetingStateCommand(MeetingService& service, MeetingDeletion& owner, QString meetingId,
                        Step step, const QString& text)
        : QUndoCommand(text), m_service(service), m_owner(owner), m_id(std::move(meetingId)),
          m_step(step)
    {
    }

    void undo() override { run(m_step == Step::Restore); }

    void redo() override
    {
        if (m_pushed) {
            m_pushed = false;
            return;
        }
        run(m_step == Step::Delete);
    }

private:
    void run(bool remove)
    {
        auto done = remove ? m_service.remove(m_id) : m_service.restore(m_id);
        if (!done) {
            setObsolete(true); // done elsewhere meanwhile (another installation, the CLI)
            m_owner.showRefused(MeetingDeletion::refusedText(remove, done.error()));
            return;
        }
        if (remove)
            m_owner.showDeleted(done.value(), m_step == Step::Delete);
        else
            m_owner.showRestored(done.value());
    }

    MeetingService& m_service;
    MeetingDeletion& m_owner;
    QString m_id;
    Step m_step;
    bool m_pushed = true;
};

} // namespace

QString MeetingDeletion::restoredText(const MeetingRemoval& restored)
{
    return tr("Meeting of %1 restored, with %n action point(s).", nullptr, restored.actions)
        .arg(describe(restored));
}

QString MeetingDeletion::refusedText(bool deleting, const Error& error)
{
    const QString text = deleting ? tr("The meeting was not deleted: %1.")
                                  : tr("The meeting was not restored: %1.");
    return text.arg(reason(error));
}

QString MeetingDeletion::reason(const Error& error)
{
    // The service words its refusals for the user (translated in core).
    if (error.code == ErrorCode::NotFound || error.code == ErrorCode::RuleViolation)
        return error.detail;
    return ErrorText::message(error);
}

MeetingDeletion::MeetingDeletion(MeetingService& service, QWidget* page)
    : QObject(page), m_service(service), m_page(page)
{
    m_stack = new QUndoStack(this);
    m_action = new QAction(tr("De&lete meeting…"), this);
    m_action->setObjectName(QStringLiteral("deleteMeetingAction"));
    m_action->setShortcut(QKeySequence::Delete);
    m_action->setShortcutContext(Qt::WidgetShortcut); // on the meetings table only
    m_action->setToolTip(
        tr("Delete the selected meeting with its agenda and action points (%1)")
            .arg(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)));
    connect(m_action, &QAction::triggered, this, [this] {
        QString id;
        Q_EMIT selectedMeetingRequested(&id);
        deleteMeeting(id);
    });
    m_listAction = new QAction(tr("Deleted meeting&s…"), this);
    m_listAction->setObjectName(QStringLiteral("deletedMeetingsAction"));
    m_listAction->setToolTip(tr("Find a deleted meeting and restore it"));
    connect(m_listAction, &QAction::triggered, this, &MeetingDeletion::showDeletedList);

    auto* bar = new QFrame(page);
    bar->setObjectName(QStringLiteral("meetingDeletedBar"));
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setAutoFillBackground(true);
    QPalette palette = bar->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    palette.setColor(QPalette::WindowText, QColor(0x3b, 0x2f, 0x00));
    bar->setPalette(palette);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(8, 4, 8, 4);
    m_barText = new QLabel(bar);
    m_barText->setObjectName(QStringLiteral("meetingDeletedText"));
    auto* undo = new QPushButton(tr("&Undo"), bar);
    undo->setObjectName(QStringLiteral("undoMeetingDelete"));
    undo->setToolTip(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    auto* close = new QPushButton(tr("Close"), bar);
    row->addWidget(m_barText, 1);
    row->addWidget(undo);
    row->addWidget(close);
    connect(undo, &QPushButton::clicked, m_stack, &QUndoStack::undo);
    connect(close, &QPushButton::clicked, bar, &QWidget::hide);
    bar->hide();
    m_bar = bar;
}

QString MeetingDeletion::describe(const MeetingRemoval& removed)
{
    const Meeting& m = removed.meeting;
    const QString when = QLocale().toString(m.date, QLocale::LongFormat);
    const QString type = RecordDialog::meetingTypeLabel(m.type);
    return m.title.isEmpty() ? tr("%1 (%2)").arg(when, type)
                             : tr("%1 (%2, \"%3\")").arg(when, type, m.title);
}

bool MeetingDeletion::deleteMeeting(const QString& meetingId)
{
    if (meetingId.isEmpty()) {
        Q_EMIT statusMessage(tr("Select a meeting first."));
        return false;
    }
    auto found = m_service.repository().find(meetingId);
    if (!found) {
        QMessageBox::warning(m_page, tr("Delete meeting"),
                             tr("The meeting was not deleted: %1.").arg(reason(found.error())));
        return false;
    }
    MeetingRemoval shown{found->meeting, int(found->attendees.size()), int(found->topics.size()),
                         int(found->actions.size()), 0};
    for (const ActionPoint& a : found->actions)
        shown.openActions += a.isOpen() ? 1 : 0;

    QMessageBox box(QMessageBox::Warning, tr("Delete meeting"),
                    tr("Delete the meeting of %1?").arg(describe(shown)), QMessageBox::NoButton,
                    m_page);
    box.setObjectName(QStringLiteral("confirmMeetingDelete"));
    QStringList consequences;
    consequences << (shown.actions == 0
                         ? tr("It has no action points.")
                         : tr("%n action point(s) go with it (%1 still open).", nullptr,
                              shown.actions)
                               .arg(shown.openActions));
    consequences << tr("Its agenda (%n item(s)) and attendance go with it too.", nullptr,
                       shown.topics);
    if (shown.openActions > 0)
        consequences << tr("Its open action points no longer appear in the list of action "
                           "points and no longer count as overdue.");
    consequences << tr("You can undo this with Ctrl+Z or the Undo button that appears.");
    box.setInformativeText(consequences.join(QLatin1Char(' ')));
    QPushButton* remove = box.addButton(tr("&Delete meeting"), QMessageBox::DestructiveRole);
    QPushButton* keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != remove)
        return false;

    auto removed = m_service.remove(meetingId);
    if (!removed) {
        QMessageBox::warning(m_page, tr("Delete meeting"),
                             tr("The meeting was not deleted: %1.").arg(reason(removed.error())));
        return false;
    }
    m_stack->push(new MeetingStateCommand(
        m_service, *this, meetingId, MeetingStateCommand::Step::Delete,
        tr("delete meeting of %1").arg(describe(removed.value()))));
    showDeleted(removed.value());
    return true;
}

Result<MeetingRemoval> MeetingDeletion::restoreMeeting(const QString& meetingId)
{
    auto restored = m_service.restore(meetingId);
    if (!restored)
        return restored;
    m_stack->push(new MeetingStateCommand(
        m_service, *this, meetingId, MeetingStateCommand::Step::Restore,
        tr("restore meeting of %1").arg(describe(restored.value()))));
    showRestored(restored.value());
    return restored;
}

void MeetingDeletion::showDeletedList()
{
    DeletedMeetingsDialog dialog(m_service, *this, m_page);
    dialog.exec();
}

void MeetingDeletion::showDeleted(const MeetingRemoval& removed, bool offerUndo)
{
    const QString text =
        tr("Meeting of %1 deleted, with %n action point(s).", nullptr, removed.actions)
            .arg(describe(removed));
    if (offerUndo) {
        m_barText->setText(text);
        m_bar->show();
        Q_EMIT statusMessage(tr("Meeting deleted"));
    } else {
        m_bar->hide();
        Q_EMIT statusMessage(text);
    }
}

void MeetingDeletion::showRestored(const MeetingRemoval& restored)
{
    m_bar->hide();
    Q_EMIT statusMessage(restoredText(restored));
}

void MeetingDeletion::showRefused(const QString& text)
{
    m_bar->hide();
    QMessageBox::warning(m_page, tr("Meeting"), text);
}

} // namespace regie
