#pragma once

#include "calendar/DerivedDate.h"
#include "calendar/TermParty.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace regie {

// The result of the legal clock: the rule set used, the deadlines that can be known so far (each
// with its derivation) and the rules the scenario breaks. toJson() is the `regie-cli clock` output.
struct ClockReport
{
    struct Deadline
    {
        QString name; // transmission, startNotification, defence, ... banEnd, closureEnd
        DerivedDate date;
        TermParty party = TermParty::City;
    };
    struct Violation
    {
        QString rule;    // finding-late, under-age, fine-above-maximum, ...
        QString message; // English technical detail naming dates and the rule
    };

    QString procedure;
    QString ruleSet;
    // gas-fine only; measures leave them out of the JSON.
    std::optional<bool> minor;
    std::optional<double> maxFine;
    std::optional<bool> hearingRight;
    QList<Deadline> deadlines;
    QList<Violation> violations;

    void addDeadline(const QString& name, const DerivedDate& date, TermParty party);
    void addViolation(const QString& rule, const QString& message);
    const Deadline* deadline(const QString& name) const;
    bool hasViolation(const QString& rule) const;

    QJsonObject toJson() const;
};

} // namespace regie
