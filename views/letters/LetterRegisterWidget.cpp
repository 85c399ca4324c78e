#include "LetterRegisterWidget.h"

#include "LetterRegisterDialogs.h"
#include "common/Clock.h"
#include "common/ErrorText.h"
#include "procedures/ProcedureText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace regie {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

LetterRegisterWidget::LetterRegisterWidget(LetterService& letters, const Clock& clock,
                                           QWidget* parent)
    : QWidget(parent), m_letters(letters), m_clock(clock)
{
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("letterRegister"));
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(true);
    m_table->setHeaderLabels({tr("Letter"), tr("Posted"), tr("Receipt or return"), tr("Notified")});
    // The title takes the room that is left; dates, tracking and status are shown whole.
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(LetterColumn, QHeaderView::Stretch);
    m_table->header()->setMinimumSectionSize(60);
    m_post = new QPushButton(tr("&Posted…"), this);
    m_post->setObjectName(QStringLiteral("letterPost"));
    m_post->setToolTip(tr("Record the posting date and tracking number of the selected letter"));
    m_receipt = new QPushButton(tr("Re&ceipt or return…"), this);
    m_receipt->setObjectName(QStringLiteral("letterReceipt"));
    m_receipt->setToolTip(
        tr("Record the proof of receipt of the selected letter, or that it came back"));
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("letterRegisterDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(4);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_post);
    buttons->addWidget(m_receipt);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &LetterRegisterWidget::updateButtons);
    connect(m_table, &QTreeWidget::itemActivated, this, [this] {
        if (m_post->isEnabled())
            recordPosting();
        else if (m_receipt->isEnabled())
            recordReceipt();
    });
    connect(m_post, &QPushButton::clicked, this, &LetterRegisterWidget::recordPosting);
    connect(m_receipt, &QPushButton::clicked, this, &LetterRegisterWidget::recordReceipt);
    updateButtons();
}

void LetterRegisterWidget::setDossier(const QString& dossier)
{
    m_dossier = dossier;
    reload();
}

QString LetterRegisterWidget::titleOf(const Letter& letter) const
{
    auto found = m_letters.catalogue().find(letter.templateId, letter.templateVersion);
    return found.ok() ? found->title : letter.templateId;
}

void LetterRegisterWidget::reload()
{
    const Letter* current = selected();
    const QString currentId = current ? current->id : QString();
    m_table->clear();
    m_rows.clear();
    if (!m_dossier.isEmpty()) {
        auto letters = m_letters.list(m_dossier);
        if (letters.ok())
            m_rows = std::move(letters).value();
        else
            Q_EMIT statusMessage(ErrorText::message(letters.error()));
    }
    for (const Letter& l : std::as_const(m_rows)) {
        auto* item = new QTreeWidgetItem(m_table);
        item->setData(0, kIdRole, l.id);
        item->setText(LetterColumn, titleOf(l));
        item->setToolTip(LetterColumn,
                         tr("%1, made on %2 (template %3, version %4)")
                             .arg(titleOf(l),
                                  ProcedureText::shortDate(l.created.toLocalTime().date()),
                                  l.templateId)
                             .arg(l.templateVersion));
        if (!l.registered)
            item->setText(PostedColumn, tr("ordinary post"));
        else if (l.postedDate.isValid())
            item->setText(PostedColumn, QStringLiteral("%1 · %2").arg(
                                            ProcedureText::shortDate(l.postedDate), l.tracking));
        else
            item->setText(PostedColumn, tr("not yet posted"));
        if (l.receivedDate.isValid())
            item->setText(DeliveryColumn,
                          tr("received %1").arg(ProcedureText::shortDate(l.receivedDate)));
        else if (!l.returnedReason.isEmpty())
            item->setText(
                DeliveryColumn,
                l.returnedDate.isValid()
                    ? tr("returned %1: %2")
                          .arg(ProcedureText::shortDate(l.returnedDate),
                               LetterReceiptDialog::reasonLabel(l.returnedReason))
                    : tr("returned: %1").arg(LetterReceiptDialog::reasonLabel(l.returnedReason)));
        else if (l.postedDate.isValid())
            item->setText(DeliveryColumn, tr("awaiting receipt"));
        item->setText(NotifiedColumn, ProcedureText::shortDate(l.notifiedDate));
        item->setToolTip(NotifiedColumn, l.notifiedHow);
        if (l.id == currentId)
            m_table->setCurrentItem(item);
    }
    if (!m_table->currentItem() && m_table->topLevelItemCount() > 0)
        m_table->setCurrentItem(m_table->topLevelItem(m_table->topLevelItemCount() - 1));
    updateButtons();
}

int LetterRegisterWidget::letterCount() const
{
    return int(m_rows.size());
}

const Letter* LetterRegisterWidget::selected() const
{
    const QTreeWidgetItem* item = m_table ? m_table->currentItem() : nullptr;
    if (!item)
        return nullptr;
    const QString id = item->data(0, kIdRole).toString();
    for (const Letter& l : m_rows) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

bool LetterRegisterWidget::selectLetter(const QString& letterId)
{
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_table->topLevelItem(i);
        if (item->data(0, kIdRole).toString() == letterId) {
            m_table->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void LetterRegisterWidget::updateButtons()
{
    const Letter* l = selected();
    const bool canPost = l && l->registered && !l->postedDate.isValid();
    const bool canReceipt = l && l->registered && l->postedDate.isValid() &&
                            !l->receivedDate.isValid() && l->returnedReason.isEmpty();
    m_post->setEnabled(canPost);
    m_receipt->setEnabled(canReceipt);
    if (m_rows.isEmpty())
        m_detail->setText(m_dossier.isEmpty()
                              ? QString()
                              : tr("No letters for this dossier yet. Write one with “Letter…”."));
    else if (!l)
        m_detail->setText(tr("Select a letter to see its place in the register."));
    else if (!l->registered)
        m_detail->setText(tr("Sent by ordinary post: it has no place in the register and no "
                             "term runs from it."));
    else if (!l->postedDate.isValid())
        m_detail->setText(tr("Not posted yet: the terms that run from this letter start only "
                             "once its posting is recorded."));
    else
        m_detail->setText(tr("Notification: %1").arg(l->notifiedHow));
}

LetterPostDialog* LetterRegisterWidget::recordPosting()
{
    const Letter* l = selected();
    if (!l || !l->registered || l->postedDate.isValid())
        return nullptr;
    auto* dialog = new LetterPostDialog(m_letters, *l, titleOf(*l), m_clock.today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &LetterPostDialog::recorded, this,
            [this](const LetterOutcome& outcome) { recorded(outcome, tr("Posting")); });
    dialog->show();
    return dialog;
}

LetterReceiptDialog* LetterRegisterWidget::recordReceipt()
{
    const Letter* l = selected();
    if (!l || !l->registered || !l->postedDate.isValid() || l->receivedDate.isValid() ||
        !l->returnedReason.isEmpty())
        return nullptr;
    auto* dialog = new LetterReceiptDialog(m_letters, *l, titleOf(*l), m_clock.today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &LetterReceiptDialog::recorded, this, [this](const LetterOutcome& outcome) {
        recorded(outcome, outcome.letter.receivedDate.isValid() ? tr("Receipt") : tr("Return"));
    });
    dialog->show();
    return dialog;
}

void LetterRegisterWidget::recorded(const LetterOutcome& outcome, const QString& what)
{
    reload();
    selectLetter(outcome.letter.id);
    QStringList notes{tr("%1 of %2 recorded; notified on %3.")
                          .arg(what, titleOf(outcome.letter),
                               ProcedureText::longDate(outcome.letter.notifiedDate))};
    notes << outcome.warnings;
    Q_EMIT statusMessage(notes.join(QLatin1Char(' ')));
    Q_EMIT registerChanged(outcome.letter, outcome.warnings);
}

} // namespace regie
