#pragma once

#include "ProcedureKind.h"
#include "RuleSet.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

namespace regie {

// All rule sets Regie knows, for every procedure. A procedure uses the set valid on its date of
// facts: the set with the latest validFrom on or before that date (a set stays valid until the
// next set of the same procedure starts).
class RuleBook
{
    Q_DECLARE_TR_FUNCTIONS(RuleBook)

public:
    // The embedded default rules (resources/rules/default-rules.json).
    static QString defaultResourcePath()
    {
        return QStringLiteral(":/regie/rules/default-rules.json");
    }
    static Result<RuleBook> loadDefault();
    static Result<RuleBook> loadFile(const QString& path);
    // {"format": 1, "ruleSets": [ {RuleSet}, ... ]}; errors name "ruleSets[i].<field>".
    static Result<RuleBook> fromJson(const QByteArray& json);
    static Result<RuleBook> fromJson(const QJsonObject& object);

    // Adds a set (e.g. from a database row); refuses a second set for the same procedure and
    // valid-from date (ErrorCode::Conflict).
    Result<void> add(RuleSet set);

    const QList<RuleSet>& ruleSets() const { return m_sets; }
    // The set valid on `date`; ErrorCode::NotFound when no set had started by then.
    Result<RuleSet> forProcedure(ProcedureKind kind, const QDate& date) const;
    // The newest set of a procedure; ErrorCode::NotFound when there is none.
    Result<RuleSet> latest(ProcedureKind kind) const;
    // The last day a set is valid: the day before the next set starts; invalid when open-ended.
    QDate validUntil(const RuleSet& set) const;

private:
    QList<RuleSet> m_sets; // sorted by procedure, then validFrom
};

} // namespace regie
