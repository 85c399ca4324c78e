// The Sync page's words for a finished import: the preview of what a bundle would do and the
// message after an import, a backlog wait or a receipt.

#include "SyncPage.h"
#include "sync/ImportCountsModel.h"

#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QTableView>

namespace regie {

void SyncPage::showPreview(const ImportResult& r)
{
    m_counts->setCounts(r.counts);
    const QString when = QLocale().toString(r.header.createdAt.toLocalTime(), QLocale::ShortFormat);
    if (r.outcome == ImportResult::Outcome::Waiting) {
        m_previewTitle->setText(
            tr("Bundle from <b>%1</b>, made %2, starts at change %3 but this installation has "
               "applied %1's changes only up to %4. Importing it puts it in the backlog until "
               "the bundle before it arrives.")
                .arg(r.senderName.toHtmlEscaped(), when)
                .arg(r.header.fromSeq)
                .arg(r.appliedSeq));
        m_previewTable->hide();
    } else {
        const EntityCounts t = m_counts->total();
        m_previewTitle->setText(
            tr("Bundle from <b>%1</b>, made %2, with %3 change(s): %4 new record(s), %5 field(s) "
               "changed, %6 conflict(s). Nothing has been changed yet.")
                .arg(r.senderName.toHtmlEscaped(), when)
                .arg(r.header.changes)
                .arg(t.created)
                .arg(t.changed)
                .arg(t.conflicts));
        m_previewTable->show();
        m_previewTable->resizeColumnsToContents();
    }
    m_preview->show();
    showMessage(QString(), false);
}

void SyncPage::showImported(const ImportResult& r)
{
    QString text;
    switch (r.outcome) {
    case ImportResult::Outcome::ReceiptRead:
        text = tr("Receipt from %1: it has applied this installation's changes up to change %2. "
                  "The next bundle for %1 starts after it.")
                   .arg(r.senderName)
                   .arg(r.appliedSeq);
        break;
    case ImportResult::Outcome::Waiting:
        text = tr("The bundle from %1 waits in the backlog. It is applied by itself when the "
                  "bundle before it has been imported.")
                   .arg(r.senderName);
        break;
    case ImportResult::Outcome::Preview:
    case ImportResult::Outcome::Applied: {
        ImportCountsModel totals;
        totals.setCounts(r.counts);
        const EntityCounts t = totals.total();
        text = tr("Imported the bundle from %1: %2 new record(s), %3 field(s) changed.")
                   .arg(r.senderName)
                   .arg(t.created)
                   .arg(t.changed);
        if (t.conflicts > 0)
            text += QLatin1Char(' ') +
                    tr("%n conflict(s) wait on the Conflicts page.", nullptr, t.conflicts);
        if (!r.fromBacklog.isEmpty())
            text += QLatin1Char(' ') + tr("%n waiting bundle(s) from the backlog applied too.",
                                          nullptr, int(r.fromBacklog.size()));
        break;
    }
    }
    if (!r.receiptPath.isEmpty())
        text += QLatin1Char(' ') + tr("Send the receipt %1 back to %2.")
                                       .arg(QDir::toNativeSeparators(r.receiptPath), r.senderName);
    if (!r.receiptProblem.isEmpty())
        text += QLatin1Char(' ') + tr("No receipt could be written: %1").arg(r.receiptProblem);
    showMessage(text, false);
}

} // namespace regie
