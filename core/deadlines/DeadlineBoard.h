#pragma once

#include "DeadlineItem.h"
#include "common/Result.h"
#include "rules/RuleBook.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVector>

namespace regie {

class Clock;
class Database;

// The legal staff's home page (domain-rules.md §2, §4): for every open GAS dossier and every
// measure in force, the deadlines that need attention today:
//  - overdue: the dossier's next deadline (earliest decision, planned hearing, payment, end of
//    collection) has passed, or the limitation date passed before a decision;
//  - due: the next deadline falls within `dueWithinDays` (default 7);
//  - limitation: a dossier without decision reaches its limitation within `limitationLeadDays`
//    (default 30);
//  - hearing: a hearing planned in the coming week (today and the six days after);
//  - measure-expiry: a measure in force ends within `dueWithinDays`;
//  - for sanctions against a certificate holder: the appeal term, start and end of a sanction.
// The dates are the derived columns that the services keep from the legal clock, read with one
// query per table; derivations are recomputed with the clock on request, for the board's rows.
class DeadlineBoard
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineBoard)

public:
    struct Options
    {
        int dueWithinDays = 7;
        int limitationLeadDays = 30;
        // Derivations rerun the legal clock per dossier on the board: worth it for a report,
        // not for a list that shows them on demand (explain()).
        bool derivations = false;
    };

    DeadlineBoard(Database& db, const Clock& clock, RuleBook rules);

    Result<QVector<DeadlineItem>> compute(const Options& options) const;
    Result<QVector<DeadlineItem>> compute() const { return compute(Options{}); }

    // Fills in the derivation of each item from the legal clock of its dossier or measure.
    Result<void> explain(QVector<DeadlineItem>& items) const;

    static QJsonObject toJson(const DeadlineItem& item);

private:
    Result<void> addGas(const Options& options, QVector<DeadlineItem>& items) const;
    Result<void> addMeasures(const Options& options, QVector<DeadlineItem>& items) const;
    // Sanctions against certificate holders (HolderSanctionDeadlines.cpp): the Council of State
    // term of a decision, and a sanction's first and last day, explained when added.
    Result<void> addHolderSanctions(const Options& options, QVector<DeadlineItem>& items) const;
    Database& m_db;
    const Clock& m_clock;
    RuleBook m_rules;
};

} // namespace regie
