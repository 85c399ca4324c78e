#include "LetterPrintDialog.h"

#include "common/ErrorText.h"
#include "letters/LetterFiller.h"
#include "letters/LetterRenderer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace regie {

namespace {
const QString kHearingTime = QStringLiteral("hearingTime");
}

LetterPrintDialog::LetterPrintDialog(LetterService& letters, const LetterRenderer& renderer,
                                     const QString& dossierNumber, const QString& dossierKind,
                                     QWidget* parent)
    : QDialog(parent), m_letters(letters), m_renderer(renderer), m_dossier(dossierNumber)
{
    setWindowTitle(tr("Print letter — %1").arg(dossierNumber));
    m_template = new QComboBox(this);
    for (const LetterTemplate& t : letters.catalogue().latest()) {
        if (t.kinds.contains(dossierKind))
            m_template->addItem(t.title, t.id);
    }
    m_hearingTime = new QLineEdit(this);
    m_hearingTime->setPlaceholderText(tr("e.g. 10.30 uur"));
    m_hearingLabel = new QLabel(tr("Hearing &time:"), this);
    m_hearingLabel->setBuddy(m_hearingTime);
    m_preview = new QTextBrowser(this);
    m_preview->setMinimumSize(560, 480);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Letter:"), m_template);
    form->addRow(m_hearingLabel, m_hearingTime);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_template, &QComboBox::currentIndexChanged, this, &LetterPrintDialog::refresh);
    connect(m_hearingTime, &QLineEdit::textChanged, this, &LetterPrintDialog::refresh);
    connect(m_save, &QPushButton::clicked, this, &LetterPrintDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

LetterRequest LetterPrintDialog::request() const
{
    LetterRequest r{m_dossier, m_template->currentData().toString(), {}};
    if (m_asksTime && !m_hearingTime->text().trimmed().isEmpty())
        r.extra.insert(kHearingTime, m_hearingTime->text().trimmed());
    return r;
}

void LetterPrintDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString LetterPrintDialog::valueLabel(const QString& key)
{
    if (key == QLatin1String("hearingDate"))
        return tr("the date of the hearing (a planned hearing)");
    if (key == QLatin1String("decisionDate") || key == QLatin1String("decidedFine") ||
        key == QLatin1String("outstanding"))
        return tr("the decision with its amount");
    if (key == QLatin1String("paymentDue"))
        return tr("the payment due date (a notified decision)");
    if (key == QLatin1String("personAddress"))
        return tr("the address of the person (edit the person)");
    return tr("the value \"%1\"").arg(key);
}

QString LetterPrintDialog::messageFor(const Error& error) const
{
    if (error.field == kHearingTime)
        return tr("Give the hearing time to see the letter.");
    if (error.code == ErrorCode::Validation &&
        error.detail.startsWith(QLatin1String("placeholder")))
        return tr("This letter needs %1, which the dossier does not hold yet. Record the step "
                  "it comes from first.")
            .arg(valueLabel(error.field));
    return ErrorText::message(error);
}

void LetterPrintDialog::refresh()
{
    auto chosen = m_letters.catalogue().find(m_template->currentData().toString());
    m_asksTime = chosen.ok() && LetterFiller::placeholders(chosen->html).contains(kHearingTime);
    m_hearingLabel->setVisible(m_asksTime);
    m_hearingTime->setVisible(m_asksTime);
    if (m_template->count() == 0) {
        m_save->setEnabled(false);
        showError(tr("No letter template applies to this dossier."));
        return;
    }
    auto filled = m_letters.preview(request());
    if (!filled.ok()) {
        m_preview->clear();
        m_save->setEnabled(false);
        showError(messageFor(filled.error()));
        return;
    }
    showError({});
    m_save->setEnabled(true);
    m_preview->setHtml(filled->html);
    m_preview->moveCursor(QTextCursor::Start);
}

void LetterPrintDialog::chooseFile()
{
    const QString suggested = m_dossier.split(QLatin1Char('/')).join(QLatin1Char('-')) +
                              QLatin1Char('-') + m_template->currentData().toString() +
                              QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save letter"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty() && saveTo(path))
        accept();
}

bool LetterPrintDialog::saveTo(const QString& path)
{
    auto made = m_letters.make(request(), m_renderer);
    if (!made.ok()) {
        showError(messageFor(made.error()));
        return false;
    }
    auto bytes = m_letters.reprint(made->letter.id);
    QSaveFile file(path);
    if (!bytes.ok() || !file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() ||
        !file.commit()) {
        showError(tr("The letter is stored but the file %1 could not be written: %2")
                      .arg(path, bytes.ok() ? file.errorString() : bytes.error().detail));
        return false;
    }
    Q_EMIT letterMade(made->letter);
    return true;
}

QString LetterPrintDialog::errorText() const
{
    return m_error->text();
}

QString LetterPrintDialog::previewHtml() const
{
    return m_preview->toHtml();
}

int LetterPrintDialog::templateCount() const
{
    return m_template->count();
}

void LetterPrintDialog::selectTemplate(const QString& id)
{
    m_template->setCurrentIndex(m_template->findData(id));
}

} // namespace regie
