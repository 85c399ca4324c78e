#pragma once

#include "letters/LetterService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace regie {

class LetterRenderer;

// Prints a letter for one dossier: pick a template that applies to the dossier, see it filled
// with the dossier's data, give a hearing time when the template asks for one, save it as PDF.
// The letter is stored (blob, template version, data) when it is saved; a missing value is
// named in the dialog and nothing is stored. The procedures pages open it with the dossier's
// number and kind ("gas" or "measure").
class LetterPrintDialog : public QDialog
{
    Q_OBJECT
public:
    LetterPrintDialog(LetterService& letters, const LetterRenderer& renderer,
                      const QString& dossierNumber, const QString& dossierKind,
                      QWidget* parent = nullptr);

    // Stores the letter and writes its PDF to `path`; false (with the reason shown) when refused.
    bool saveTo(const QString& path);
    QString errorText() const;
    QString previewHtml() const;
    int templateCount() const;
    void selectTemplate(const QString& id);

Q_SIGNALS:
    void letterMade(const regie::Letter& letter);

private:
    void refresh();
    void chooseFile();
    LetterRequest request() const;
    void showError(const QString& text);
    QString messageFor(const Error& error) const;
    static QString valueLabel(const QString& key);

    LetterService& m_letters;
    const LetterRenderer& m_renderer;
    QString m_dossier;
    QComboBox* m_template = nullptr;
    QLineEdit* m_hearingTime = nullptr;
    QLabel* m_hearingLabel = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    bool m_asksTime = false;
};

} // namespace regie
