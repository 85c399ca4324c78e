#include "CertificateStatus.h"

#include "CertificateKinds.h"

#include <array>

namespace regie {

namespace {

const std::array<const char*, 7> StatusNames = {
    "applied", "granted", "granted-with-conditions", "refused", "suspended", "withdrawn",
    "expired"};

// The newest document of a kind (a later upload replaces a stale one), or null.
const CertificateDocument* newest(const CertificateDossier& dossier, const QString& kind)
{
    const CertificateDocument* found = nullptr;
    for (const CertificateDocument& doc : dossier.documents) {
        if (doc.kind == kind && (!found || doc.date > found->date))
            found = &doc;
    }
    return found;
}

bool suspendedOn(const CertificateDossier& dossier, const QDate& date)
{
    for (const CertificateEvent& event : dossier.events) {
        if (event.kind == QLatin1String("suspension") && event.date <= date &&
            (!event.endDate.isValid() || date <= event.endDate))
            return true;
    }
    return false;
}

bool withdrawnOn(const CertificateDossier& dossier, const QDate& date)
{
    for (const CertificateEvent& event : dossier.events) {
        if (event.kind == QLatin1String("withdrawal") && event.date <= date)
            return true;
    }
    return false;
}

} // namespace

QString CertificateStatus::name(Status status)
{
    return QLatin1String(StatusNames.at(size_t(status)));
}

CertificateStatus::Status CertificateStatus::at(const CertificateDossier& dossier,
                                                const QDate& date)
{
    const CertificateEvent* decision = dossier.decision();
    if (!decision || decision->date > date)
        return Status::Applied;
    if (decision->outcome == QLatin1String("refused"))
        return Status::Refused;
    if (withdrawnOn(dossier, date))
        return Status::Withdrawn;
    if (decision->validUntil.isValid() && date > decision->validUntil)
        return Status::Expired;
    if (suspendedOn(dossier, date))
        return Status::Suspended;
    return decision->outcome == QLatin1String("granted-with-conditions")
               ? Status::GrantedWithConditions
               : Status::Granted;
}

QStringList CertificateStatus::documentProblems(const CertificateDossier& dossier,
                                                const CertificateRules& rules)
{
    QStringList problems;
    for (const QString& kind : CertificateKinds::documentKinds()) {
        const CertificateDocument* doc = newest(dossier, kind);
        if (!doc) {
            problems << kind + QStringLiteral(" (missing)");
            continue;
        }
        if (kind != CertificateKinds::criminalRecord())
            continue;
        const QDate oldestAccepted =
            dossier.applicationDate.addMonths(-rules.criminalRecordMaxAgeMonths);
        if (doc->date < oldestAccepted)
            problems << QStringLiteral("%1 (dated %2, older than %3 month(s) on %4)")
                            .arg(kind, doc->date.toString(Qt::ISODate))
                            .arg(rules.criminalRecordMaxAgeMonths)
                            .arg(dossier.applicationDate.toString(Qt::ISODate));
    }
    return problems;
}

QStringList CertificateStatus::missingChecks(const CertificateDossier& dossier)
{
    QStringList missing;
    for (const QString& kind : CertificateKinds::checkKinds()) {
        bool found = false;
        for (const CertificateCheck& check : dossier.checks)
            found = found || check.kind == kind;
        if (!found)
            missing << kind;
    }
    return missing;
}

QDate CertificateStatus::expiry(const CertificateDossier& dossier)
{
    const CertificateEvent* decision = dossier.decision();
    return decision ? decision->validUntil : QDate();
}

QDate CertificateStatus::renewalDue(const CertificateDossier& dossier,
                                    const CertificateRules& rules)
{
    const QDate last = expiry(dossier);
    return last.isValid() ? rules.renewalDueFor(last) : QDate();
}

} // namespace regie
