#pragma once

#include "HolderSanctionRepository.h"
#include "rules/RuleBook.h"

#include <QCoreApplication>

namespace regie {

class CertificateService;
class Clock;
class Database;
class WritePath;

// The sanction procedure against a certificate holder (domain-rules.md §3): findings, a warning
// letter first; a new finding after the warning opens the sanction track: hearing invitation,
// hearing, college decision (suspension, withdrawal, temporary closure of at most the rule set's
// months, definitive closure), execution control, appeal to the Council of State within its term
// of the notification. A suspension or withdrawal is handed to the certificate dossier, whose
// status changes on the start date. A refused step is ErrorCode::RuleViolation with detail
// "<rule>: <message naming the dates>" and field = the rule.
class HolderSanctionService
{
    Q_DECLARE_TR_FUNCTIONS(HolderSanctionService)

public:
    HolderSanctionService(Database& db, WritePath& writes, const Clock& clock, RuleBook rules,
                          CertificateService& certificates);

    // Opens a dossier for the premises with its first finding.
    Result<HolderSanction> open(const QString& premisesId, const HolderSanctionEvent& finding);
    // Opens a dossier from an inspection's draft finding (premises and link taken from it).
    Result<HolderSanction> openFromFinding(const QString& findingId, const QDate& date,
                                           const QString& reportNumber);
    // Records a step; returns the dossier as it now stands. `warnings` gets what is allowed but
    // worth knowing (an appeal filed after its term).
    Result<HolderSanction> record(const QString& idOrNumber, const HolderSanctionEvent& event,
                                  QStringList* warnings = nullptr);
    // Links an inspection finding to a GAS dossier opened for it.
    Result<void> linkFindingToGas(const QString& findingId, const QString& gasDossierId);

    HolderSanctionState stateOf(const HolderSanction& dossier) const;
    const HolderSanctionRepository& repository() const { return m_repo; }

private:
    Result<void> check(const HolderSanction& dossier, const HolderSanctionEvent& event,
                       QStringList* warnings) const;
    Result<void> checkDecision(const HolderSanction& dossier,
                               const HolderSanctionEvent& event) const;
    Result<QString> certificateOf(const HolderSanction& dossier) const;
    Result<void> applyToCertificate(const HolderSanction& dossier,
                                    const HolderSanctionEvent& event);
    int rule(const QString& key, int fallback) const;

    Database& m_db;
    WritePath& m_writes;
    const Clock& m_clock;
    RuleBook m_rules;
    CertificateService& m_certificates;
    HolderSanctionRepository m_repo;
};

} // namespace regie
