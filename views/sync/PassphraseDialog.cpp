#include "PassphraseDialog.h"

#include "security/InstallationKeys.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace regie {

namespace {

QLineEdit* secretField(QWidget* parent, const char* name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return edit;
}

} // namespace

PassphraseDialog::PassphraseDialog(Mode mode, const QString& purpose, QWidget* parent)
    : QDialog(parent), m_mode(mode)
{
    setWindowTitle(mode == Mode::Create ? tr("New passphrase") : tr("Passphrase"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(purpose, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_first = secretField(this, "passphrase");
    auto* firstLabel = new QLabel(tr("&Passphrase:"), this);
    firstLabel->setBuddy(m_first);
    form->addRow(firstLabel, m_first);
    if (mode == Mode::Create) {
        m_second = secretField(this, "passphraseAgain");
        auto* secondLabel = new QLabel(tr("&Again:"), this);
        secondLabel->setBuddy(m_second);
        form->addRow(secondLabel, m_second);
    }
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    if (m_second)
        connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    setMinimumWidth(420);
    validate();
}

PassphraseDialog::~PassphraseDialog()
{
    // Overwrite what the fields hold before they go.
    for (QLineEdit* edit : {m_first, m_second}) {
        if (edit)
            edit->setText(QString(edit->text().size(), QLatin1Char(' ')));
    }
}

QByteArray PassphraseDialog::passphrase() const
{
    return m_first->text().toUtf8();
}

void PassphraseDialog::validate()
{
    QString problem;
    const QString text = m_first->text();
    if (m_mode == Mode::Create) {
        if (text.size() < security::InstallationKeys::MinimumPassphraseLength)
            problem = tr("At least %1 characters.")
                          .arg(security::InstallationKeys::MinimumPassphraseLength);
        else if (m_second->text() != text)
            problem = tr("The two passphrases differ.");
    } else if (text.isEmpty()) {
        problem = tr("Type the passphrase of this installation's keys.");
    }
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QByteArray PassphraseDialog::ask(QWidget* parent, Mode mode, const QString& purpose)
{
    PassphraseDialog dialog(mode, purpose, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.passphrase();
}

} // namespace regie
