#pragma once

#include "Database.h"
#include "InstallationStore.h"
#include "WritePath.h"
#include "common/Result.h"

#include <memory>

namespace regie {

class Clock;

// An open Regie database with its installation identity and write path: what every front end
// (GUI, CLI, tests) needs before it can build services.
class Workspace
{
public:
    struct Options
    {
        QString path;
        Database::Lock lock = Database::Lock::None;
        QString userName;
        // Used only when the database is created: the identity of the new installation.
        QString shortCode = QStringLiteral("BH");
        QString displayName = QStringLiteral("Regie");
        bool seedActionPlan = true;
    };

    static Result<std::unique_ptr<Workspace>> open(const Options& options, const Clock& clock);

    Database& db() { return *m_db; }
    WritePath& writes() { return *m_writes; }
    const Installation& installation() const { return m_installation; }
    const Clock& clock() const { return m_clock; }
    bool wasCreated() const { return m_created; }

private:
    Workspace(std::unique_ptr<Database> db, const Clock& clock) : m_db(std::move(db)), m_clock(clock) {}

    std::unique_ptr<Database> m_db;
    const Clock& m_clock;
    std::unique_ptr<WritePath> m_writes;
    Installation m_installation;
    bool m_created = false;
};

} // namespace regie
