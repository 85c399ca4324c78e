#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace regie {

// The event types of a GAS dossier and the states each is allowed in (domain-rules.md §2). The
// types that the legal clock knows keep the clock's names (start-letter-posted, hearing-held,
// decision-posted, ...). `target` is the state after the event; empty keeps the state (the
// service decides for decision-posted, judgment and payment, whose outcome depends on amounts).
struct GasTransition
{
    QString event;
    QStringList from;
    QString target;
};

namespace GasTransitions {

const QList<GasTransition>& all();
std::optional<GasTransition> forEvent(const QString& type);
QStringList eventTypes();
// Whether the legal clock (GasFineClock) takes this event type into account.
bool isClockEvent(const QString& type);

} // namespace GasTransitions

} // namespace regie
