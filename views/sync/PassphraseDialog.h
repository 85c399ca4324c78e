#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace regie {

// Asks for the passphrase that protects this installation's private keys. Typed characters are
// never shown; the text is wiped from the fields when the dialog closes and is never stored.
// In Create mode the passphrase is typed twice and must be at least 8 characters long.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Create,
        Unlock
    };

    PassphraseDialog(Mode mode, const QString& purpose, QWidget* parent = nullptr);
    ~PassphraseDialog() override;

    // The passphrase as UTF-8 bytes; the caller wipes it after use.
    QByteArray passphrase() const;
    // Shows the dialog; empty when cancelled.
    static QByteArray ask(QWidget* parent, Mode mode, const QString& purpose);

private:
    void validate();

    Mode m_mode;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_second = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace regie
