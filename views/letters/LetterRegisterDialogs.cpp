#include "LetterRegisterDialogs.h"

#include "common/ErrorText.h"
#include "common/FormWidgets.h"
#include "letters/RegisteredPost.h"
#include "procedures/ProcedureText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace regie {

namespace {

QLabel* errorLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c01c28;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void showError(QLabel* error, const QString& text)
{
    error->setText(text);
    error->setVisible(!text.isEmpty());
}

} // namespace

LetterPostDialog::LetterPostDialog(LetterService& letters, const Letter& letter,
                                   const QString& title, const QDate& today, QWidget* parent)
    : QDialog(parent), m_letters(letters), m_letterId(letter.id)
{
    setObjectName(QStringLiteral("letterPostDialog"));
    setWindowTitle(tr("Letter posted — %1").arg(letter.dossierNumber));
    auto* form = new QFormLayout;
    m_date = makeDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("letterPostedDate"));
    m_date->setMinimumDate(letter.created.toLocalTime().date());
    m_date->setMaximumDate(today);
    form->addRow(tr("&Posted on"), m_date);
    m_tracking = new QLineEdit(this);
    m_tracking->setObjectName(QStringLiteral("letterTracking"));
    m_tracking->setPlaceholderText(tr("e.g. RR123456785BE"));
    m_tracking->setToolTip(tr("The number on the bpost receipt of the registered letter"));
    form->addRow(tr("&Tracking number"), m_tracking);
    m_error = errorLabel(QStringLiteral("letterPostError"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading(
        tr("%1, made on %2.").arg(title, ProcedureText::shortDate(letter.created.date())), this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(makeSaveCancel(this));
    setMinimumWidth(460);
    // Today is the usual posting date: the number from the postal receipt is what is typed.
    m_tracking->setFocus();
}

void LetterPostDialog::setPosting(const QDate& date, const QString& tracking)
{
    m_date->setDate(date);
    m_tracking->setText(tracking);
}

QString LetterPostDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool LetterPostDialog::submit()
{
    auto outcome = m_letters.post(m_letterId, m_date->date(), m_tracking->text().trimmed());
    if (!outcome.ok()) {
        showError(m_error, ErrorText::message(outcome.error()));
        return false;
    }
    showError(m_error, {});
    Q_EMIT recorded(*outcome);
    return true;
}

void LetterPostDialog::accept()
{
    if (submit())
        QDialog::accept();
}

QString LetterReceiptDialog::reasonLabel(const QString& reason)
{
    if (reason == QLatin1String("unclaimed"))
        return tr("not collected at the post office");
    if (reason == QLatin1String("refused"))
        return tr("refused by the addressee");
    if (reason == QLatin1String("unknown-address"))
        return tr("addressee unknown at the address");
    if (reason == QLatin1String("other"))
        return tr("other reason");
    return reason;
}

LetterReceiptDialog::LetterReceiptDialog(LetterService& letters, const Letter& letter,
                                         const QString& title, const QDate& today, QWidget* parent)
    : QDialog(parent), m_letters(letters), m_letterId(letter.id)
{
    setObjectName(QStringLiteral("letterReceiptDialog"));
    setWindowTitle(tr("Receipt or return — %1").arg(letter.dossierNumber));
    m_receivedChoice = new QRadioButton(tr("&Received: proof of receipt signed on"), this);
    m_receivedChoice->setObjectName(QStringLiteral("letterReceivedChoice"));
    m_receivedChoice->setChecked(true);
    m_received = makeDateEdit(today, this);
    m_received->setObjectName(QStringLiteral("letterReceivedDate"));
    m_received->setMinimumDate(letter.postedDate);
    m_received->setMaximumDate(today);
    m_returnedChoice = new QRadioButton(tr("Re&turned to the city:"), this);
    m_returnedChoice->setObjectName(QStringLiteral("letterReturnedChoice"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("letterReturnReason"));
    for (const QString& reason : RegisteredPost::returnReasons())
        m_reason->addItem(reasonLabel(reason), reason);
    m_returnDateKnown = new QCheckBox(tr("came back &on"), this);
    m_returnDateKnown->setObjectName(QStringLiteral("letterReturnDateKnown"));
    m_returnDateKnown->setChecked(true);
    m_returned = makeDateEdit(today, this);
    m_returned->setObjectName(QStringLiteral("letterReturnedDate"));
    m_returned->setMinimumDate(letter.postedDate);
    m_returned->setMaximumDate(today);

    auto* grid = new QGridLayout;
    grid->addWidget(m_receivedChoice, 0, 0);
    grid->addWidget(m_received, 0, 1);
    grid->addWidget(m_returnedChoice, 1, 0);
    grid->addWidget(m_reason, 1, 1, 1, 2);
    grid->addWidget(m_returnDateKnown, 2, 1);
    grid->addWidget(m_returned, 2, 2);
    grid->setColumnStretch(3, 1);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("letterReceiptNote"));
    m_note->setWordWrap(true);
    m_error = errorLabel(QStringLiteral("letterReceiptError"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        heading(tr("%1, posted on %2 (%3).")
                    .arg(title, ProcedureText::shortDate(letter.postedDate), letter.tracking),
                this));
    layout->addLayout(grid);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(makeSaveCancel(this));
    connect(m_receivedChoice, &QRadioButton::toggled, this, &LetterReceiptDialog::updateFields);
    connect(m_returnDateKnown, &QCheckBox::toggled, this, &LetterReceiptDialog::updateFields);
    updateFields();
    setMinimumWidth(520);
}

void LetterReceiptDialog::updateFields()
{
    const bool received = m_receivedChoice->isChecked();
    m_received->setEnabled(received);
    m_reason->setEnabled(!received);
    m_returnDateKnown->setEnabled(!received);
    m_returned->setEnabled(!received && m_returnDateKnown->isChecked());
    m_note->setText(received ? tr("The terms run from the day of receipt.")
                             : tr("A returned letter still counts as notified on the third "
                                  "working day after posting; the terms keep running from "
                                  "that day."));
}

void LetterReceiptDialog::setReceived(const QDate& date)
{
    m_receivedChoice->setChecked(true);
    m_received->setDate(date);
}

void LetterReceiptDialog::setReturned(const QString& reason, const QDate& date)
{
    m_returnedChoice->setChecked(true);
    m_reason->setCurrentIndex(m_reason->findData(reason));
    m_returnDateKnown->setChecked(date.isValid());
    if (date.isValid())
        m_returned->setDate(date);
}

QString LetterReceiptDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool LetterReceiptDialog::submit()
{
    Result<LetterOutcome> outcome =
        m_receivedChoice->isChecked()
            ? m_letters.receipt(m_letterId, m_received->date())
            : m_letters.returned(m_letterId, m_reason->currentData().toString(),
                                 m_returnDateKnown->isChecked() ? m_returned->date() : QDate());
    if (!outcome.ok()) {
        showError(m_error, ErrorText::message(outcome.error()));
        return false;
    }
    showError(m_error, {});
    Q_EMIT recorded(*outcome);
    return true;
}

void LetterReceiptDialog::accept()
{
    if (submit())
        QDialog::accept();
}

} // namespace regie
