#include "CertificateLettersPanel.h"

#include "common/ErrorText.h"
#include "letters/LetterPdfRenderer.h"
#include "letters/LetterPrintDialog.h"
#include "letters/LetterService.h"
#include "premises/CertificateTexts.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace regie {

namespace {

enum Column { MadeColumn, LetterColumn, PostColumn, PostedColumn, NotifiedColumn, ColumnCount };

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

CertificateLettersPanel::CertificateLettersPanel(LetterService& letters, QWidget* parent)
    : QWidget(parent), m_letters(letters), m_renderer(std::make_unique<LetterPdfRenderer>())
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("certificateLettersSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("certificateLetters"));
    m_table->setHorizontalHeaderLabels(
        {tr("Made"), tr("Letter"), tr("Post"), tr("Posted"), tr("Notified")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    m_print = new QPushButton(tr("New letter…"), this);
    m_print->setObjectName(QStringLiteral("newCertificateLetterButton"));
    m_print->setToolTip(tr("Decision letter, renewal reminder or condition reminder, as PDF"));
    m_copy = new QPushButton(tr("Save a co&py…"), this);
    m_copy->setObjectName(QStringLiteral("saveLetterCopyButton"));
    m_copy->setToolTip(tr("Save the stored PDF of the selected letter, exactly as it was made"));
    buttons->addWidget(m_print);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_print, &QPushButton::clicked, this, [this] { printLetter(); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_list.size())
            return;
        const Letter& letter = m_list.at(row);
        const QString suggested = letter.dossierNumber.split(QLatin1Char('/')).join(QLatin1Char('-')) +
                                  QLatin1Char('-') + letter.templateId + QStringLiteral(".pdf");
        const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the letter"),
                                                          suggested, tr("PDF documents (*.pdf)"));
        if (!path.isEmpty() && saveCopy(path))
            Q_EMIT statusMessage(tr("Copy saved as %1.").arg(path));
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &CertificateLettersPanel::updateButtons);
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
    m_table->setRowCount(0);
    m_list.clear();
    if (m_dossierId.isEmpty()) {
        m_summary->setText(tr("No certificate dossier yet: letters belong to a dossier."));
        updateButtons();
        return;
    }
    auto letters = m_letters.list(m_dossierId);
    if (!letters.ok()) {
        m_summary->setText(ErrorText::message(letters.error()));
        updateButtons();
        return;
    }
    m_list = letters.value();
    m_table->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_list.size(); ++row) {
        const Letter& l = m_list.at(row);
        auto chosen = m_letters.catalogue().find(l.templateId, l.templateVersion);
        const QString title = chosen.ok() ? chosen->title : l.templateId;
        m_table->setItem(row, MadeColumn, cell(CertificateTexts::date(l.created.date())));
        m_table->setItem(row, LetterColumn,
                         cell(tr("%1 (v%2)").arg(title).arg(l.templateVersion)));
        m_table->setItem(row, PostColumn, cell(l.registered ? tr("Registered") : tr("Ordinary")));
        m_table->setItem(row, PostedColumn,
                         cell(l.postedDate.isValid() ? CertificateTexts::date(l.postedDate)
                                                     : tr("not posted")));
        m_table->setItem(row, NotifiedColumn,
                         cell(l.notifiedDate.isValid() ? CertificateTexts::date(l.notifiedDate)
                                                       : QString()));
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(m_list.isEmpty()
                           ? tr("No letter in this dossier yet.")
                           : tr("%n letter(s) in this dossier, newest last.", "",
                                int(m_list.size())));
    updateButtons();
}

void CertificateLettersPanel::updateButtons()
{
    m_print->setEnabled(!m_dossierId.isEmpty());
    const int row = m_table->currentRow();
    m_copy->setEnabled(m_table->selectionModel()->hasSelection() && row >= 0 &&
                       row < m_list.size());
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
        Q_EMIT statusMessage(tr("Letter stored with dossier %1.").arg(letter.dossierNumber));
        Q_EMIT letterMade();
    });
    dialog->show();
    return dialog;
}

bool CertificateLettersPanel::saveCopy(const QString& path)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_list.size())
        return false;
    auto bytes = m_letters.reprint(m_list.at(row).id);
    QSaveFile file(path);
    if (!bytes.ok() || !file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() ||
        !file.commit()) {
        m_summary->setText(tr("✗ The copy could not be written to %1: %2")
                               .arg(path, bytes.ok() ? file.errorString()
                                                     : ErrorText::message(bytes.error())));
        return false;
    }
    return true;
}

} // namespace regie
