// The Sync page's layout and state: the actions, the keys panel, the preview box, the history
// and backlog tabs, the message line and which buttons are enabled. Its jobs are in
// SyncPageJobs.cpp, the words for their results in SyncPageResults.cpp.

#include "SyncPage.h"

#include "SyncKeysPanel.h"
#include "storage/Workspace.h"
#include "sync/ImportCountsModel.h"
#include "sync/PeerListModel.h"
#include "sync/SyncHistoryModel.h"
#include "sync/SyncLedger.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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

} // namespace regie
