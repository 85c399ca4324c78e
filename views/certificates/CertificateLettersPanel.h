#pragma once

#include <QWidget>

#include <memory>

class QPushButton;

namespace regie {

class Clock;
class LetterPrintDialog;
class LetterRegisterWidget;
class LetterRenderer;
class LetterService;

// The letters of one certificate dossier (decision letter, renewal reminder, condition
// reminder) in the registered-letter register (LetterRegisterWidget: made, posted, received or
// returned, notified). "New letter…" opens LetterPrintDialog for the dossier, as the GAS dossier
// does; "Save a copy…" writes the stored PDF of the selected letter, byte for byte.
class CertificateLettersPanel : public QWidget
{
    Q_OBJECT
public:
    CertificateLettersPanel(LetterService& letters, const Clock& clock, QWidget* parent = nullptr);
    ~CertificateLettersPanel() override;

    void setDossier(const QString& dossierId);
    void reload();
    // Opens the print dialog (window-modal, deleted when closed); null without a dossier.
    LetterPrintDialog* printLetter();
    // Writes the selected letter's stored PDF to `path`; false with the reason in the status.
    bool saveCopy(const QString& path);
    LetterRegisterWidget* letterRegister() const { return m_register; }

Q_SIGNALS:
    void statusMessage(const QString& text);
    void letterMade();

private:
    QString selectedLetterId() const;
    void updateButtons();

    LetterService& m_letters;
    std::unique_ptr<LetterRenderer> m_renderer;
    QString m_dossierId;
    LetterRegisterWidget* m_register = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace regie
