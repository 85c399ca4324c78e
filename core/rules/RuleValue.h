#pragma once

#include <QJsonValue>
#include <QString>

namespace regie {

// One number (or yes/no) of a rule set with its unit and legal basis, e.g.
// {value: 15, unit: "days", basis: "Wet 24 juni 2013, art. 25"}.
struct RuleValue
{
    QJsonValue value; // a number or a bool
    QString unit;     // "days", "months", "years", "EUR", "hours", "count", "age", "flag"
    QString basis;    // legal source or "domain-rules.md §2 (city practice)"
};

} // namespace regie
