#pragma once

#include "common/Clock.h"
#include "storage/Workspace.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace regie::bench {

// The folder the benchmark databases live in: $REGIE_BENCH_DIR when set, else QDir::tempPath().
QString baseDir();
// Pragmas run on every benchmark connection after Workspace::open: $REGIE_BENCH_PRAGMAS split at
// ';' (none by default, so the settings are Database::open's).
QStringList pragmas();

// A fresh Regie database for one benchmark run, with the system clock (as in the application),
// WAL and synchronous=FULL (as Database::open sets them). It holds `persons` persons created
// through the write path, so the change log and its indexes hold what a real database holds,
// plus an empty table plain_rows (id TEXT PRIMARY KEY, notes TEXT) STRICT for the plain inserts.
// The database for each size is built once (not timed) and copied for every run, so every run
// starts from the same file.
class BenchWorkspace
{
public:
    explicit BenchWorkspace(int persons);
    ~BenchWorkspace();
    BenchWorkspace(const BenchWorkspace&) = delete;
    BenchWorkspace& operator=(const BenchWorkspace&) = delete;

    bool ok() const { return m_ws != nullptr; }
    const QString& error() const { return m_error; }
    Database& db() { return m_ws->db(); }
    WritePath& writes() { return m_ws->writes(); }
    // The persons' ids in creation order.
    const QStringList& personIds() const { return m_ids; }

    // Runs a statement outside the timed region; false (and error()) when it fails.
    bool exec(const QString& sql);
    // Folds the WAL back into the database, so that every timed round starts with an empty WAL
    // (after resetting busy statements, without which the checkpoint fails).
    bool checkpoint();
    // Resets the statements of this connection that were stepped but not run to their end (a
    // cached single-row SELECT that nobody finish()ed) and returns how many there were. Such a
    // statement keeps a read transaction open, so no checkpoint can complete (SQLITE_LOCKED).
    int resetBusyStatements();
    // How many busy statements Workspace::open left behind (see docs/performance.md).
    int busyAfterOpen() const { return m_busyAfterOpen; }

private:
    bool open(int persons);

    std::unique_ptr<QTemporaryDir> m_dir;
    SystemClock m_clock;
    std::unique_ptr<Workspace> m_ws;
    QStringList m_ids;
    QString m_error;
    int m_busyAfterOpen = 0;
};

} // namespace regie::bench
