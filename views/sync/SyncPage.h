#pragma once

#include "shell/Page.h"
#include "sync/SyncTask.h"

class QGroupBox;
class QLabel;
class QProgressDialog;
class QPushButton;
class QTabWidget;
class QTableView;

namespace regie {

class ImportCountsModel;
class SyncBacklogModel;
class SyncHistoryModel;
class SyncKeysPanel;
class Workspace;

// The Sync page: this installation's keys and trust list, export of a bundle for a peer, import
// of a bundle in two steps (a preview of what it would do, then the import on confirmation),
// the history of bundles sent and received and the backlog of bundles waiting for an earlier
// one. Long steps run on a worker thread behind a progress dialog; every refusal is shown with
// its reason.
class SyncPage : public Page
{
    Q_OBJECT
public:
    explicit SyncPage(Workspace& ws, QWidget* parent = nullptr);
    ~SyncPage() override;

    QString key() const override { return QStringLiteral("sync"); }
    QString title() const override { return tr("Sync"); }
    QIcon icon() const override;
    // Bundles waiting in the backlog.
    int badge() const override { return m_backlogCount; }
    void activate() override;

    SyncKeysPanel& keys() { return *m_keys; }
    bool isBusy() const { return m_task->isRunning(); }
    bool hasPreview() const { return bool(m_pendingKeys); }
    ImportCountsModel& previewCounts() { return *m_counts; }
    SyncHistoryModel& history() { return *m_history; }
    SyncBacklogModel& backlog() { return *m_backlog; }
    QString lastMessage() const;

    // The steps behind the buttons, without their dialogs. Each runs on the worker thread and
    // ends with jobFinished().
    void exportBundle(const QString& peer, const QString& path, const QStringList& scope,
                      QByteArray passphrase, qint64 since = -1);
    void previewImport(const QString& path, QByteArray passphrase);
    // Imports the previewed bundle (the keys stay unlocked in guarded memory only in between).
    void confirmImport();
    void discardPreview();
    // A receipt is checked against the peer's public key: no passphrase, no preview.
    void importReceipt(const QString& path);

Q_SIGNALS:
    void jobFinished(bool ok);
    // Data arrived from a peer: other pages re-read (conflicts, lists).
    void dataImported();

private:
    enum class Step
    {
        None,
        Export,
        Preview,
        Import
    };

    QWidget* buildActions();
    QGroupBox* buildPreview();
    QTabWidget* buildLogs();
    void askExport();
    void askImport();
    void start(SyncJob job, Step step, const QString& what);
    void onFinished(const SyncJobResult& result);
    void showPreview(const ImportResult& result);
    void showImported(const ImportResult& result);
    void showMessage(const QString& text, bool problem);
    void reloadLogs();
    void updateButtons();

    Workspace& m_ws;
    SyncTask* m_task = nullptr;
    SyncKeysPanel* m_keys = nullptr;
    ImportCountsModel* m_counts = nullptr;
    SyncHistoryModel* m_history = nullptr;
    SyncBacklogModel* m_backlog = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_message = nullptr;
    QGroupBox* m_preview = nullptr;
    QLabel* m_previewTitle = nullptr;
    QTableView* m_previewTable = nullptr;
    QTabWidget* m_logs = nullptr;
    QProgressDialog* m_progress = nullptr;
    Step m_step = Step::None;
    QString m_pendingPath;
    QString m_exportPath;
    std::shared_ptr<const security::InstallationKeys> m_pendingKeys;
    int m_backlogCount = 0;
};

} // namespace regie
