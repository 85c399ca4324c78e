#include "CertificateLettersPanel.h"

#include "common/ErrorText.h"
#include "letters/LetterPdfRenderer.h"
#include "letters/LetterPrintDialog.h"
#include "letters/LetterRegisterWidget.h"
#include "letters/LetterService.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace regie {

CertificateLettersPanel::CertificateLettersPanel(LetterService& letters, const Clock& clock,
                                                 QWidget* parent)
    : QWidget(parent), m_letters(letters), m_renderer(std::make_unique<LetterPdfRenderer>())
{
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    m_print = new QPushButton(tr("New letter…"), this);
    m_print->setObjectName(QStringLiteral("newCertificateLetterButton"));
    m_print->setToolTip(tr("Decision letter, renewal reminder or condition reminder, as PDF"));
    m_copy = new QPushButton(tr("Save a cop&y…"), this);
    m_copy->setObjectName(QStringLiteral("saveLetterCopyButton"));
    m_copy->setToolTip(tr("Save the stored PDF of the selected letter, exactly as it was made"));
    buttons->addWidget(m_print);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_register = new LetterRegisterWidget(letters, clock, this);
    m_register->setObjectName(QStringLiteral("certificateLetterRegister"));
    layout->addWidget(m_register, 1);

    connect(m_register, &LetterRegisterWidget::statusMessage, this,
            &CertificateLettersPanel::statusMessage);
    connect(m_register->table(), &QTreeWidget::currentItemChanged, this,
            &CertificateLettersPanel::updateButtons);
    connect(m_print, &QPushButton::clicked, this, [this] { printLetter(); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        auto letters = m_letters.list(m_dossierId);
        QString suggested = QStringLiteral("letter.pdf");
        if (letters.ok()) {
            for (const Letter& l : *letters) {
                if (l.id == selectedLetterId())
                    suggested = l.dossierNumber.split(QLatin1Char('/')).join(QLatin1Char('-')) +
                                QLatin1Char('-') + l.templateId + QStringLiteral(".pdf");
            }
        }
        const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the letter"),
                                                          suggested, tr("PDF documents (*.pdf)"));
        if (!path.isEmpty() && saveCopy(path))
            Q_EMIT statusMessage(tr("Copy saved as %1.").arg(path));
    });
    updateButtons();
}

CertificateLettersPanel::~CertificateLettersPanel() = default;

void CertificateLettersPanel::setDossier(const QString& dossierId)
{
    m_dossierId = dossierId;
    reload();
}

void CertificateLettersPanel::reload()
{
    m_register->setDossier(m_dossierId);
    updateButtons();
}

// The register lists the dossier's letters in the service's order, one row each.
QString CertificateLettersPanel::selectedLetterId() const
{
    const int row = m_register->table()->currentIndex().row();
    if (m_dossierId.isEmpty() || row < 0)
        return {};
    auto letters = m_letters.list(m_dossierId);
    return letters.ok() && row < letters->size() ? letters->at(row).id : QString();
}

void CertificateLettersPanel::updateButtons()
{
    m_print->setEnabled(!m_dossierId.isEmpty());
    m_copy->setEnabled(m_register->table()->currentItem() != nullptr);
}

LetterPrintDialog* CertificateLettersPanel::printLetter()
{
    if (m_dossierId.isEmpty())
        return nullptr;
    auto* dialog = new LetterPrintDialog(m_letters, *m_renderer, m_dossierId,
                                         QStringLiteral("certificate"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &LetterPrintDialog::letterMade, this, [this](const Letter& letter) {
        reload();
        m_register->selectLetter(letter.id);
        Q_EMIT statusMessage(tr("Letter stored with dossier %1.").arg(letter.dossierNumber));
        Q_EMIT letterMade();
    });
    dialog->show();
    return dialog;
}

bool CertificateLettersPanel::saveCopy(const QString& path)
{
    const QString id = selectedLetterId();
    if (id.isEmpty())
        return false;
    auto bytes = m_letters.reprint(id);
    QSaveFile file(path);
    if (!bytes.ok() || !file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() ||
        !file.commit()) {
        Q_EMIT statusMessage(tr("✗ The copy could not be written to %1: %2")
                                 .arg(path, bytes.ok() ? file.errorString()
                                                       : ErrorText::message(bytes.error())));
        return false;
    }
    return true;
}

} // namespace regie
