#include "SyncKeysPanel.h"

#include "PassphraseDialog.h"
#include "SyncErrorText.h"
#include "security/PublicKeyFile.h"
#include "storage/Workspace.h"
#include "sync/KeyStore.h"
#include "sync/PeerListModel.h"
#include "sync/TrustStore.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace regie {

SyncKeysPanel::SyncKeysPanel(Workspace& ws, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_peers(new PeerListModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* identityRow = new QHBoxLayout;
    m_identity = new QLabel(this);
    m_identity->setObjectName(QStringLiteral("identity"));
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identity->setWordWrap(true);
    identityRow->addWidget(m_identity, 1);
    m_create = new QPushButton(tr("&Create keys\u2026"), this);
    m_create->setObjectName(QStringLiteral("createKeys"));
    m_exportKey = new QPushButton(tr("Save &public key\u2026"), this);
    m_exportKey->setToolTip(tr("Write the public-key file to hand to a peer installation"));
    identityRow->addWidget(m_create);
    identityRow->addWidget(m_exportKey);
    layout->addLayout(identityRow);

    auto* peersRow = new QHBoxLayout;
    auto* peersTitle = new QLabel(tr("<b>Trusted peers</b>"), this);
    peersRow->addWidget(peersTitle, 1);
    m_trust = new QPushButton(tr("&Add peer\u2026"), this);
    m_trust->setToolTip(tr("Trust a peer installation from its public-key file"));
    m_revoke = new QPushButton(tr("&Revoke\u2026"), this);
    m_revoke->setObjectName(QStringLiteral("revokePeer"));
    peersRow->addWidget(m_trust);
    peersRow->addWidget(m_revoke);
    layout->addLayout(peersRow);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("peerList"));
    m_table->setModel(m_peers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setMinimumHeight(90);
    layout->addWidget(m_table, 1);

    connect(m_create, &QPushButton::clicked, this, &SyncKeysPanel::askCreateKeys);
    connect(m_exportKey, &QPushButton::clicked, this, &SyncKeysPanel::askExportPublicKey);
    connect(m_trust, &QPushButton::clicked, this, &SyncKeysPanel::askTrust);
    connect(m_revoke, &QPushButton::clicked, this, &SyncKeysPanel::askRevoke);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncKeysPanel::updateButtons);
    reload();
}

void SyncKeysPanel::reload()
{
    KeyStore keys(m_ws.db());
    m_hasKeys = keys.hasKeys();
    const Installation& self = m_ws.installation();
    if (m_hasKeys) {
        auto identity = keys.publicIdentity(self);
        m_identity->setText(
            tr("This installation: <b>%1 \u2013 %2</b><br>Key fingerprint: <b>%3</b>")
                .arg(self.shortCode.toHtmlEscaped(), self.displayName.toHtmlEscaped(),
                     identity.ok() ? identity.value().fingerprint() : QString()));
    } else {
        m_identity->setText(
            tr("This installation: <b>%1 \u2013 %2</b><br>No keys yet: create "
               "them before exchanging bundles with other installations.")
                .arg(self.shortCode.toHtmlEscaped(), self.displayName.toHtmlEscaped()));
    }
    auto list = TrustStore(m_ws.db()).list();
    m_peers->setPeers(list.ok() ? list.value() : QVector<Peer>());
    m_table->resizeColumnsToContents();
    updateButtons();
}

QString SyncKeysPanel::selectedPeer() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(PeerListModel::NameRole).toString();
}

void SyncKeysPanel::updateButtons()
{
    m_create->setVisible(!m_hasKeys);
    m_exportKey->setEnabled(m_hasKeys);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_revoke->setEnabled(!rows.isEmpty() &&
                         !rows.first().data(PeerListModel::RevokedRole).toBool());
}

bool SyncKeysPanel::createKeys(const QByteArray& passphrase)
{
    auto made = KeyStore(m_ws.db()).create(m_ws.installation(), passphrase, m_ws.clock());
    reload();
    if (!made.ok()) {
        Q_EMIT message(SyncErrorText::message(made.error()), true);
        return false;
    }
    Q_EMIT message(tr("Keys made. Fingerprint: %1. Keep the passphrase safe: without it no "
                      "bundle can be made or opened here.")
                       .arg(made.value().fingerprint()),
                   false);
    return true;
}

bool SyncKeysPanel::exportPublicKey(const QString& path)
{
    auto identity = KeyStore(m_ws.db()).publicIdentity(m_ws.installation());
    if (!identity.ok()) {
        Q_EMIT message(SyncErrorText::message(identity.error()), true);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(security::PublicKeyFile::format(identity.value())) < 0 || !file.commit()) {
        Q_EMIT message(tr("The public key could not be written to %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()),
                       true);
        return false;
    }
    Q_EMIT message(tr("Public key written to %1. Fingerprint to read out by phone: %2")
                       .arg(QDir::toNativeSeparators(path), identity.value().fingerprint()),
                   false);
    return true;
}

bool SyncKeysPanel::trustFile(const QString& path, const QString& name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT message(
            tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            true);
        return false;
    }
    auto identity = security::PublicKeyFile::parse(file.read(8192));
    if (!identity.ok()) {
        Q_EMIT message(SyncErrorText::message(identity.error()), true);
        return false;
    }
    auto peer = TrustStore(m_ws.db()).trust(identity.value(), name.trimmed(),
                                            m_ws.installation().id, m_ws.clock());
    if (!peer.ok()) {
        Q_EMIT message(SyncErrorText::message(peer.error()), true);
        return false;
    }
    reload();
    Q_EMIT peersChanged();
    Q_EMIT message(tr("%1 added to the trust list. Fingerprint: %2 \u2013 compare it with %1 by "
                      "phone; if it differs, revoke the peer at once.")
                       .arg(peer.value().name, peer.value().fingerprint),
                   false);
    return true;
}

bool SyncKeysPanel::revoke(const QString& name)
{
    auto peer = TrustStore(m_ws.db()).revoke(name, m_ws.clock());
    if (!peer.ok()) {
        Q_EMIT message(SyncErrorText::message(peer.error()), true);
        return false;
    }
    reload();
    Q_EMIT peersChanged();
    Q_EMIT message(tr("%1 is revoked: its bundles are refused from now on.").arg(name), false);
    return true;
}

void SyncKeysPanel::askCreateKeys()
{
    QByteArray passphrase = PassphraseDialog::ask(
        this, PassphraseDialog::Mode::Create,
        tr("The private keys of this installation are stored encrypted under a passphrase. "
           "It is asked each time a bundle is made or opened. It cannot be recovered: "
           "if it is lost, new keys must be made and every peer must trust them again."));
    if (passphrase.isEmpty())
        return;
    createKeys(passphrase);
    passphrase.fill('\0');
}

void SyncKeysPanel::askExportPublicKey()
{
    QString suggested = QDir::home().filePath(
        QStringLiteral("%1.regiekey").arg(m_ws.installation().shortCode.toLower()));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the public key"), suggested,
                                     tr("Regie public keys (*.regiekey);;All files (*)"));
    if (!path.isEmpty())
        exportPublicKey(path);
}

void SyncKeysPanel::askTrust()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Public key of a peer"), QDir::homePath(),
        tr("Regie public keys (*.regiekey *.pub *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Add peer"),
        tr("Name for this peer on the trust list (e.g. \"office\" or \"laptop 2\"):"),
        QLineEdit::Normal, QFileInfo(path).completeBaseName(), &ok);
    if (ok)
        trustFile(path, name);
}

void SyncKeysPanel::askRevoke()
{
    const QString name = selectedPeer();
    if (name.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Revoke peer"),
        tr("Revoke %1? Bundles signed by %1 will be refused from now on, and no bundle is made "
           "for it. This cannot be undone: to trust it again, a new public-key file is needed.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        revoke(name);
}

} // namespace regie
