#pragma once

#include "Measure.h"
#include "common/Result.h"

#include <QVector>

namespace regie {

class Database;

// Reads of mayor's measures, filtered and paged in SQL.
class MeasureRepository
{
public:
    explicit MeasureRepository(Database& db) : m_db(db) {}

    struct Filter
    {
        QString kind;
        QString state;
        QString personId;
        QString premisesId;
        int offset = 0;
        int limit = 200;
    };

    Result<QVector<Measure>> find(const Filter& filter) const;
    Result<Measure> get(const QString& idOrNumber) const;
    Result<QVector<MeasureEvent>> events(const QString& measureId) const;
    Result<int> nextSequence(const QString& installationCode, int year) const;
    // Whether a row with that id exists (and is not deleted) in `table` (persons, premises).
    Result<bool> exists(const QString& table, const QString& id) const;

private:
    Database& m_db;
};

} // namespace regie
