#include "SyncPage.h"

#include "ExportBundleDialog.h"
#include "PassphraseDialog.h"
#include "SyncErrorText.h"
#include "SyncKeysPanel.h"
#include "storage/Workspace.h"
#include "sync/ImportCountsModel.h"
#include "sync/PeerListModel.h"
#include "sync/SyncHistoryModel.h"
#include "sync/SyncLedger.h"
#include "sync/SyncReceipt.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace regie {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const char* name, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(QLatin1String(name));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

} // namespace

SyncPage::SyncPage(Workspace& ws, QWidget* parent)
    : Page(parent), m_ws(ws), m_task(new SyncTask(ws.clock(), this)),
      m_counts(new ImportCountsModel(this)), m_history(new SyncHistoryModel(this)),
      m_backlog(new SyncBacklogModel(this))
{
    qRegisterMetaType<regie::SyncJobResult>();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildActions());
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(6);
    m_message->hide();
    layout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_keys = new SyncKeysPanel(ws, splitter);
    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(buildPreview());
    lowerLayout->addWidget(buildLogs(), 1);
    splitter->addWidget(m_keys);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_task, &SyncTask::finished, this, &SyncPage::onFinished);
    connect(m_keys, &SyncKeysPanel::message, this, &SyncPage::showMessage);
    connect(m_keys, &SyncKeysPanel::peersChanged, this, [this]() {
        reloadLogs();
        updateButtons();
    });
    reloadLogs();
    updateButtons();
}

SyncPage::~SyncPage() = default;

QIcon SyncPage::icon() const
{
    const QString embedded = QStringLiteral(":/regie/icons/sync.svg");
    if (QFile::exists(embedded))
        return QIcon(embedded);
    return QIcon::fromTheme(QStringLiteral("view-refresh"));
}

void SyncPage::activate()
{
    m_keys->reload();
    reloadLogs();
    updateButtons();
}

QWidget* SyncPage::buildActions()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("Exchange work with other installations through signed, "
                                "encrypted bundle files (USB stick, mail, shared folder)."),
                             bar);
    intro->setWordWrap(true);
    row->addWidget(intro, 1);
    m_export = new QPushButton(tr("&Export bundle\u2026"), bar);
    m_export->setObjectName(QStringLiteral("exportBundle"));
    m_import = new QPushButton(tr("&Import bundle\u2026"), bar);
    m_import->setObjectName(QStringLiteral("importBundle"));
    m_import->setToolTip(tr("Import a bundle or a receipt from a peer; a preview comes first"));
    row->addWidget(m_export);
    row->addWidget(m_import);
    connect(m_export, &QPushButton::clicked, this, &SyncPage::askExport);
    connect(m_import, &QPushButton::clicked, this, &SyncPage::askImport);
    return bar;
}

QGroupBox* SyncPage::buildPreview()
{
    m_preview = new QGroupBox(tr("Preview of the import"), this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    auto* layout = new QVBoxLayout(m_preview);
    m_previewTitle = new QLabel(m_preview);
    m_previewTitle->setWordWrap(true);
    layout->addWidget(m_previewTitle);
    m_previewTable = makeTable(m_counts, "previewCounts", m_preview);
    m_previewTable->setMaximumHeight(180);
    layout->addWidget(m_previewTable);
    auto* buttons = new QDialogButtonBox(m_preview);
    auto* confirm = buttons->addButton(tr("I&mport now"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmImport"));
    auto* discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::RejectRole);
    discard->setObjectName(QStringLiteral("discardImport"));
    layout->addWidget(buttons);
    connect(confirm, &QPushButton::clicked, this, &SyncPage::confirmImport);
    connect(discard, &QPushButton::clicked, this, &SyncPage::discardPreview);
    m_preview->hide();
    return m_preview;
}

QTabWidget* SyncPage::buildLogs()
{
    m_logs = new QTabWidget(this);
    m_logs->addTab(makeTable(m_history, "syncHistory", m_logs), tr("History"));
    m_logs->addTab(makeTable(m_backlog, "syncBacklog", m_logs), tr("Backlog"));
    return m_logs;
}

QString SyncPage::lastMessage() const
{
    return m_message->text();
}

void SyncPage::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem
                                 ? QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; "
                                                  "border: 1px solid #e6a39c; }")
                                 : QStringLiteral("QLabel { background: #eaf5ee; color: #1d5c34; "
                                                  "border: 1px solid #9fcfb0; }"));
    m_message->setVisible(!text.isEmpty());
    Q_EMIT statusMessage(text);
}

void SyncPage::reloadLogs()
{
    QHash<QString, QString> names;
    const PeerListModel& peers = m_keys->peers();
    for (int row = 0; row < peers.rowCount(); ++row)
        names.insert(peers.peer(row).identity.installationId, peers.peer(row).name);
    SyncLedger ledger(m_ws.db());
    auto history = ledger.history();
    m_history->setEntries(history.ok() ? history.value() : QVector<SyncLedger::Entry>(), names);
    auto waiting = ledger.waiting();
    m_backlog->setWaiting(waiting.ok() ? waiting.value() : QVector<SyncLedger::Waiting>(), names);
    const int count = m_backlog->rowCount();
    m_logs->setTabText(1, count ? tr("Backlog (%1)").arg(count) : tr("Backlog"));
    for (QTableView* table : m_logs->findChildren<QTableView*>())
        table->resizeColumnsToContents();
    if (count != m_backlogCount) {
        m_backlogCount = count;
        Q_EMIT badgeChanged();
    }
}

void SyncPage::updateButtons()
{
    const bool idle = !m_task->isRunning();
    m_export->setEnabled(idle && m_keys->hasKeys());
    m_import->setEnabled(idle && m_keys->hasKeys() && !m_pendingKeys);
    m_export->setToolTip(m_keys->hasKeys() ? tr("Write the changes a peer has not confirmed yet "
                                                "into a bundle for that peer")
                                           : tr("Create the keys of this installation first"));
}

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

void SyncPage::showPreview(const ImportResult& r)
{
    m_counts->setCounts(r.counts);
    const QString when = QLocale().toString(r.header.createdAt.toLocalTime(), QLocale::ShortFormat);
    if (r.outcome == ImportResult::Outcome::Waiting) {
        m_previewTitle->setText(
            tr("Bundle from <b>%1</b>, made %2, starts at change %3 but this installation has "
               "applied %1's changes only up to %4. Importing it puts it in the backlog until "
               "the bundle before it arrives.")
                .arg(r.senderName.toHtmlEscaped(), when)
                .arg(r.header.fromSeq)
                .arg(r.appliedSeq));
        m_previewTable->hide();
    } else {
        const EntityCounts t = m_counts->total();
        m_previewTitle->setText(
            tr("Bundle from <b>%1</b>, made %2, with %3 change(s): %4 new record(s), %5 field(s) "
               "changed, %6 conflict(s). Nothing has been changed yet.")
                .arg(r.senderName.toHtmlEscaped(), when)
                .arg(r.header.changes)
                .arg(t.created)
                .arg(t.changed)
                .arg(t.conflicts));
        m_previewTable->show();
        m_previewTable->resizeColumnsToContents();
    }
    m_preview->show();
    showMessage(QString(), false);
}

void SyncPage::showImported(const ImportResult& r)
{
    QString text;
    switch (r.outcome) {
    case ImportResult::Outcome::ReceiptRead:
        text = tr("Receipt from %1: it has applied this installation's changes up to change %2. "
                  "The next bundle for %1 starts after it.")
                   .arg(r.senderName)
                   .arg(r.appliedSeq);
        break;
    case ImportResult::Outcome::Waiting:
        text = tr("The bundle from %1 waits in the backlog. It is applied by itself when the "
                  "bundle before it has been imported.")
                   .arg(r.senderName);
        break;
    case ImportResult::Outcome::Preview:
    case ImportResult::Outcome::Applied: {
        ImportCountsModel totals;
        totals.setCounts(r.counts);
        const EntityCounts t = totals.total();
        text = tr("Imported the bundle from %1: %2 new record(s), %3 field(s) changed.")
                   .arg(r.senderName)
                   .arg(t.created)
                   .arg(t.changed);
        if (t.conflicts > 0)
            text += QLatin1Char(' ') +
                    tr("%n conflict(s) wait on the Conflicts page.", nullptr, t.conflicts);
        if (!r.fromBacklog.isEmpty())
            text += QLatin1Char(' ') + tr("%n waiting bundle(s) from the backlog applied too.",
                                          nullptr, int(r.fromBacklog.size()));
        break;
    }
    }
    if (!r.receiptPath.isEmpty())
        text += QLatin1Char(' ') + tr("Send the receipt %1 back to %2.")
                                       .arg(QDir::toNativeSeparators(r.receiptPath), r.senderName);
    if (!r.receiptProblem.isEmpty())
        text += QLatin1Char(' ') + tr("No receipt could be written: %1").arg(r.receiptProblem);
    showMessage(text, false);
}

} // namespace regie
