// GasService, second half: recording the dated events of a dossier with the state machine and
// its guards (domain-rules.md §2).
#include "GasFields.h"
#include "GasService.h"
#include "GasState.h"
#include "GasTransitions.h"
#include "common/Clock.h"
#include "common/Ids.h"
#include "storage/ChangeSet.h"
#include "storage/WritePath.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace regie {

using GasFields::eur;
using GasFields::iso;

struct GasService::Step
{
    GasEventInput input;
    GasDossier dossier;
    QVector<GasEvent> events; // the recorded ones, then the new one
    QVector<GasPayment> payments;
    GasTransition transition;
    GasRules rules;
    ClockReport report; // with the new event
    GasOutcome outcome;
    bool paymentLate = false;
};

namespace {

const QString kDecision = QStringLiteral("decision-posted");

bool has(const QVector<GasEvent>& events, const QString& type)
{
    return std::any_of(events.begin(), events.end(),
                       [&](const GasEvent& e) { return e.type == type; });
}

QDate deadlineOf(const ClockReport& report, const QString& name)
{
    const auto* deadline = report.deadline(name);
    return deadline ? deadline->date.date : QDate();
}

QString derivationOf(const ClockReport& report, const QString& name)
{
    const auto* deadline = report.deadline(name);
    return deadline ? deadline->date.derivation : QString();
}

} // namespace

Result<GasOutcome> GasService::record(const QString& idOrNumber, const GasEventInput& input)
{
    const auto transition = GasTransitions::forEvent(input.type);
    if (!transition)
        return makeError(
            ErrorCode::Validation,
            tr("unknown event type '%1'; known: %2")
                .arg(input.type, GasTransitions::eventTypes().join(QStringLiteral(", "))),
            QStringLiteral("type"));
    if (!input.date.isValid())
        return makeError(ErrorCode::Validation, tr("date is required (YYYY-MM-DD)"),
                         QStringLiteral("date"));
    auto dossier = m_repo.get(idOrNumber);
    if (!dossier.ok())
        return dossier.error();
    Step step{input, *dossier, {}, {}, *transition, {}, {}, {}, false};
    if (!transition->from.contains(step.dossier.state))
        return refusal(
            QStringLiteral("transition-not-allowed"),
            tr("%1 is not allowed in state %2 (allowed in: %3)")
                .arg(input.type, step.dossier.state, transition->from.join(QStringLiteral(", "))));
    auto events = m_repo.events(step.dossier.id);
    auto payments = m_repo.payments(step.dossier.id);
    if (!events.ok() || !payments.ok())
        return events.ok() ? payments.error() : events.error();
    step.events = *events;
    step.payments = *payments;
    step.events.append(GasEvent{newId(),
                                step.dossier.id,
                                input.type,
                                input.date,
                                input.amount,
                                input.court.trimmed(),
                                input.outcome.trimmed(),
                                {},
                                m_clock.now().toUTC()});
    if (auto checked = checkEvent(step); !checked.ok())
        return checked.error();
    return writeEvent(step);
}

Result<void> GasService::checkEvent(Step& step) const
{
    const GasEventInput& in = step.input;
    const GasDossier& d = step.dossier;
    const QDate today = m_clock.today();
    if (in.type != QLatin1String("hearing-planned") && in.date > today)
        return refusal(QStringLiteral("date-in-future"),
                       tr("%1 on %2 is after today %3").arg(in.type, iso(in.date), iso(today)));
    if (in.date < d.factsDate)
        return refusal(
            QStringLiteral("date-before-facts"),
            tr("%1 on %2 is before the facts on %3").arg(in.type, iso(in.date), iso(d.factsDate)));
    auto rules = GasDossierClock::rulesFor(d.factsDate, m_rules);
    auto report = GasDossierClock(d, step.events).evaluate(m_rules);
    if (!rules.ok() || !report.ok())
        return rules.ok() ? report.error() : rules.error();
    step.rules = *rules;
    step.report = *report;
    if (auto started = checkStart(step); !started.ok())
        return started;
    if (in.type == kDecision || in.type == QLatin1String("judgment"))
        return checkDecision(step);
    if (in.type == QLatin1String("payment") || in.type == QLatin1String("collection-started"))
        return checkPayment(step);
    return checkLate(step);
}

Result<void> GasService::checkStart(Step& step) const
{
    const GasEventInput& in = step.input;
    const GasDossier& d = step.dossier;
    if (in.type == QLatin1String("start-letter-posted")) {
        if (d.receivedLate)
            return refusal(QStringLiteral("finding-late"),
                           tr("finding received on %1, after the transmission term "
                              "ended on %2: the dossier cannot start")
                               .arg(iso(d.receivedDate),
                                    iso(deadlineOf(step.report, QStringLiteral("transmission")))));
        if (in.date < d.receivedDate)
            return refusal(QStringLiteral("date-before-finding"),
                           tr("start letter posted on %1, before the finding was "
                              "received on %2")
                               .arg(iso(in.date), iso(d.receivedDate)));
    }
    if (in.type == QLatin1String("hearing-requested") && !step.report.hearingRight.value_or(false))
        return refusal(QStringLiteral("no-hearing-right"),
                       tr("an oral hearing can be requested only when the intended "
                          "fine is above %1 (intended: %2) or by a minor (%3)")
                           .arg(eur(step.rules.hearingThresholdEur),
                                d.intendedFine ? eur(*d.intendedFine) : tr("none"),
                                step.rules.ruleSetName));
    if (in.type == QLatin1String("hearing-planned") && !d.minor &&
        !has(step.events, QStringLiteral("hearing-requested")))
        return refusal(QStringLiteral("hearing-not-requested"),
                       tr("no hearing was requested and the offender is not a minor"));
    return {};
}

Result<void> GasService::checkLate(Step& step) const
{
    const GasEventInput& in = step.input;
    if (in.type == QLatin1String("lapsed")) {
        const QDate limitation = deadlineOf(step.report, QStringLiteral("limitation"));
        if (limitation.isValid() && in.date <= limitation)
            return refusal(QStringLiteral("limitation-not-reached"),
                           tr("lapsed on %1, but the limitation period runs until %2 "
                              "(%3)")
                               .arg(iso(in.date), iso(limitation),
                                    derivationOf(step.report, QStringLiteral("limitation"))));
    }
    if (in.type == QLatin1String("appeal-lodged")) {
        if (in.court.trimmed().isEmpty())
            return makeError(ErrorCode::Validation,
                             tr("an appeal names the court (police court or youth "
                                "court)"),
                             QStringLiteral("court"));
        const QDate appeal = deadlineOf(step.report, QStringLiteral("appeal"));
        if (appeal.isValid() && in.date > appeal)
            step.outcome.warnings << QStringLiteral("appeal-late: ") +
                                         tr("lodged on %1, after the appeal term ended on %2 "
                                            "(%3)")
                                             .arg(iso(in.date), iso(appeal),
                                                  derivationOf(step.report,
                                                               QStringLiteral("appeal")));
    }
    return {};
}

Result<void> GasService::checkDecision(Step& step) const
{
    const GasEventInput& in = step.input;
    if (in.type == QLatin1String("judgment")) {
        static const QStringList outcomes{QStringLiteral("confirmed"), QStringLiteral("reduced"),
                                          QStringLiteral("annulled")};
        if (!outcomes.contains(in.outcome))
            return makeError(ErrorCode::Validation,
                             tr("a judgment's outcome is confirmed, reduced or annulled"),
                             QStringLiteral("outcome"));
        if (in.outcome == QLatin1String("reduced") && !in.amount)
            return makeError(ErrorCode::Validation, tr("a reduced fine needs the new amount"),
                             QStringLiteral("amount"));
    } else {
        if (!in.amount && in.outcome.isEmpty())
            return makeError(ErrorCode::Validation,
                             tr("a decision needs --amount EUR or an --outcome "
                                "without fine (no-fine, mediation, "
                                "community-service)"),
                             QStringLiteral("amount"));
        if (step.dossier.minor && step.rules.minorsAlwaysHeard &&
            !has(step.events, QStringLiteral("hearing-held")))
            return refusal(QStringLiteral("hearing-not-held"),
                           tr("decision posted on %1 for a minor who has not been "
                              "heard (rule: a minor is always heard; %2)")
                               .arg(iso(in.date), step.rules.ruleSetName));
        for (const char* rule :
             {"decision-too-early", "decision-after-limitation", "hearing-not-held"}) {
            for (const auto& violation : step.report.violations) {
                if (violation.rule == QLatin1String(rule))
                    return refusal(violation.rule, violation.message);
            }
        }
    }
    const double maximum = step.report.maxFine.value_or(0);
    if (in.amount && (*in.amount < 0 || *in.amount > maximum))
        return refusal(QStringLiteral("fine-above-maximum"),
                       tr("fine %1 exceeds the maximum of %2 for %3 (%4)")
                           .arg(eur(*in.amount), eur(maximum),
                                step.dossier.minor ? tr("a minor") : tr("an adult"),
                                step.rules.ruleSetName));
    return {};
}

Result<void> GasService::checkPayment(Step& step) const
{
    const GasEventInput& in = step.input;
    const GasDossier& d = step.dossier;
    const QDate due = d.paymentDue;
    const double fine = d.decidedFine.value_or(0);
    if (in.type == QLatin1String("payment")) {
        if (!in.amount || *in.amount <= 0)
            return makeError(ErrorCode::Validation, tr("a payment needs --amount > 0"),
                             QStringLiteral("amount"));
        step.paymentLate = due.isValid() && in.date > due;
        if (step.paymentLate)
            step.outcome.warnings << QStringLiteral("payment-late: ") +
                                         tr("paid on %1, after the payment term ended on %2")
                                             .arg(iso(in.date), iso(due));
        if (d.paidAmount + *in.amount > fine + 0.005)
            step.outcome.warnings << QStringLiteral("overpaid: ") +
                                         tr("%1 received for a fine of %2")
                                             .arg(eur(d.paidAmount + *in.amount), eur(fine));
        return {};
    }
    if (fine > 0 && d.paidAmount + 0.005 >= fine)
        return refusal(QStringLiteral("already-paid"),
                       tr("%1 of %2 paid").arg(eur(d.paidAmount), eur(fine)));
    if (due.isValid() && in.date <= due)
        return refusal(
            QStringLiteral("payment-term-running"),
            tr("collection on %1, but the payment term runs until %2 (%3)")
                .arg(iso(in.date), iso(due), derivationOf(step.report, QStringLiteral("payment"))));
    const QDate end = deadlineOf(step.report, QStringLiteral("collectionEnd"));
    if (end.isValid() && in.date > end)
        return refusal(QStringLiteral("collection-limitation"),
                       tr("collection on %1, after the collection period ended on %2")
                           .arg(iso(in.date), iso(end)));
    return {};
}

QString GasService::nextState(const Step& step) const
{
    const GasEventInput& in = step.input;
    const QString& state = step.dossier.state;
    if (in.type == kDecision)
        return in.amount.value_or(0) > 0 ? GasState::Decided : GasState::ClosedWithoutFine;
    if (in.type == QLatin1String("judgment"))
        return in.outcome == QLatin1String("annulled") || (in.amount && *in.amount <= 0)
                   ? GasState::ClosedWithoutFine
                   : GasState::Judged;
    if (in.type == QLatin1String("payment")) {
        const double fine = step.dossier.decidedFine.value_or(0);
        return step.dossier.paidAmount + in.amount.value_or(0) + 0.005 >= fine ? GasState::Paid
                                                                               : state;
    }
    return step.transition.target.isEmpty() ? state : step.transition.target;
}

Result<GasOutcome> GasService::writeEvent(Step& step)
{
    const GasEventInput& in = step.input;
    GasDossier& d = step.dossier;
    QJsonObject details;
    if (!in.note.isEmpty())
        details.insert(QStringLiteral("note"), in.note);
    if (!in.reference.isEmpty())
        details.insert(QStringLiteral("reference"), in.reference);
    const GasEvent& event = step.events.last();
    ChangeSet cs(QStringLiteral("gas.event.") + in.type);
    cs.create(QStringLiteral("gas_events"), event.id,
              {{QStringLiteral("dossier_id"), d.id},
               {QStringLiteral("type"), in.type},
               {QStringLiteral("date"), GasFields::dateValue(in.date)},
               {QStringLiteral("amount"), GasFields::amountValue(in.amount)},
               {QStringLiteral("court"), event.court},
               {QStringLiteral("outcome"), event.outcome},
               {QStringLiteral("details"),
                QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))},
               {QStringLiteral("recorded"), event.recorded}});
    if (in.type == QLatin1String("payment")) {
        cs.create(QStringLiteral("payments"),
                  {{QStringLiteral("dossier_id"), d.id},
                   {QStringLiteral("date"), GasFields::dateValue(in.date)},
                   {QStringLiteral("amount"), *in.amount},
                   {QStringLiteral("reference"),
                    in.reference.isEmpty() ? d.paymentReference : in.reference},
                   {QStringLiteral("late"), step.paymentLate}});
    }
    const QString state = nextState(step);
    QVariantMap fields =
        GasFields::derivedFields(GasDossierClock(d, step.events).derive(state, step.report));
    fields.insert(QStringLiteral("state"), state);
    fields.insert(QStringLiteral("paid_amount"),
                  d.paidAmount +
                      (in.type == QLatin1String("payment") ? in.amount.value_or(0) : 0.0));
    cs.set(QStringLiteral("gas_dossiers"), d.id, fields);
    if (auto applied = m_writes.apply(cs); !applied.ok())
        return applied.error();
    step.outcome.id = d.id;
    step.outcome.number = d.number;
    step.outcome.state = state;
    d.state = state;
    step.outcome.flags = flagsOf(d);
    if (step.paymentLate)
        step.outcome.flags << QStringLiteral("payment-late");
    return step.outcome;
}

} // namespace regie
