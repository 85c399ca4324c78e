#pragma once

#include "Certificate.h"
#include "CertificateRepository.h"
#include "CertificateRuleBook.h"
#include "common/Result.h"
#include "storage/WritePath.h"

#include <QCoreApplication>

namespace regie {

class Clock;

// Runs a fitness-certificate dossier (domain-rules.md §5) through the write path: application,
// documents, checks, decision with conditions, suspension and withdrawal. Every step is also a
// dated row in certificate_events, the dossier's history.
class CertificateService
{
    Q_DECLARE_TR_FUNCTIONS(CertificateService)

public:
    struct Decision
    {
        QString outcome; // granted, granted-with-conditions, refused
        QDate date;
        QVector<CertificateCondition> conditions; // text + due date, for a conditional grant
        QString detail;
    };

    CertificateService(Database& db, WritePath& writes, const Clock& clock,
                       CertificateRuleBook rules)
        : m_db(db), m_repo(db), m_writes(writes), m_clock(clock), m_rules(std::move(rules)) {}

    // A new application (renewalOf empty) or renewal for a premises; returns the dossier id.
    Result<QString> apply(const QString& premisesId, const QDate& applicationDate,
                          const QString& renewalOf = {});
    Result<QString> addDocument(const QString& dossierId, const CertificateDocument& document);
    Result<QString> addCheck(const QString& dossierId, const CertificateCheck& check);
    // Refused (ErrorCode::RuleViolation) while documents are missing or stale or checks are
    // missing; the detail lists them by name.
    Result<QString> decide(const QString& dossierId, const Decision& decision);
    Result<QString> meetCondition(const QString& conditionId, const QDate& date);
    // From a sanction decision: status becomes "suspended" from `start` through `end` (open when
    // invalid) and "withdrawn" from the withdrawal date on. Both may lie in the future.
    Result<QString> suspend(const QString& dossierId, const QDate& start, const QDate& end,
                            const QString& reference);
    Result<QString> withdraw(const QString& dossierId, const QDate& date,
                             const QString& reference);

    const CertificateRepository& repository() const { return m_repo; }
    const CertificateRuleBook& rules() const { return m_rules; }
    CertificateRules rulesFor(const CertificateDossier& dossier) const
    {
        return m_rules.forDate(dossier.applicationDate);
    }

private:
    Result<CertificateDossier> openDossier(const QString& id) const;
    Result<void> checkNotFuture(const QDate& date, const QString& field) const;
    Result<void> checkDecisionAllowed(const CertificateDossier& dossier,
                                      const Decision& decision) const;
    Result<CertificateDossier> grantedDossier(const QString& id, const QDate& date) const;
    static QVariantMap eventFields(const QString& dossierId, const QString& kind,
                                   const QDate& date, const QString& detail);

    Database& m_db;
    CertificateRepository m_repo;
    WritePath& m_writes;
    const Clock& m_clock;
    CertificateRuleBook m_rules;
};

} // namespace regie
