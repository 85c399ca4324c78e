#pragma once

#include "Actor.h"
#include "common/Result.h"

namespace regie {

class Clock;
class Database;

// Appends to the audit trail: every user action that changes data (written by the write path)
// and every read of a person's dossier (privacy: who looked at whom, when).
class AuditTrail
{
public:
    AuditTrail(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    Result<void> record(const Actor& actor, const QString& action, const QString& entity,
                        const QString& entityId, const QString& txn, const QString& detail);
    Result<void> recordAccess(const Actor& actor, const QString& entity, const QString& entityId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace regie
