#pragma once

#include "IndicatorCatalogue.h"
#include "IndicatorValue.h"

namespace regie {

class Clock;
class Database;

// Counts every indicator for any period from the stored records (prepared reads only). A day
// counts when it lies in the period, first and last day included; figures and aggregates that
// are themselves kept per period count when their period lies wholly inside the asked period.
class IndicatorEngine
{
public:
    IndicatorEngine(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    Result<IndicatorValue> value(const IndicatorDefinition& definition, const Period& period);
    Result<QVector<IndicatorValue>> values(const IndicatorCatalogue& catalogue,
                                           const Period& period);

    // The computed and imported queries this engine knows.
    static QStringList queries();

private:
    Result<std::optional<double>> number(const QString& sql, const QVariantList& binds);
    Result<void> computed(const IndicatorDefinition& d, const Period& p, IndicatorValue& out);
    Result<void> entered(const IndicatorDefinition& d, const Period& p, IndicatorValue& out);
    Result<void> imported(const IndicatorDefinition& d, const Period& p, IndicatorValue& out);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace regie
