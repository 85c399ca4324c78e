// The Sync page's jobs: asking for a bundle, a passphrase and a file, then running export,
// preview and import on the worker thread behind a progress dialog, and taking the result back.

#include "ExportBundleDialog.h"
#include "PassphraseDialog.h"
#include "SyncErrorText.h"
#include "SyncKeysPanel.h"
#include "SyncPage.h"
#include "storage/Workspace.h"
#include "sync/ImportCountsModel.h"
#include "sync/PeerListModel.h"
#include "sync/SyncReceipt.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QProgressDialog>

namespace regie {

void SyncPage::askExport()
{
    QStringList names;
    const PeerListModel& peers = m_keys->peers();
    for (int row = 0; row < peers.rowCount(); ++row) {
        if (!peers.peer(row).isRevoked())
            names << peers.peer(row).name;
    }
    ExportBundleDialog dialog(names, QDir::homePath(), this);
    if (!m_keys->selectedPeer().isEmpty())
        dialog.setPeer(m_keys->selectedPeer());
    if (dialog.exec() != QDialog::Accepted)
        return;
    QByteArray passphrase = PassphraseDialog::ask(
        this, PassphraseDialog::Mode::Unlock,
        tr("The bundle for %1 is signed with this installation's private key.").arg(dialog.peer()));
    if (!passphrase.isEmpty())
        exportBundle(dialog.peer(), dialog.path(), dialog.scope(), std::move(passphrase),
                     dialog.since());
}

void SyncPage::askImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a bundle"), QDir::homePath(),
        tr("Regie bundles and receipts (*.regiebundle *.receipt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly) && SyncReceipt::looksLikeReceipt(probe.peek(8))) {
        probe.close();
        importReceipt(path);
        return;
    }
    QByteArray passphrase =
        PassphraseDialog::ask(this, PassphraseDialog::Mode::Unlock,
                              tr("The bundle is opened with this installation's private key."));
    if (!passphrase.isEmpty())
        previewImport(path, std::move(passphrase));
}

void SyncPage::importReceipt(const QString& path)
{
    SyncJob job;
    job.kind = SyncJob::Kind::Import;
    job.bundlePath = path;
    // The importer wants keys; a receipt needs none of this installation's secrets.
    job.keys = std::make_shared<const security::InstallationKeys>(
        security::InstallationKeys::generate({}).value());
    start(std::move(job), Step::Import, tr("Reading the receipt\u2026"));
}

void SyncPage::exportBundle(const QString& peer, const QString& path, const QStringList& scope,
                            QByteArray passphrase, qint64 since)
{
    SyncJob job;
    job.kind = SyncJob::Kind::Export;
    job.passphrase = std::move(passphrase);
    job.exportOptions.peerName = peer;
    job.exportOptions.outPath = path;
    m_exportPath = path;
    job.exportOptions.scope = scope;
    job.exportOptions.since = since;
    start(std::move(job), Step::Export, tr("Writing the bundle for %1\u2026").arg(peer));
}

void SyncPage::previewImport(const QString& path, QByteArray passphrase)
{
    discardPreview();
    SyncJob job;
    job.kind = SyncJob::Kind::Preview;
    job.passphrase = std::move(passphrase);
    job.bundlePath = path;
    m_pendingPath = path;
    start(std::move(job), Step::Preview, tr("Checking the bundle\u2026"));
}

void SyncPage::confirmImport()
{
    if (!m_pendingKeys || m_task->isRunning())
        return;
    SyncJob job;
    job.kind = SyncJob::Kind::Import;
    job.bundlePath = m_pendingPath;
    job.keys = std::move(m_pendingKeys);
    m_pendingKeys.reset();
    m_preview->hide();
    start(std::move(job), Step::Import, tr("Importing the bundle\u2026"));
}

void SyncPage::discardPreview()
{
    m_pendingKeys.reset(); // the unlocked keys are wiped with their guarded memory
    m_pendingPath.clear();
    m_counts->setCounts({});
    m_preview->hide();
    updateButtons();
}

void SyncPage::start(SyncJob job, Step step, const QString& what)
{
    job.databasePath = m_ws.db().path();
    job.userName = m_ws.writes().actor().userName;
    // Other pages' open read snapshots would hide the worker's writes from this connection.
    m_ws.db().finishStatements();
    if (!m_task->start(std::move(job)))
        return;
    m_step = step;
    m_progress = new QProgressDialog(what, QString(), 0, 0, this);
    m_progress->setWindowTitle(tr("Sync"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    updateButtons();
}

void SyncPage::onFinished(const SyncJobResult& result)
{
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_ws.db().finishStatements();
    const Step step = m_step;
    m_step = Step::None;
    if (!result.ok()) {
        if (step == Step::Preview)
            m_pendingPath.clear();
        showMessage(SyncErrorText::message(*result.error), true);
    } else if (step == Step::Export) {
        const BundleHeader& h = result.exported;
        const QString file = QDir::toNativeSeparators(m_exportPath);
        showMessage(h.changes == 0
                        ? tr("Bundle written to %1. It holds no changes: the peer has confirmed "
                             "everything this installation has.")
                              .arg(file)
                        : tr("Bundle written to %1 with %2 change(s). Carry it to the peer and "
                             "import it there.")
                              .arg(file)
                              .arg(h.changes),
                    false);
    } else if (step == Step::Preview) {
        m_pendingKeys = result.keys;
        showPreview(result.imported);
    } else {
        showImported(result.imported);
        Q_EMIT dataImported();
    }
    m_keys->reload();
    reloadLogs();
    updateButtons();
    Q_EMIT jobFinished(result.ok());
}

} // namespace regie
