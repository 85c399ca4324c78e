#include "CertificateRules.h"

namespace regie {

QDate CertificateRules::expiryFor(const QDate& decision) const
{
    return decision.addYears(validityYears).addDays(-1);
}

QDate CertificateRules::renewalDueFor(const QDate& expiry) const
{
    return expiry.addMonths(-renewalLeadMonths);
}

} // namespace regie
