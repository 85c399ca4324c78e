#pragma once

#include "letters/Letter.h"

#include <QVector>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace regie {

class LetterPrintDialog;
class LetterRenderer;
class LetterService;

// The letters of one certificate dossier (decision letter, renewal reminder, condition
// reminder): when made, which template and version, registered or ordinary post, posting and
// notification from the register. "Letter…" opens LetterPrintDialog for the dossier, as the GAS
// dossier does; "Save a copy…" writes the stored PDF, byte for byte.
class CertificateLettersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CertificateLettersPanel(LetterService& letters, QWidget* parent = nullptr);
    ~CertificateLettersPanel() override;

    void setDossier(const QString& dossierId);
    void reload();
    // Opens the print dialog (window-modal, deleted when closed); null without a dossier.
    LetterPrintDialog* printLetter();
    // Writes the selected letter's stored PDF to `path`; false with the reason shown.
    bool saveCopy(const QString& path);
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void statusMessage(const QString& text);
    void letterMade();

private:
    void updateButtons();

    LetterService& m_letters;
    std::unique_ptr<LetterRenderer> m_renderer;
    QString m_dossierId;
    QVector<Letter> m_list;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace regie
