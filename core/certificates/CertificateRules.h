#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace regie {

// The fitness-certificate configuration in force from a date (resources/rules/
// certificate-rules.json): validity, renewal lead, document age limit, photo size limit and the
// streets of the tolerated zone. Plain data; CertificateRuleBook picks the set for a date.
struct CertificateRules
{
    QString name;
    QDate validFrom;
    int validityYears = 3;
    int renewalLeadMonths = 3;
    int criminalRecordMaxAgeMonths = 1;
    qint64 photoMaxBytes = 10 * 1024 * 1024;
    QStringList zoneStreets{QStringLiteral("Schippersstraat"), QStringLiteral("Vingerlingstraat"),
                            QStringLiteral("Verversrui")};

    // Last day of a certificate decided on `decision`: the day before the same day-number
    // validityYears later (domain-rules.md §1, a measure in force from D for N months).
    QDate expiryFor(const QDate& decision) const;
    // The day a renewal falls due: renewalLeadMonths before expiry.
    QDate renewalDueFor(const QDate& expiry) const;
};

} // namespace regie
