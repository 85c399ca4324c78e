#pragma once

#include "Inspection.h"
#include "common/Result.h"

namespace regie {

class Database;

// Reads inspections with their answers, amendments, photos and findings.
class InspectionRepository
{
public:
    explicit InspectionRepository(Database& db) : m_db(db) {}

    Result<Inspection> find(const QString& id) const;
    // Inspections without their answers, newest first; of one premises when premisesId is set.
    Result<QVector<Inspection>> list(const QString& premisesId = {}) const;

private:
    Result<void> loadAnswers(Inspection& inspection) const;
    Result<void> loadAmendments(Inspection& inspection) const;
    Result<void> loadPhotos(Inspection& inspection) const;
    Result<void> loadFindings(Inspection& inspection) const;

    Database& m_db;
};

} // namespace regie
