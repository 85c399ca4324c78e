#pragma once

#include "Certificate.h"
#include "CertificateRules.h"

namespace regie {

// Status of a dossier at a date, computed from its dated events (nothing is stored, so a
// suspension or withdrawal takes effect on its start date without a scheduler).
class CertificateStatus
{
public:
    enum class Status { Applied, Granted, GrantedWithConditions, Refused, Suspended, Withdrawn,
                        Expired };

    // "applied", "granted", "granted-with-conditions", "refused", "suspended", "withdrawn",
    // "expired"
    static QString name(Status status);
    static Status at(const CertificateDossier& dossier, const QDate& date);
    // Whether the certificate allows operating the premises on that date.
    static bool inForce(Status status)
    {
        return status == Status::Granted || status == Status::GrantedWithConditions;
    }

    // Items of the application checklist that are missing or stale on the application date,
    // by name: "criminal-record (dated 2026-09-01, older than 1 month on 2026-11-20)".
    static QStringList documentProblems(const CertificateDossier& dossier,
                                        const CertificateRules& rules);
    // Checks not yet recorded, by name.
    static QStringList missingChecks(const CertificateDossier& dossier);

    // Last day of validity (invalid when not granted).
    static QDate expiry(const CertificateDossier& dossier);
    // Renewal due date under `rules` (invalid when not granted).
    static QDate renewalDue(const CertificateDossier& dossier, const CertificateRules& rules);
};

} // namespace regie
