// MeetingsPage: filling the meetings and action-point tables (split from MeetingsPage.cpp).

#include "MeetingsPage.h"

#include "ActionPointEditor.h"
#include "common/Clock.h"
#include "indicators/RecordDialogs.h"
#include "meetings/MeetingService.h"

#include <QCheckBox>
#include <QColor>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace regie {

namespace {

using namespace MeetingsPageRoles;

QStandardItem* cell(const QString& text, const QVariant& sort = {})
{
    auto* item = new QStandardItem(text);
    item->setData(sort.isValid() ? sort : QVariant(text), SortRole);
    return item;
}

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

} // namespace

void MeetingsPage::reloadMeetings()
{
    const QDate today = m_service->clock().today();
    auto all = m_service->repository().list({QDate(1900, 1, 1), today}, today);
    m_meetingModel->removeRows(0, m_meetingModel->rowCount());
    if (!all) {
        Q_EMIT statusMessage(errorText(all.error()));
        return;
    }
    for (const MeetingSummary& s : all.value()) {
        const QString open = s.overdueActions > 0
                                 ? tr("%1 (%2 overdue)").arg(s.openActions).arg(s.overdueActions)
                                 : QString::number(s.openActions);
        QList<QStandardItem*> row{
            cell(shortDate(s.meeting.date), s.meeting.date.toString(Qt::ISODate)),
            cell(RecordDialog::meetingTypeLabel(s.meeting.type)), cell(s.meeting.title),
            cell(QString::number(s.attendees), s.attendees),
            cell(QString::number(s.topics), s.topics), cell(open, s.openActions)};
        row.first()->setData(s.meeting.id, IdRole);
        if (s.overdueActions > 0)
            row.last()->setForeground(QColor(0xb0, 0x1c, 0x1c));
        m_meetingModel->appendRow(row);
    }
}

void MeetingsPage::reloadActions()
{
    const QDate today = m_service->clock().today();
    auto all = m_service->repository().actions(!m_showClosed->isChecked(), today);
    m_actionModel->removeRows(0, m_actionModel->rowCount());
    if (!all) {
        Q_EMIT statusMessage(errorText(all.error()));
        return;
    }
    const QIcon overdueIcon(QStringLiteral(":/regie/icons/deadline-overdue.svg"));
    int overdue = 0;
    int open = 0;
    for (const ActionPoint& a : all.value()) {
        const bool late = a.isOverdue(today);
        overdue += late ? 1 : 0;
        open += a.isOpen() ? 1 : 0;
        const QString state =
            late ? tr("Overdue (%n day(s))", nullptr, -a.daysLeft(today))
                 : a.isOpen() ? tr("Open") : ActionPointEditor::statusLabel(a.status);
        QString owner = a.ownerName.isEmpty() ? a.ownerRole : a.ownerName;
        if (!a.ownerName.isEmpty() && !a.ownerRole.isEmpty())
            owner += QStringLiteral(" (%1)").arg(a.ownerRole);
        const QString meeting = QStringLiteral("%1 - %2").arg(
            shortDate(a.meetingDate),
            a.meetingTitle.isEmpty() ? RecordDialog::meetingTypeLabel(a.meetingType)
                                     : a.meetingTitle);
        QList<QStandardItem*> row{cell(state), cell(shortDate(a.due)), cell(a.description),
                                  cell(owner), cell(meeting)};
        row.first()->setData(a.id, IdRole);
        row.first()->setData(a.meetingId, MeetingRole);
        for (QStandardItem* item : row) {
            if (late)
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            else if (!a.isOpen())
                item->setForeground(QColor(0x70, 0x70, 0x70));
        }
        if (late)
            row.first()->setIcon(overdueIcon);
        m_actionModel->appendRow(row);
    }
    m_summary->setText(open == 0 ? tr("No open action points.")
                                 : tr("%n open action point(s), of which %1 overdue.", nullptr,
                                      open)
                                       .arg(overdue));
    if (overdue != m_overdue) {
        m_overdue = overdue;
        Q_EMIT badgeChanged();
    }
}

} // namespace regie
