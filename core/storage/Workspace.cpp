#include "Workspace.h"

#include "Transaction.h"
#include "actionplan/ActionPlanSeeder.h"

namespace regie {

Result<std::unique_ptr<Workspace>> Workspace::open(const Options& options, const Clock& clock)
{
    auto db = Database::open(options.path, options.lock);
    if (!db.ok())
        return db.error();
    std::unique_ptr<Workspace> ws(new Workspace(std::move(db).value(), clock));
    InstallationStore installations(*ws->m_db);
    auto self = installations.self();
    if (!self.ok()) {
        if (self.error().code != ErrorCode::NotFound)
            return self.error();
        Transaction tx(*ws->m_db);
        if (!tx.status().ok())
            return tx.status().error();
        self = installations.createSelf(clock, options.shortCode, options.displayName);
        if (!self.ok())
            return self.error();
        ws->m_installation = self.value();
        ws->m_writes = std::make_unique<WritePath>(
            *ws->m_db, clock, Actor{ws->m_installation.id, options.userName});
        if (options.seedActionPlan) {
            if (auto seeded = ActionPlanSeeder(*ws->m_writes).loadBundledPlan(); !seeded.ok())
                return seeded.error();
        }
        if (auto committed = tx.commit(); !committed.ok())
            return committed.error();
        ws->m_created = true;
        return ws;
    }
    ws->m_installation = self.value();
    ws->m_writes = std::make_unique<WritePath>(*ws->m_db, clock,
                                               Actor{ws->m_installation.id, options.userName});
    return ws;
}

} // namespace regie
