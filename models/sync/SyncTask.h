#pragma once

#include "common/Error.h"
#include "security/InstallationKeys.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"

#include <QObject>
#include <memory>
#include <optional>

namespace regie {

class Clock;

// One long sync step for the GUI: export a bundle, preview an import (dry run) or import.
struct SyncJob
{
    enum class Kind
    {
        Export,
        Preview,
        Import
    };
    Kind kind = Kind::Preview;
    QString databasePath; // the worker opens its own connection to this database
    QString userName;     // named in the change log and audit trail
    // Unlocks the keys when `keys` is empty; cleared as soon as it has been used.
    QByteArray passphrase;
    // Keys unlocked by an earlier job (a preview hands them to the import that follows it).
    std::shared_ptr<const security::InstallationKeys> keys;
    ExportOptions exportOptions; // Export
    QString bundlePath;          // Preview, Import
};

struct SyncJobResult
{
    std::optional<Error> error;
    BundleHeader exported;                                  // Export
    ImportResult imported;                                  // Preview, Import
    std::shared_ptr<const security::InstallationKeys> keys; // unlocked for this job
    bool ok() const { return !error.has_value(); }
};

// Runs a SyncJob on a worker thread with its own database connection (a Qt SQL connection
// belongs to the thread that made it), so the window stays responsive while a large bundle is
// written or applied. SQLite serialises the writes; the caller keeps the user from editing
// meanwhile (a modal progress dialog).
class SyncTask : public QObject
{
    Q_OBJECT
public:
    explicit SyncTask(const Clock& clock, QObject* parent = nullptr);
    ~SyncTask() override;

    bool isRunning() const { return m_running; }
    // Refused (false) while another job runs.
    bool start(SyncJob job);
    // The same work on the calling thread.
    static SyncJobResult run(SyncJob job, const Clock& clock);

Q_SIGNALS:
    void finished(const regie::SyncJobResult& result);

private:
    const Clock& m_clock;
    bool m_running = false;
    class QThread* m_thread = nullptr;
};

} // namespace regie

Q_DECLARE_METATYPE(regie::SyncJobResult)
