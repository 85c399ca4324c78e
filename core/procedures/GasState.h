#pragma once

#include <QString>
#include <QStringList>

namespace regie {

// The states of a GAS fine dossier (domain-rules.md §2). Machine names are stable: they are
// stored in gas_dossiers.state and printed in JSON.
//   registered → started → defence-open → (hearing-planned → heard) → decided →
//   (appealed → judged) → paid | unpaid-collection | closed-without-fine | lapsed
namespace GasState {

inline const QString Registered = QStringLiteral("registered");
inline const QString Started = QStringLiteral("started");
inline const QString DefenceOpen = QStringLiteral("defence-open");
inline const QString HearingPlanned = QStringLiteral("hearing-planned");
inline const QString Heard = QStringLiteral("heard");
inline const QString Decided = QStringLiteral("decided");
inline const QString Appealed = QStringLiteral("appealed");
inline const QString Judged = QStringLiteral("judged");
inline const QString Paid = QStringLiteral("paid");
inline const QString UnpaidCollection = QStringLiteral("unpaid-collection");
inline const QString ClosedWithoutFine = QStringLiteral("closed-without-fine");
inline const QString Lapsed = QStringLiteral("lapsed");

inline QStringList all()
{
    return {Registered, Started, DefenceOpen,      HearingPlanned,    Heard, Decided, Appealed,
            Judged,     Paid,    UnpaidCollection, ClosedWithoutFine, Lapsed};
}

// States in which the dossier still needs the city's attention (the deadline board's scope).
inline QStringList open()
{
    return {Registered, Started,  DefenceOpen, HearingPlanned,  Heard,
            Decided,    Appealed, Judged,      UnpaidCollection};
}

// States before the decision: the limitation period still runs.
inline bool beforeDecision(const QString& state)
{
    return state == Registered || state == Started || state == DefenceOpen ||
           state == HearingPlanned || state == Heard;
}

} // namespace GasState

} // namespace regie
