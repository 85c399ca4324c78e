#include "ExportBundleDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace regie {

ExportBundleDialog::ExportBundleDialog(const QStringList& peers, const QString& folder,
                                       QWidget* parent)
    : QDialog(parent), m_folder(folder)
{
    setWindowTitle(tr("Export a bundle"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_peer = new QComboBox(this);
    m_peer->setObjectName(QStringLiteral("exportPeer"));
    m_peer->addItems(peers);
    auto* peerLabel = new QLabel(tr("&For:"), this);
    peerLabel->setBuddy(m_peer);
    form->addRow(peerLabel, m_peer);

    auto* scopeBox = new QWidget(this);
    auto* scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    m_everything = new QRadioButton(tr("&Everything the peer has not confirmed yet"), scopeBox);
    m_everything->setChecked(true);
    m_some = new QRadioButton(tr("&Only:"), scopeBox);
    m_some->setObjectName(QStringLiteral("exportSome"));
    scopeLayout->addWidget(m_everything);
    scopeLayout->addWidget(m_some);
    const QList<QPair<QString, QString>> groups{
        {QStringLiteral("premises"), tr("Premises")},
        {QStringLiteral("certificates"), tr("Certificates")},
        {QStringLiteral("inspections"), tr("Inspections and findings")}};
    for (const auto& [key, label] : groups) {
        auto* box = new QCheckBox(label, scopeBox);
        box->setObjectName(QStringLiteral("scope_") + key);
        box->setProperty("scope", key);
        box->setChecked(true);
        box->setEnabled(false);
        scopeLayout->addWidget(box);
        box->setContentsMargins(24, 0, 0, 0);
        m_groups.append(box);
        connect(box, &QCheckBox::toggled, this, &ExportBundleDialog::validate);
    }
    connect(m_some, &QRadioButton::toggled, this, [this](bool on) {
        for (QCheckBox* box : m_groups)
            box->setEnabled(on);
        validate();
    });
    form->addRow(tr("Contents:"), scopeBox);

    auto* resendRow = new QHBoxLayout;
    m_resend = new QCheckBox(tr("&Resend the changes after number"), this);
    m_resend->setObjectName(QStringLiteral("exportResend"));
    m_resend->setToolTip(tr("For a peer that lost a bundle: its history shows the numbers it "
                            "has applied"));
    m_since = new QSpinBox(this);
    m_since->setObjectName(QStringLiteral("exportSince"));
    m_since->setRange(0, 2000000000);
    m_since->setEnabled(false);
    resendRow->addWidget(m_resend);
    resendRow->addWidget(m_since);
    resendRow->addStretch(1);
    form->addRow(QString(), resendRow);
    connect(m_resend, &QCheckBox::toggled, m_since, &QSpinBox::setEnabled);

    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    auto* browse = new QPushButton(tr("&Browse\u2026"), this);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    layout->addLayout(form);

    auto* note = new QLabel(tr("The bundle is signed by this installation and encrypted so that "
                               "only the chosen peer can open it. It holds personal data: carry "
                               "it on an encrypted stick and delete it once imported."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("E&xport"), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportBundleDialog::browse);
    connect(m_path, &QLineEdit::textEdited, this, [this]() { m_pathEdited = true; });
    connect(m_path, &QLineEdit::textChanged, this, &ExportBundleDialog::validate);
    connect(m_peer, &QComboBox::currentTextChanged, this, &ExportBundleDialog::suggestPath);
    setMinimumWidth(520);
    suggestPath();
    validate();
}

void ExportBundleDialog::setPeer(const QString& peer)
{
    m_peer->setCurrentText(peer);
}

QString ExportBundleDialog::peer() const
{
    return m_peer->currentText();
}

QString ExportBundleDialog::path() const
{
    return m_path->text().trimmed();
}

QStringList ExportBundleDialog::scope() const
{
    QStringList words;
    if (m_some->isChecked()) {
        for (QCheckBox* box : m_groups) {
            if (box->isChecked())
                words << box->property("scope").toString();
        }
    }
    return words;
}

qint64 ExportBundleDialog::since() const
{
    return m_resend->isChecked() ? qint64(m_since->value()) : -1;
}

void ExportBundleDialog::suggestPath()
{
    if (m_pathEdited || peer().isEmpty())
        return;
    QString safe = peer();
    safe.replace(QLatin1Char(' '), QLatin1Char('-'));
    m_path->setText(QDir(m_folder).filePath(QStringLiteral("to-%1.regiebundle").arg(safe)));
}

void ExportBundleDialog::browse()
{
    QString chosen = QFileDialog::getSaveFileName(this, tr("Export a bundle"), path(),
                                                  tr("Regie bundles (*.regiebundle)"));
    if (chosen.isEmpty())
        return;
    if (!chosen.endsWith(QLatin1String(".regiebundle")))
        chosen += QStringLiteral(".regiebundle");
    m_pathEdited = true;
    m_path->setText(chosen);
}

void ExportBundleDialog::validate()
{
    QString problem;
    if (m_peer->count() == 0)
        problem = tr("Add a peer to the trust list first.");
    else if (path().isEmpty())
        problem = tr("Choose the file to write.");
    else if (m_some->isChecked() && scope().isEmpty())
        problem = tr("Tick at least one kind of record.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const QList<QAbstractButton*> buttons = m_buttons->buttons();
    for (QAbstractButton* b : buttons) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(problem.isEmpty());
    }
}

} // namespace regie
