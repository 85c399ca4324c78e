#include "GasDossierClock.h"

#include "GasState.h"
#include "GasTransitions.h"
#include "calendar/CalendarText.h"
#include "calendar/LegalCalendar.h"
#include "rules/GasFineClock.h"

namespace regie {

using CalendarText::iso;

GasDossierClock::GasDossierClock(const GasDossier& dossier, const QVector<GasEvent>& events)
    : m_dossier(dossier), m_events(events)
{
}

ClockScenario GasDossierClock::scenario() const
{
    ClockScenario s;
    s.procedure = ProcedureKind::GasFine;
    s.factsDate = m_dossier.factsDate;
    s.birthDate = m_dossier.birthDate;
    s.findingReceived = m_dossier.receivedDate;
    s.intendedFine = m_dossier.intendedFine;
    int index = 0;
    for (const GasEvent& event : m_events) {
        if (GasTransitions::isClockEvent(event.type))
            s.events.append(ClockEvent{index, event.type, event.date, std::nullopt});
        ++index;
    }
    return s;
}

Result<GasRules> GasDossierClock::rulesFor(const QDate& factsDate, const RuleBook& book)
{
    const auto set = book.forProcedure(ProcedureKind::GasFine, factsDate);
    if (!set)
        return set.error();
    return GasRules::fromRuleSet(*set);
}

Result<ClockReport> GasDossierClock::evaluate(const RuleBook& book) const
{
    const LegalCalendar calendar;
    const ClockScenario s = scenario();
    auto report = GasFineClock::run(s, book, calendar);
    if (!report)
        return report.error();
    const auto rules = rulesFor(m_dossier.factsDate, book);
    if (!rules)
        return rules.error();
    if (const auto* payment = report->deadline(QStringLiteral("payment"))) {
        const QDate end = payment->date.date.addYears(rules->collectionYears);
        report.value().addDeadline(
            QStringLiteral("collectionEnd"),
            DerivedDate{end, payment->date.derivation + QStringLiteral("; ") +
                                 tr("payment due %1 + %2 = %3 (collection period, %4)")
                                     .arg(iso(payment->date.date),
                                          CalendarText::count(rules->collectionYears, "year"),
                                          iso(end), rules->ruleSetName)},
            TermParty::City);
    }
    for (const GasEvent& event : m_events) {
        if (event.type == QLatin1String("hearing-planned"))
            report.value().addDeadline(QStringLiteral("hearing"),
                                       DerivedDate::given(event.date, tr("hearing planned on")),
                                       TermParty::City);
    }
    return report;
}

std::optional<double> GasDossierClock::fine() const
{
    std::optional<double> amount;
    for (const GasEvent& event : m_events) {
        if (event.type == QLatin1String("decision-posted"))
            amount = event.amount.value_or(0);
        else if (event.type == QLatin1String("judgment") && event.amount)
            amount = event.amount;
        else if (event.type == QLatin1String("judgment") &&
                 event.outcome == QLatin1String("annulled"))
            amount = 0;
    }
    return amount;
}

GasDossierClock::Derived GasDossierClock::derive(const QString& state,
                                                 const ClockReport& report) const
{
    Derived d;
    for (const GasEvent& event : m_events) {
        if (event.type == QLatin1String("decision-posted") && !d.decisionDate.isValid())
            d.decisionDate = event.date;
        if (event.type == QLatin1String("hearing-planned"))
            d.hearingDate = event.date;
    }
    d.decidedFine = fine();
    if (const auto* limitation = report.deadline(QStringLiteral("limitation")))
        d.limitationDate = limitation->date.date;
    if (const auto* payment = report.deadline(QStringLiteral("payment")))
        d.paymentDue = payment->date.date;
    nextFor(state, report, d);
    return d;
}

void GasDossierClock::nextFor(const QString& state, const ClockReport& report, Derived& d) const
{
    QString name;
    if (state == GasState::Started || state == GasState::DefenceOpen || state == GasState::Heard)
        name = report.deadline(QStringLiteral("earliestDecision"))
                   ? QStringLiteral("earliestDecision")
                   : QString();
    else if (state == GasState::HearingPlanned)
        name = QStringLiteral("hearing");
    else if (state == GasState::Decided)
        name = QStringLiteral("payment");
    else if (state == GasState::UnpaidCollection)
        name = QStringLiteral("collectionEnd");
    const auto* deadline = name.isEmpty() ? nullptr : report.deadline(name);
    if (!deadline)
        return;
    d.nextDeadline = deadline->date.date;
    d.nextName = deadline->name;
    d.nextParty = termPartyName(deadline->party);
}

} // namespace regie
