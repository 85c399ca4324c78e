#include "GasTransitions.h"

#include "GasState.h"
#include "rules/ClockScenario.h"

namespace regie::GasTransitions {

const QList<GasTransition>& all()
{
    using namespace GasState;
    const QStringList beforeDecision{Registered, Started, DefenceOpen, HearingPlanned, Heard};
    const QStringList running{Started, DefenceOpen, HearingPlanned, Heard};
    const QStringList reacting{Started, DefenceOpen};
    static const QList<GasTransition> table{
        {QStringLiteral("start-letter-posted"), {Registered, Started}, Started},
        {QStringLiteral("start-letter-received"), reacting, DefenceOpen},
        {QStringLiteral("defence-received"), reacting, DefenceOpen},
        {QStringLiteral("defence-waived"), reacting, DefenceOpen},
        {QStringLiteral("hearing-requested"), reacting, DefenceOpen},
        {QStringLiteral("hearing-planned"), {Started, DefenceOpen, HearingPlanned}, HearingPlanned},
        {QStringLiteral("hearing-held"), {HearingPlanned}, Heard},
        {QStringLiteral("mediation-offered"), running, {}},
        {QStringLiteral("community-service-offered"), running, {}},
        {QStringLiteral("decision-posted"), running, Decided},
        {QStringLiteral("decision-received"), {Decided}, {}},
        {QStringLiteral("appeal-lodged"), {Decided}, Appealed},
        {QStringLiteral("judgment"), {Appealed}, Judged},
        {QStringLiteral("payment"), {Decided, Judged, UnpaidCollection}, {}},
        {QStringLiteral("collection-started"), {Decided, Judged}, UnpaidCollection},
        {QStringLiteral("closed-without-fine"), beforeDecision, ClosedWithoutFine},
        {QStringLiteral("lapsed"), beforeDecision, Lapsed},
    };
    return table;
}

std::optional<GasTransition> forEvent(const QString& type)
{
    for (const GasTransition& transition : all()) {
        if (transition.event == type)
            return transition;
    }
    return std::nullopt;
}

QStringList eventTypes()
{
    QStringList types;
    for (const GasTransition& transition : all())
        types << transition.event;
    return types;
}

bool isClockEvent(const QString& type)
{
    return ClockScenario::eventTypes(ProcedureKind::GasFine).contains(type);
}

} // namespace regie::GasTransitions
