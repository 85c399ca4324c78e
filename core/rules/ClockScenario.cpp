#include "ClockScenario.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

namespace regie {

namespace {

Error malformed(const QString& field, const QString& detail)
{
    return makeError(ErrorCode::Format, detail, field);
}

// Strictly YYYY-MM-DD and a real calendar date. An absent or null optional date is invalid.
Result<QDate> parseDate(const QJsonValue& value, const QString& field, bool required)
{
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return malformed(field, QStringLiteral("date is required (YYYY-MM-DD)"));
        return QDate();
    }
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString text = value.toString();
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!value.isString() || !pattern.match(text).hasMatch() || !date.isValid())
        return malformed(field, QStringLiteral("expected a date as YYYY-MM-DD"));
    return date;
}

bool isMeasure(ProcedureKind kind)
{
    return kind != ProcedureKind::GasFine;
}

Result<std::optional<int>> parseMonths(const QJsonObject& object, const QString& field,
                                       bool required)
{
    const QJsonValue value = object.value(QLatin1String("months"));
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return malformed(field, QStringLiteral("months is required"));
        return std::optional<int>();
    }
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::floor(number) || number < 1 || number > 1200)
        return malformed(field, QStringLiteral("months must be a whole number from 1"));
    return std::optional<int>(static_cast<int>(number));
}

Result<ClockEvent> parseEvent(const QJsonValue& value, int index, ProcedureKind kind)
{
    const QString prefix = QStringLiteral("events[%1]").arg(index);
    if (!value.isObject())
        return malformed(prefix, QStringLiteral("event must be an object"));
    const QJsonObject object = value.toObject();
    ClockEvent event;
    event.index = index;
    event.type = object.value(QLatin1String("type")).toString();
    if (!ClockScenario::eventTypes(kind).contains(event.type))
        return malformed(prefix + QStringLiteral(".type"),
                         QStringLiteral("unknown event type for ") + procedureKindName(kind) +
                             QStringLiteral(": ") +
                             ClockScenario::eventTypes(kind).join(QStringLiteral(", ")));
    auto date =
        parseDate(object.value(QLatin1String("date")), prefix + QStringLiteral(".date"), true);
    if (!date)
        return date.error();
    event.date = *date;
    if (isMeasure(kind)) {
        const bool required = event.type == QLatin1String("closure-start");
        auto months = parseMonths(object, prefix + QStringLiteral(".months"), required);
        if (!months)
            return months.error();
        event.months = *months;
    }
    return event;
}

Result<QList<ClockEvent>> parseEvents(const QJsonValue& value, ProcedureKind kind)
{
    if (value.isUndefined() || value.isNull())
        return QList<ClockEvent>();
    if (!value.isArray())
        return malformed(QStringLiteral("events"), QStringLiteral("events must be an array"));
    QList<ClockEvent> events;
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        auto event = parseEvent(array.at(i), i, kind);
        if (!event)
            return event.error();
        events << *event;
    }
    return events;
}

Result<std::optional<double>> parseFine(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return std::optional<double>();
    if (!value.isDouble() || value.toDouble() < 0)
        return malformed(QStringLiteral("intendedFine"),
                         QStringLiteral("intendedFine must be a non-negative number (EUR)"));
    return std::optional<double>(value.toDouble());
}

} // namespace

Result<ClockScenario> ClockScenario::fromJson(const QJsonObject& input)
{
    ClockScenario scenario;
    const auto kind = procedureKindFromName(input.value(QLatin1String("procedure")).toString());
    if (!kind || eventTypes(*kind).isEmpty())
        return malformed(QStringLiteral("procedure"),
                         QStringLiteral("expected gas-fine, place-ban, closure-trafficking or "
                                        "closure-public-order"));
    scenario.procedure = *kind;
    const bool gas = *kind == ProcedureKind::GasFine;
    const std::array<std::pair<const char*, QDate ClockScenario::*>, 3> dates = {{
        {"factsDate", &ClockScenario::factsDate},
        {"birthDate", &ClockScenario::birthDate},
        {"findingReceived", &ClockScenario::findingReceived},
    }};
    for (const auto& [key, member] : dates) {
        const bool required = gas && member == &ClockScenario::factsDate;
        auto date = parseDate(input.value(QLatin1String(key)), QLatin1String(key), required);
        if (!date)
            return date.error();
        scenario.*member = *date;
    }
    auto fine = parseFine(input.value(QLatin1String("intendedFine")));
    if (!fine)
        return fine.error();
    scenario.intendedFine = *fine;
    auto events = parseEvents(input.value(QLatin1String("events")), *kind);
    if (!events)
        return events.error();
    scenario.events = *events;
    return scenario;
}

QStringList ClockScenario::eventTypes(ProcedureKind procedure)
{
    switch (procedure) {
    case ProcedureKind::GasFine:
        return {QStringLiteral("start-letter-posted"),
                QStringLiteral("start-letter-received"),
                QStringLiteral("hearing-requested"),
                QStringLiteral("hearing-held"),
                QStringLiteral("defence-waived"),
                QStringLiteral("mediation-offered"),
                QStringLiteral("community-service-offered"),
                QStringLiteral("decision-posted"),
                QStringLiteral("decision-received")};
    case ProcedureKind::PlaceBan:
        return {QStringLiteral("ban-start"), QStringLiteral("ban-renewed")};
    case ProcedureKind::ClosureTrafficking:
    case ProcedureKind::ClosurePublicOrder:
        return {QStringLiteral("closure-start")};
    case ProcedureKind::CertificateSanction:
        break;
    }
    return {};
}

bool ClockScenario::has(const QString& type) const
{
    return std::any_of(events.begin(), events.end(),
                       [&](const ClockEvent& event) { return event.type == type; });
}

QList<ClockEvent> ClockScenario::ofType(const QString& type) const
{
    QList<ClockEvent> result;
    for (const ClockEvent& event : events) {
        if (event.type == type)
            result << event;
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const ClockEvent& a, const ClockEvent& b) { return a.date < b.date; });
    return result;
}

std::optional<ClockEvent> ClockScenario::latest(const QString& type) const
{
    const QList<ClockEvent> all = ofType(type);
    return all.isEmpty() ? std::nullopt : std::optional<ClockEvent>(all.last());
}

std::optional<ClockEvent> ClockScenario::earliest(const QString& type) const
{
    const QList<ClockEvent> all = ofType(type);
    return all.isEmpty() ? std::nullopt : std::optional<ClockEvent>(all.first());
}

} // namespace regie
