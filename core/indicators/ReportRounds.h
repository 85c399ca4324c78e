#pragma once

#include "IndicatorCatalogue.h"
#include "IndicatorValue.h"

#include <QDateTime>

class QSqlQuery;

namespace regie {

class Clock;
class Database;
class IndicatorEngine;
class WritePath;

// A reporting round (action 3.4): a half year or a year for the planning group and partners.
struct ReportRound
{
    QString id;
    QString name;
    QString kind; // half-year | year | other
    Period period;
    QDateTime frozenAt; // invalid while open
    QString frozenBy;
    bool frozen() const { return frozenAt.isValid(); }
};

// An indicator's value in a round beside its value in the previous round.
struct RoundRow
{
    IndicatorValue current;
    std::optional<IndicatorValue> previous;
};

// Rounds are created open; an open round shows live values. Freezing is an explicit, audited
// action that stores every indicator's value with its source and date; after that the round's
// values never change and freezing again or changing its period is refused. A round may be
// frozen before its period ends (an early report); the freeze date says how far it counted.
class ReportRounds
{
public:
    ReportRounds(Database& db, WritePath& writes, const Clock& clock)
        : m_db(db), m_writes(writes), m_clock(clock)
    {
    }

    // "half-year" for 1 Jan-30 Jun or 1 Jul-31 Dec, "year" for a calendar year, else "other".
    static QString kindOf(const Period& period);

    Result<ReportRound> create(const QString& name, const Period& period);
    Result<ReportRound> freeze(const QString& name, IndicatorEngine& engine,
                               const IndicatorCatalogue& catalogue);
    Result<ReportRound> setPeriod(const QString& name, const Period& period);
    Result<QVector<ReportRound>> list() const;
    Result<ReportRound> find(const QString& name) const;
    // The latest frozen round that ends before this one starts (same kind first), if any.
    Result<std::optional<ReportRound>> previous(const ReportRound& round) const;

    // A frozen round's stored values; an open round's live values.
    Result<QVector<IndicatorValue>> values(const ReportRound& round, IndicatorEngine& engine,
                                           const IndicatorCatalogue& catalogue) const;
    // Values with the previous round beside them.
    Result<QVector<RoundRow>> compare(const ReportRound& round, IndicatorEngine& engine,
                                      const IndicatorCatalogue& catalogue) const;

private:
    Result<QVector<IndicatorValue>> stored(const QString& roundId) const;
    static ReportRound fromQuery(const QSqlQuery& q);

    Database& m_db;
    WritePath& m_writes;
    const Clock& m_clock;
};

} // namespace regie
