#pragma once

#include "Measure.h"
#include "MeasureRepository.h"
#include "common/Result.h"
#include "rules/ClockReport.h"
#include "rules/RuleBook.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace regie {

class Clock;
class Database;
class WritePath;

// What the mayor decided (domain-rules.md §4).
struct MeasureInput
{
    QString kind; // place-ban | closure-trafficking | closure-public-order | hearing-order
    QString personId;
    QString premisesId;
    QString perimeter;
    QString orderText;
    QString reason;
    QDate decisionDate;
    QDate startDate; // defaults to the decision date
    std::optional<int> months;
    QDate hearingDate;      // the hearing before the decision
    QString urgencyReason;  // place ban without prior hearing: why
    QDate consultationDate; // trafficking: the judicial authorities were consulted
    QDate confirmationDate; // public order: the college confirmed
    QDate validUntil;       // hearing order: last day of validity
    QString gasDossierId;
};

struct MeasureEventInput
{
    QString type; // renewed | hearing-held | consultation-recorded | college-confirmed | lifted |
                  // breach
    QDate date;
    std::optional<int> months; // renewed (default 1)
    QString note;
};

struct MeasureOutcome
{
    QString id;
    QString number;
    QString state;
    QDate endDate;
    QStringList warnings;
};

struct MeasureView
{
    Measure measure;
    QVector<MeasureEvent> events;
    ClockReport clock;
    QString status; // scheduled | in-force | expired | lifted
    QStringList flags;
};

// The mayor's measures: place bans (at most 1 month, renewable twice, hearing first unless
// urgent), closures for human trafficking (at most 6 months, judicial authorities consulted) and
// for public-order disturbance (at most 3 months, confirmed by the college), hearing orders. End
// dates and limits come from MeasureClock (the same as `regie-cli clock`); a refused step is
// ErrorCode::RuleViolation with detail "<rule>: <message>" and field = the rule.
class MeasureService
{
    Q_DECLARE_TR_FUNCTIONS(MeasureService)

public:
    MeasureService(Database& db, WritePath& writes, const Clock& clock, RuleBook rules);

    Result<MeasureOutcome> create(const MeasureInput& input);
    Result<MeasureOutcome> record(const QString& idOrNumber, const MeasureEventInput& input);
    Result<MeasureView> view(const QString& idOrNumber) const;
    const MeasureRepository& repository() const { return m_repo; }

    // The legal clock of a stored measure (banEnd / closureEnd; orderEnd for a hearing order).
    static Result<ClockReport> clockOf(const Measure& measure, const QVector<MeasureEvent>& events,
                                       const RuleBook& book);
    static QStringList kinds();
    static QStringList eventTypes();

private:
    Result<void> checkDates(const MeasureInput& input) const;
    Result<void> checkKind(const MeasureInput& input) const;
    Result<void> checkParty(const MeasureInput& input) const;
    Result<Measure> build(const MeasureInput& input) const;
    Result<MeasureOutcome> write(Measure& measure);
    Result<void> checkEvent(const Measure& measure, const MeasureEventInput& input) const;
    Result<void> checkRenewal(Measure& measure, const QVector<MeasureEvent>& events) const;

    Database& m_db;
    WritePath& m_writes;
    const Clock& m_clock;
    RuleBook m_rules;
    MeasureRepository m_repo;
};

} // namespace regie
