#include "DeletedMeetingsDialog.h"

#include "MeetingDeletion.h"
#include "MeetingTable.h"
#include "common/ErrorText.h"
#include "indicators/RecordDialogs.h"
#include "meetings/MeetingService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace regie {

namespace {

constexpr int IdRole = Qt::UserRole;

QStandardItem* cell(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

} // namespace

DeletedMeetingsDialog::DeletedMeetingsDialog(MeetingService& service, MeetingDeletion& deletion,
                                             QWidget* parent)
    : QDialog(parent), m_service(service), m_deletion(deletion)
{
    setObjectName(QStringLiteral("deletedMeetingsDialog"));
    setWindowTitle(tr("Deleted meetings"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A meeting deleted by mistake can be restored here, with the "
                                "agenda, attendance and action points deleted with it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_model = new QStandardItemModel(0, 5, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Date"), tr("Title"), tr("Type"), tr("Deleted on"), tr("Deleted by")});
    m_table = makeMeetingTable(m_model, QStringLiteral("deletedMeetingsTable"), this);
    m_table->setSortingEnabled(false); // latest deletion first
    m_table->setColumnWidth(0, 120);
    m_table->setColumnWidth(1, 240);
    m_table->setColumnWidth(2, 330);
    m_table->setColumnWidth(3, 170);

    auto* empty = new QLabel(
        QStringLiteral("<p><b>%1</b></p><p>%2</p>")
            .arg(tr("No deleted meetings."),
                 tr("A meeting you delete on the Meetings page appears here, so that it can be "
                    "restored.")),
        this);
    empty->setObjectName(QStringLiteral("deletedMeetingsEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(empty);
    layout->addWidget(m_stack, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("deletedMeetingsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreMeeting"));
    m_restore->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_restore->setToolTip(tr("Bring the selected meeting back with its agenda and action points "
                             "(Enter or double-click)"));
    // Enter on the table restores (activated); no button takes Enter as well.
    for (QAbstractButton* button : buttons->buttons())
        if (auto* push = qobject_cast<QPushButton*>(button))
            push->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &DeletedMeetingsDialog::restoreSelected);
    connect(m_table, &QTableView::activated, this, &DeletedMeetingsDialog::restoreSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeletedMeetingsDialog::updateButtons);
    resize(1000, 420);
    reload();
}

void DeletedMeetingsDialog::reload()
{
    m_model->removeRows(0, m_model->rowCount());
    auto all = m_service.repository().deleted();
    if (!all) {
        showMessage(ErrorText::message(all.error()), true);
        m_stack->setCurrentIndex(0);
        updateButtons();
        return;
    }
    const QLocale locale;
    for (const DeletedMeeting& d : all.value()) {
        const QString when =
            d.deletedAt.isValid()
                ? locale.toString(d.deletedAt.toLocalTime(), QStringLiteral("ddd d MMM yyyy HH:mm"))
                : tr("unknown");
        QList<QStandardItem*> row{
            cell(locale.toString(d.meeting.date, QStringLiteral("ddd d MMM yyyy"))),
            cell(d.meeting.title), cell(RecordDialog::meetingTypeLabel(d.meeting.type)),
            cell(when), cell(d.deletedBy.isEmpty() ? tr("unknown") : d.deletedBy)};
        row.first()->setData(d.meeting.id, IdRole);
        if (!d.installation.isEmpty())
            row.last()->setToolTip(tr("On installation %1").arg(d.installation));
        m_model->appendRow(row);
    }
    const bool empty = all->isEmpty();
    m_stack->setCurrentIndex(empty ? 1 : 0);
    if (!empty)
        m_table->selectRow(0);
    updateButtons();
}

QString DeletedMeetingsDialog::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->index(rows.first().row(), 0).data(IdRole).toString();
}

void DeletedMeetingsDialog::updateButtons()
{
    m_restore->setEnabled(!selectedId().isEmpty());
}

void DeletedMeetingsDialog::showMessage(const QString& text, bool refused)
{
    // The word says it; the colour only underlines it.
    m_message->setStyleSheet(refused ? QStringLiteral("color: #b01c1c;") : QString());
    m_message->setText(text);
    m_message->show();
}

bool DeletedMeetingsDialog::restoreSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return false;
    const int row = m_table->selectionModel()->selectedRows().first().row();
    auto restored = m_deletion.restoreMeeting(id);
    if (!restored) {
        showMessage(MeetingDeletion::refusedText(false, restored.error()), true);
        reload();
        return false;
    }
    showMessage(MeetingDeletion::restoredText(restored.value()), false);
    reload();
    if (m_model->rowCount() > 0)
        m_table->selectRow(std::min(row, m_model->rowCount() - 1));
    m_table->setFocus();
    return true;
}

} // namespace regie
