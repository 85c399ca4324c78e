#pragma once

#include "Premises.h"
#include "common/Result.h"

namespace regie {

class Database;

// Reads premises, their windows and holders (never writes: PremisesService does, through the
// write path).
class PremisesRepository
{
public:
    explicit PremisesRepository(Database& db) : m_db(db) {}

    // Every premises with its window count, ordered by street and house number.
    Result<QVector<Premises>> list() const;
    // One premises with its windows and holders; ErrorCode::NotFound when unknown or deleted.
    Result<Premises> find(const QString& id) const;
    Result<QVector<PremisesWindow>> windows(const QString& premisesId) const;
    Result<QVector<PremisesHolder>> holders(const QString& premisesId) const;
    Result<bool> exists(const QString& id) const;

private:
    Database& m_db;
};

} // namespace regie
