#pragma once

#include "RuleBook.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QVector>

namespace regie {

class Clock;
class Database;
class WritePath;

// The rule sets stored in the database (table rule_sets). The embedded defaults are written on
// first use; a newer set can be added, and the book that procedures use is read from here.
class RuleStore
{
    Q_DECLARE_TR_FUNCTIONS(RuleStore)

public:
    struct Stored
    {
        QString id;
        RuleSet set;
        QString origin; // default | added
        QDate addedOn;
    };

    RuleStore(Database& db, WritePath& writes, const Clock& clock)
        : m_db(db), m_writes(writes), m_clock(clock) {}

    // Writes the embedded default sets that are not stored yet (ids derived from procedure and
    // valid-from date, so every installation writes the same rows).
    Result<int> seedDefaults();
    // Every stored set, by procedure and valid-from date.
    Result<QVector<Stored>> list() const;
    // The book of the stored sets; the embedded defaults when none is stored.
    Result<RuleBook> book() const;
    // Adds a set given as the JSON object of one rule set. Refused: a malformed set (the field is
    // named), a set a procedure cannot use (a rule missing or of the wrong type), and a set that
    // does not start after the newest set of its procedure ("rule-set-not-newer").
    Result<Stored> add(const QByteArray& json);

    static QString idFor(const RuleSet& set);

private:
    static Result<void> usable(const RuleSet& set);

    Database& m_db;
    WritePath& m_writes;
    const Clock& m_clock;
};

} // namespace regie
