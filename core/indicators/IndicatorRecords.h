#pragma once

#include "IndicatorCatalogue.h"
#include "IndicatorValue.h"

#include <QStringList>

namespace regie {

class Clock;
class Database;
class WritePath;

// A meeting the indicators count (actions 2.1-2.3, 3.3-3.4).
struct Meeting
{
    QString id;
    QString type; // see IndicatorRecords::meetingTypes()
    QDate date;
    QString title;
    QString participants;
    QString notes;
};

// A policy or signal note, a covenant, a report or an explanation of the policy (3.4-3.5).
struct PolicyNote
{
    QString id;
    QString kind; // see IndicatorRecords::noteKinds()
    QDate date;
    QString title;
    QString reference;
};

// The police team's counts for one branch and period (action 2.1).
struct BranchCount
{
    QString id;
    Period period;
    QString branch;            // see IndicatorRecords::branches()
    QMap<QString, int> counts; // establishments, controls, reports_pv, ... (missing = 0)
    QString source;
    QDate sourceDate;
};

// A partner's figure for an entered indicator and period.
struct IndicatorFigure
{
    QString id;
    QString indicatorKey;
    Period period;
    double value = 0;
    QString source;
    QDate sourceDate;
    QString note;
};

// Writes what the indicators count and Regie does not record elsewhere, through the write path,
// after checking it: a refused record changes nothing and names the field.
class IndicatorRecords
{
public:
    IndicatorRecords(Database& db, WritePath& writes, const Clock& clock)
        : m_db(db), m_writes(writes), m_clock(clock)
    {
    }

    static QStringList meetingTypes();
    static QStringList noteKinds();
    static QStringList branches();
    static QStringList branchFields();

    Result<QString> addMeeting(const Meeting& meeting);
    Result<QString> addNote(const PolicyNote& note);
    Result<QString> addBranchCount(const BranchCount& count);
    Result<QString> addFigure(const IndicatorCatalogue& catalogue, const IndicatorFigure& figure);

    Result<QVector<Meeting>> meetings(const Period& period) const;
    Result<QVector<PolicyNote>> notes(const Period& period) const;
    Result<QVector<BranchCount>> branchCounts(const Period& period) const;
    Result<QVector<IndicatorFigure>> figures(const Period& period) const;

private:
    Result<void> checkPastDate(const QDate& date, const QString& field) const;
    Result<bool> overlaps(const QString& sql, const QVariantList& binds) const;

    Database& m_db;
    WritePath& m_writes;
    const Clock& m_clock;
};

} // namespace regie
