#pragma once

#include "GasDossier.h"
#include "common/Result.h"
#include "rules/ClockReport.h"
#include "rules/ClockScenario.h"
#include "rules/GasRules.h"
#include "rules/RuleBook.h"

#include <QCoreApplication>
#include <QVector>

namespace regie {

// The legal clock of a stored dossier: turns the dossier and its events into the clock's
// scenario, runs the same GasFineClock as `regie-cli clock`, adds the dossier-only dates
// ("hearing": the planned hearing; "collectionEnd": payment due + the collection years) and
// derives the columns the deadline board reads (limitation, payment due, the next deadline for
// the dossier's state).
class GasDossierClock
{
    Q_DECLARE_TR_FUNCTIONS(GasDossierClock)

public:
    struct Derived
    {
        QDate decisionDate;
        std::optional<double> decidedFine;
        QDate hearingDate;
        QDate limitationDate;
        QDate paymentDue;
        QDate nextDeadline;
        QString nextName;
        QString nextParty;
    };

    GasDossierClock(const GasDossier& dossier, const QVector<GasEvent>& events);

    ClockScenario scenario() const;
    // Errors: the rule set valid on the date of facts is missing or broken.
    Result<ClockReport> evaluate(const RuleBook& book) const;
    static Result<GasRules> rulesFor(const QDate& factsDate, const RuleBook& book);
    // The derived columns for `state`, from an evaluated report.
    Derived derive(const QString& state, const ClockReport& report) const;

private:
    std::optional<double> fine() const;
    void nextFor(const QString& state, const ClockReport& report, Derived& derived) const;

    const GasDossier& m_dossier;
    const QVector<GasEvent>& m_events;
};

} // namespace regie
