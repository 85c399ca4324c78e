#pragma once

#include "ProcedureKind.h"
#include "RuleValue.h"
#include "common/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace regie {

// A named set of terms and limits for one procedure, in force from a date until the next set of
// the same procedure takes over. Rules are data: the set is built from a JSON object (the embedded
// default-rules.json, or later a database row whose columns are mapped onto the same keys):
//
//   {"name": "GAS 2024", "procedure": "gas-fine", "validFrom": "2024-01-01",
//    "rules": {"defenceDays": {"value": 15, "unit": "days", "basis": "Wet 24 juni 2013, art. 25"},
//              ...}}
struct RuleSet
{
    QString name;
    ProcedureKind procedure = ProcedureKind::GasFine;
    QDate validFrom;
    QMap<QString, RuleValue> rules;

    // Errors are ErrorCode::Format with Error::field naming the element
    // ("rules.defenceDays.basis").
    static Result<RuleSet> fromJson(const QJsonObject& object);
    QJsonObject toJson() const;

    bool has(const QString& key) const { return rules.contains(key); }
    // Typed access; a missing or mistyped value is ErrorCode::Validation naming "rules.<key>".
    Result<int> integer(const QString& key) const;
    Result<double> amount(const QString& key) const;
    Result<bool> flag(const QString& key) const;
};

} // namespace regie
