#pragma once

#include "HolderSanction.h"
#include "common/Result.h"

namespace regie {

class Database;

// Reads holder-sanction dossiers with their events (prepared statements only).
class HolderSanctionRepository
{
public:
    explicit HolderSanctionRepository(Database& db) : m_db(db) {}

    // By id or by number.
    Result<HolderSanction> find(const QString& idOrNumber) const;
    // Every dossier, newest first; `premisesId` narrows it. Events are loaded too.
    Result<QVector<HolderSanction>> list(const QString& premisesId = {}) const;
    Result<int> nextSequence(const QString& installationCode, int year) const;

private:
    Result<void> loadEvents(HolderSanction& dossier) const;
    Database& m_db;
};

} // namespace regie
