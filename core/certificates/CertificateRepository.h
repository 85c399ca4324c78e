#pragma once

#include "Certificate.h"
#include "common/Result.h"

#include <QHash>

namespace regie {

class Database;

// Reads certificate dossiers with their documents, checks, conditions and events. Lists load
// everything in five statements (no query per dossier), so 300 premises with ten years of
// history stay fast.
class CertificateRepository
{
public:
    // Full: everything (show, history). Summary: what status, validity and the planner need —
    // the decision, suspension and withdrawal events and the conditions, not the documents,
    // checks or other history (lists over ten years stay fast).
    enum class Detail { Full, Summary };

    explicit CertificateRepository(Database& db) : m_db(db) {}

    Result<CertificateDossier> find(const QString& id) const;
    // Every dossier, oldest application first; `scope` (a premises or dossier id) narrows it.
    Result<QVector<CertificateDossier>> list(const QString& scope = {},
                                             Detail detail = Detail::Full) const;
    // The dossier a condition belongs to; ErrorCode::NotFound when unknown.
    Result<QString> dossierOfCondition(const QString& conditionId) const;

private:
    using Index = QHash<QString, qsizetype>;
    Result<void> loadDocuments(QVector<CertificateDossier>& dossiers, const Index& index,
                               const QString& scope) const;
    Result<void> loadChecks(QVector<CertificateDossier>& dossiers, const Index& index,
                               const QString& scope) const;
    Result<void> loadConditions(QVector<CertificateDossier>& dossiers, const Index& index,
                               const QString& scope) const;
    Result<void> loadEvents(QVector<CertificateDossier>& dossiers, const Index& index,
                               const QString& scope) const;
    Result<void> loadStatusEvents(QVector<CertificateDossier>& dossiers, const Index& index,
                                  const QString& scope) const;
    Result<void> readEvents(QVector<CertificateDossier>& dossiers, const Index& index,
                            const QString& scope, const QString& kinds) const;

    Database& m_db;
};

} // namespace regie
