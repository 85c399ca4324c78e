#pragma once

#include "ClockEvent.h"
#include "ProcedureKind.h"
#include "common/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace regie {

// The input of the legal clock (`regie-cli clock FILE`): one procedure with its dates and events.
// An absent optional date is an invalid QDate.
struct ClockScenario
{
    ProcedureKind procedure = ProcedureKind::GasFine;
    QDate factsDate;       // required for gas-fine
    QDate birthDate;       // gas-fine, optional
    QDate findingReceived; // gas-fine, optional
    std::optional<double> intendedFine;
    QList<ClockEvent> events; // in input order

    // Errors are ErrorCode::Format with Error::field naming the malformed element
    // ("procedure", "factsDate", "events[2].date", "events[0].type", "events[1].months").
    static Result<ClockScenario> fromJson(const QJsonObject& input);
    // The event types a procedure accepts.
    static QStringList eventTypes(ProcedureKind procedure);

    bool has(const QString& type) const;
    // All events of a type, by date (input order among equal dates).
    QList<ClockEvent> ofType(const QString& type) const;
    // The event of that type with the latest date (the last one listed among equal dates).
    std::optional<ClockEvent> latest(const QString& type) const;
    // The event of that type with the earliest date.
    std::optional<ClockEvent> earliest(const QString& type) const;
};

} // namespace regie
