#include "ClockReport.h"

#include <QJsonArray>

#include <algorithm>

namespace regie {

void ClockReport::addDeadline(const QString& name, const DerivedDate& date, TermParty party)
{
    if (date.isValid())
        deadlines.append(Deadline{name, date, party});
}

void ClockReport::addViolation(const QString& rule, const QString& message)
{
    violations.append(Violation{rule, message});
}

const ClockReport::Deadline* ClockReport::deadline(const QString& name) const
{
    const auto it = std::find_if(deadlines.begin(), deadlines.end(),
                                 [&](const Deadline& deadline) { return deadline.name == name; });
    return it == deadlines.end() ? nullptr : &*it;
}

bool ClockReport::hasViolation(const QString& rule) const
{
    return std::any_of(violations.begin(), violations.end(),
                       [&](const Violation& violation) { return violation.rule == rule; });
}

QJsonObject ClockReport::toJson() const
{
    QJsonArray deadlineArray;
    for (const Deadline& deadline : deadlines) {
        deadlineArray.append(QJsonObject{
            {QStringLiteral("name"), deadline.name},
            {QStringLiteral("date"), deadline.date.date.toString(Qt::ISODate)},
            {QStringLiteral("party"), termPartyName(deadline.party)},
            {QStringLiteral("derivation"), deadline.date.derivation},
        });
    }
    QJsonArray violationArray;
    for (const Violation& violation : violations) {
        violationArray.append(QJsonObject{{QStringLiteral("rule"), violation.rule},
                                          {QStringLiteral("message"), violation.message}});
    }
    QJsonObject json{{QStringLiteral("procedure"), procedure},
                     {QStringLiteral("ruleSet"), ruleSet},
                     {QStringLiteral("deadlines"), deadlineArray},
                     {QStringLiteral("violations"), violationArray}};
    if (minor)
        json.insert(QStringLiteral("minor"), *minor);
    if (maxFine)
        json.insert(QStringLiteral("maxFine"), *maxFine);
    if (hearingRight)
        json.insert(QStringLiteral("hearingRight"), *hearingRight);
    return json;
}

} // namespace regie
