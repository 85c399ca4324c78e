#pragma once

#include "Premises.h"
#include "PremisesRepository.h"
#include "TolerationZone.h"
#include "common/Result.h"
#include "storage/WritePath.h"

#include <QCoreApplication>

namespace regie {

class Clock;

// Adds and edits premises, windows and holders through the write path. The street must lie in
// the tolerated zone of the certificate rules in force today.
class PremisesService
{
    Q_DECLARE_TR_FUNCTIONS(PremisesService)

public:
    struct NewPremises
    {
        QString street;
        QString number;
        QString box;
        QString cadastralParcel;
        int windows = 1;
    };

    PremisesService(Database& db, WritePath& writes, TolerationZone zone)
        : m_db(db), m_repo(db), m_writes(writes), m_zone(std::move(zone)) {}

    // Adds the premises with windows numbered 1..windows; returns its id. Outside the zone:
    // ErrorCode::Validation naming the street and the zone.
    Result<QString> add(const NewPremises& premises);
    Result<Receipt> setCadastralParcel(const QString& premisesId, const QString& parcel);
    // Links a person to the premises in a role from `begins` (until `ends` when valid). Two main
    // holders whose periods overlap are refused (ErrorCode::RuleViolation).
    Result<QString> addHolder(const PremisesHolder& holder);
    Result<Receipt> endHolder(const QString& holderId, const QDate& ends);

    const PremisesRepository& repository() const { return m_repo; }
    const TolerationZone& zone() const { return m_zone; }

private:
    Result<void> checkHolder(const PremisesHolder& holder) const;

    Database& m_db;
    PremisesRepository m_repo;
    WritePath& m_writes;
    TolerationZone m_zone;
};

} // namespace regie
