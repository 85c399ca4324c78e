#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace regie {

// A period, both days included.
struct Period
{
    QDate from;
    QDate to;
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool contains(const QDate& day) const { return day >= from && day <= to; }
};

// An indicator's value for a period and where it came from. `value` is empty when nobody has
// provided the figure yet (an entered or imported indicator without data for the period).
// `source` is data, not prose: "Regie" for a count of Regie's records, the partner's source for
// an entered figure, the registration file name(s) for imported aggregates.
struct IndicatorValue
{
    QString key;
    QString ficheCode;
    QString kind;
    std::optional<double> value;
    QString source;
    QDate sourceDate;
};

} // namespace regie
