// The guard of the holder-sanction procedure: which step may follow which, with which dates
// (domain-rules.md §3). Part of HolderSanctionService.
#include "HolderSanctionService.h"

#include "calendar/LegalCalendar.h"
#include "common/Clock.h"
#include "identifiers/PoliceReportNumber.h"

namespace regie {

namespace {

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

Error refusal(const QString& rule, const QString& message)
{
    return makeError(ErrorCode::RuleViolation, rule + QStringLiteral(": ") + message, rule);
}

Error missing(const QString& field, const QString& what)
{
    return makeError(ErrorCode::Validation, what, field);
}

} // namespace

Result<void> HolderSanctionService::check(const HolderSanction& d, const HolderSanctionEvent& e,
                                          QStringList* warnings) const
{
    if (!HolderSanctionTypes::eventTypes().contains(e.type))
        return makeError(
            ErrorCode::Usage,
            tr("unknown step %1 (one of %2)")
                .arg(e.type, HolderSanctionTypes::eventTypes().join(QStringLiteral(", "))),
            QStringLiteral("type"));
    if (!e.date.isValid())
        return missing(QStringLiteral("date"), tr("the date of the step is required"));
    if (e.date > m_clock.today())
        return refusal(
            QStringLiteral("no-future-steps"),
            tr("%1 on %2 lies after today %3").arg(e.type, iso(e.date), iso(m_clock.today())));
    const HolderSanctionState state = stateOf(d);
    const HolderSanctionEvent* decision = d.last(QStringLiteral("decision"));
    if (e.type == QLatin1String("finding")) {
        if (e.reportNumber.trimmed().isEmpty())
            return missing(QStringLiteral("report"),
                           tr("a finding needs the police report (PV) number"));
        const IdentifierCheck pv = PoliceReportNumber::check(e.reportNumber);
        if (!pv.valid)
            return pv.toError();
        if (warnings)
            *warnings << pv.warnings;
        if (decision)
            return refusal(QStringLiteral("decided-dossier"),
                           tr("dossier %1 was decided on %2: a new finding opens a "
                              "new dossier")
                               .arg(d.number, iso(decision->date)));
        return {};
    }
    if (e.type == QLatin1String("warning-letter")) {
        const auto findings = d.eventsOf(QStringLiteral("finding"));
        if (findings.isEmpty() || findings.constFirst()->date > e.date)
            return refusal(QStringLiteral("warning-after-finding"),
                           tr("a warning letter on %1 needs a finding on or before "
                              "that day")
                               .arg(iso(e.date)));
        if (state.warnedOn.isValid())
            return refusal(QStringLiteral("one-warning"),
                           tr("the holder was already warned on %1; a new finding "
                              "after it opens the sanction track")
                               .arg(iso(state.warnedOn)));
        return {};
    }
    if (e.type == QLatin1String("hearing-invitation")) {
        if (!state.warnedOn.isValid())
            return refusal(QStringLiteral("warning-first"),
                           tr("no warning letter was sent yet: the sanction track "
                              "opens only after a warning"));
        if (!state.trackOpenedBy.isValid())
            return refusal(QStringLiteral("new-finding-after-warning"),
                           tr("no finding after the warning of %1: the sanction "
                              "track is not open")
                               .arg(iso(state.warnedOn)));
        if (e.date < state.trackOpenedBy)
            return refusal(QStringLiteral("new-finding-after-warning"),
                           tr("invitation on %1 precedes the finding of %2 that "
                              "opens the track")
                               .arg(iso(e.date), iso(state.trackOpenedBy)));
        return {};
    }
    if (e.type == QLatin1String("hearing-held")) {
        const HolderSanctionEvent* invitation = d.last(QStringLiteral("hearing-invitation"));
        if (!invitation)
            return refusal(QStringLiteral("hearing-after-invitation"),
                           tr("no hearing invitation was sent"));
        if (e.date < invitation->date)
            return refusal(QStringLiteral("hearing-after-invitation"),
                           tr("hearing on %1 precedes the invitation of %2")
                               .arg(iso(e.date), iso(invitation->date)));
        return {};
    }
    if (e.type == QLatin1String("decision"))
        return checkDecision(d, e);
    if (!decision)
        return refusal(QStringLiteral("decision-first"),
                       tr("%1 needs the college's decision first").arg(e.type));
    if (e.type == QLatin1String("execution-control")) {
        if (e.date < decision->date)
            return refusal(QStringLiteral("control-after-decision"),
                           tr("control on %1 precedes the decision of %2")
                               .arg(iso(e.date), iso(decision->date)));
        if (e.outcome.trimmed().isEmpty())
            return missing(QStringLiteral("outcome"), tr("an execution control needs its outcome"));
        return {};
    }
    if (e.type == QLatin1String("appeal")) {
        if (!decision->notifiedOn.isValid())
            return refusal(QStringLiteral("decision-notified"),
                           tr("the decision's notification date is not known"));
        if (e.date < decision->notifiedOn)
            return refusal(QStringLiteral("appeal-after-notification"),
                           tr("appeal on %1 precedes the notification of %2")
                               .arg(iso(e.date), iso(decision->notifiedOn)));
        if (warnings && state.appealDeadline.isValid() && e.date > state.appealDeadline)
            *warnings << QStringLiteral("councilOfStateAppealDays: ") +
                             tr("appeal filed on %1, after the term that ended on %2 (%3)")
                                 .arg(iso(e.date), iso(state.appealDeadline),
                                      state.appealDerivation);
        return {};
    }
    // appeal-outcome
    if (!d.last(QStringLiteral("appeal")))
        return refusal(QStringLiteral("appeal-first"), tr("no appeal was filed"));
    if (e.outcome != QLatin1String("annulled") && e.outcome != QLatin1String("rejected"))
        return missing(QStringLiteral("outcome"),
                       tr("the Council of State's outcome is annulled or rejected"));
    return {};
}

Result<void> HolderSanctionService::checkDecision(const HolderSanction& d,
                                                  const HolderSanctionEvent& e) const
{
    if (d.last(QStringLiteral("decision")))
        return refusal(QStringLiteral("one-decision"),
                       tr("dossier %1 already has the college's decision").arg(d.number));
    const HolderSanctionEvent* hearing = d.last(QStringLiteral("hearing-held"));
    if (!hearing)
        return refusal(QStringLiteral("hearing-before-decision"),
                       tr("the holder must be heard (or invited and absent, recorded "
                          "as the hearing) before the college decides"));
    if (e.date < hearing->date)
        return refusal(
            QStringLiteral("hearing-before-decision"),
            tr("decision on %1 precedes the hearing of %2").arg(iso(e.date), iso(hearing->date)));
    if (!HolderSanctionTypes::decisions().contains(e.decision))
        return missing(QStringLiteral("decision"),
                       tr("the decision is one of %1")
                           .arg(HolderSanctionTypes::decisions().join(QStringLiteral(", "))));
    if (e.notifiedOn.isValid() && e.notifiedOn < e.date)
        return refusal(QStringLiteral("notified-after-decision"),
                       tr("notification on %1 precedes the decision of %2")
                           .arg(iso(e.notifiedOn), iso(e.date)));
    if (e.decision == QLatin1String("no-sanction"))
        return {};
    if (!e.start.isValid())
        return missing(QStringLiteral("start"), tr("the sanction's first day is required"));
    if (e.start < e.date)
        return refusal(QStringLiteral("start-after-decision"),
                       tr("the sanction cannot start on %1, before the decision of %2")
                           .arg(iso(e.start), iso(e.date)));
    const bool period = e.decision == QLatin1String("suspension") ||
                        e.decision == QLatin1String("temporary-closure");
    if (period && !e.end.isValid())
        return missing(QStringLiteral("end"), tr("a %1 needs its last day").arg(e.decision));
    if (period && e.end < e.start)
        return refusal(QStringLiteral("end-after-start"),
                       tr("last day %1 precedes the first day %2").arg(iso(e.end), iso(e.start)));
    if (e.decision == QLatin1String("temporary-closure")) {
        const int months = rule(QStringLiteral("temporaryClosureMaxMonths"), 3);
        const DerivedDate latest =
            LegalCalendar().measureEnd(DerivedDate::given(e.start, tr("closure from")), months);
        if (e.end > latest.date)
            return refusal(QStringLiteral("temporaryClosureMaxMonths"),
                           tr("a temporary closure lasts at most %1 months: from %2 "
                              "the last day is %3, not %4")
                               .arg(months)
                               .arg(iso(e.start), iso(latest.date), iso(e.end)));
    }
    return {};
}

} // namespace regie
