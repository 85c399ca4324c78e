#pragma once

#include "GasDossier.h"
#include "GasDossierClock.h"
#include "GasRepository.h"
#include "OffenceCatalogue.h"
#include "common/Result.h"
#include "rules/ClockReport.h"
#include "rules/RuleBook.h"

#include <QCoreApplication>
#include <QStringList>

namespace regie {

class Clock;
class Database;
class WritePath;
struct Receipt;

// What the intake of a finding needs (domain-rules.md §2).
struct GasIntake
{
    QString personId;
    QDate factsDate;
    QString offenceCode;
    QString reportNumber;
    QString reportKind = QStringLiteral("police"); // police | administrative
    QDate receivedDate;                            // the finding reached the sanctioning official
    std::optional<double> intendedFine;
    QString place;
    QString notes;
};

// One step to record on a dossier. `date` is the day it happened (for hearing-planned: the day
// the hearing will take place).
struct GasEventInput
{
    QString type;
    QDate date;
    std::optional<double> amount; // decision, judgment, payment
    QString court;                // appeal
    QString outcome;   // decision: fine|no-fine|...; judgment: confirmed|reduced|annulled
    QString reference; // payment: the reference paid with
    QString note;
};

// The outcome of an intake or an event: the record, its new state and soft findings.
struct GasOutcome
{
    QString id;
    QString number;
    QString state;
    QStringList warnings; // accepted, but worth a look: "pv.pattern: ...", "appeal-late: ..."
    QStringList flags;    // machine codes: received-late, repeat-offence, minor, payment-late ...
};

// A dossier with everything `gas show` prints.
struct GasDossierView
{
    GasDossier dossier;
    QVector<GasEvent> events;
    QVector<GasPayment> payments;
    ClockReport clock;
    QStringList flags;
    QString paymentStatus; // none | open | partial | paid | overdue
};

// The GAS fine procedure: intake of a finding, the dated events with the state machine and its
// guards (the same legal clock as `regie-cli clock`), payments. Every change goes through the
// write path in one change set; a refused step changes nothing and names the rule and dates
// (ErrorCode::RuleViolation, detail "<rule>: <message>", field = the rule).
class GasService
{
    Q_DECLARE_TR_FUNCTIONS(GasService)

public:
    GasService(Database& db, WritePath& writes, const Clock& clock, RuleBook rules);

    Result<GasOutcome> intake(const GasIntake& intake);
    Result<GasOutcome> record(const QString& idOrNumber, const GasEventInput& input);
    // Reads a dossier for display and records the read in the audit trail.
    Result<GasDossierView> open(const QString& idOrNumber);
    Result<GasDossierView> view(const QString& idOrNumber) const;

    const GasRepository& repository() const { return m_repo; }
    OffenceCatalogue& offences() { return m_offences; }
    const RuleBook& rules() const { return m_rules; }

    static QString formatNumber(const QString& code, int year, int sequence);
    // none | open | partial | paid | overdue (after the payment term, not fully paid).
    static QString paymentStatus(const GasDossier& dossier, const QDate& today);
    static Error refusal(const QString& rule, const QString& message);

private:
    struct Intake;
    struct Step;
    Result<void> checkIntakeDates(const GasIntake& intake) const;
    Result<void> assessIntake(Intake& work) const;
    Result<void> checkRepeat(Intake& work) const;
    Result<GasOutcome> writeIntake(Intake& work);
    Result<void> checkEvent(Step& step) const;
    Result<void> checkStart(Step& step) const;
    Result<void> checkDecision(Step& step) const;
    Result<void> checkPayment(Step& step) const;
    Result<void> checkLate(Step& step) const;
    QString nextState(const Step& step) const;
    Result<GasOutcome> writeEvent(Step& step);
    static QStringList flagsOf(const GasDossier& dossier);

    Database& m_db;
    WritePath& m_writes;
    const Clock& m_clock;
    RuleBook m_rules;
    GasRepository m_repo;
    OffenceCatalogue m_offences;
};

} // namespace regie
