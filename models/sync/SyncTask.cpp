#include "SyncTask.h"

#include "storage/Workspace.h"
#include "sync/KeyStore.h"

#include <QThread>

namespace regie {

SyncTask::SyncTask(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock) {}

SyncTask::~SyncTask()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

SyncJobResult SyncTask::run(SyncJob job, const Clock& clock)
{
    SyncJobResult result;
    Workspace::Options options;
    options.path = job.databasePath;
    options.userName = job.userName;
    options.seedActionPlan = false;
    auto ws = Workspace::open(options, clock);
    if (!ws.ok()) {
        result.error = ws.error();
        return result;
    }
    Workspace& workspace = *ws.value();
    if (!job.keys) {
        auto keys = KeyStore(workspace.db()).unlock(workspace.installation(), job.passphrase);
        job.passphrase.fill('\0');
        job.passphrase.clear();
        if (!keys.ok()) {
            result.error = keys.error();
            return result;
        }
        job.keys = std::make_shared<const security::InstallationKeys>(std::move(keys).value());
    }
    result.keys = job.keys;
    if (job.kind == SyncJob::Kind::Export) {
        auto header = SyncExporter(workspace).run(*job.keys, job.exportOptions);
        if (header.ok())
            result.exported = header.value();
        else
            result.error = header.error();
        return result;
    }
    ImportOptions importOptions;
    importOptions.dryRun = job.kind == SyncJob::Kind::Preview;
    auto imported = SyncImporter(workspace).run(job.bundlePath, *job.keys, importOptions);
    if (imported.ok())
        result.imported = std::move(imported).value();
    else
        result.error = imported.error();
    return result;
}

bool SyncTask::start(SyncJob job)
{
    if (m_running)
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_running = true;
    auto result = std::make_shared<SyncJobResult>();
    const Clock& clock = m_clock;
    m_thread = QThread::create(
        [job = std::move(job), result, &clock]() mutable { *result = run(std::move(job), clock); });
    connect(m_thread, &QThread::finished, this, [this, result]() {
        m_running = false;
        Q_EMIT finished(*result);
    });
    m_thread->start();
    return true;
}

} // namespace regie
