#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace regie {

// The streets where window premises are tolerated (configuration: CertificateRules::zoneStreets).
class TolerationZone
{
    Q_DECLARE_TR_FUNCTIONS(TolerationZone)

public:
    explicit TolerationZone(QStringList streets) : m_streets(std::move(streets)) {}

    // The zone's spelling of `street` (case and whitespace do not matter); ErrorCode::Validation
    // naming the street and the zone when it lies outside.
    Result<QString> canonicalStreet(const QString& street) const;
    const QStringList& streets() const { return m_streets; }

private:
    QStringList m_streets;
};

} // namespace regie
