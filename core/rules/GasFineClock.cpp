#include "GasFineClock.h"

#include "calendar/CalendarText.h"

#include <QStringList>

#include <utility>

namespace regie {

using CalendarText::iso;

namespace {

const QString StartPosted = QStringLiteral("start-letter-posted");
const QString StartReceived = QStringLiteral("start-letter-received");
const QString HearingRequested = QStringLiteral("hearing-requested");
const QString HearingHeld = QStringLiteral("hearing-held");
const QString DefenceWaived = QStringLiteral("defence-waived");
const QString MediationOffered = QStringLiteral("mediation-offered");
const QString ServiceOffered = QStringLiteral("community-service-offered");
const QString DecisionPosted = QStringLiteral("decision-posted");
const QString DecisionReceived = QStringLiteral("decision-received");

int ageOn(const QDate& birth, const QDate& day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

QString eur(double amount)
{
    return QString::number(amount) + QStringLiteral(" EUR");
}

// `receivedText` is the translated "<letter> received on %1 (recorded receipt)".
DerivedDate receivedOrNotified(const std::optional<ClockEvent>& received,
                               const std::optional<ClockEvent>& posted, const QString& receivedText,
                               const LegalCalendar& calendar)
{
    if (received)
        return DerivedDate{received->date, receivedText.arg(iso(received->date))};
    if (posted)
        return calendar.registeredLetterNotification(posted->date);
    return {};
}

} // namespace

Result<ClockReport> GasFineClock::run(const ClockScenario& scenario, const RuleBook& book,
                                      const LegalCalendar& calendar)
{
    const auto set = book.forProcedure(ProcedureKind::GasFine, scenario.factsDate);
    if (!set)
        return makeError(ErrorCode::Format, set.error().detail, QStringLiteral("factsDate"));
    const auto rules = GasRules::fromRuleSet(*set);
    if (!rules)
        return rules.error();
    if (scenario.birthDate.isValid() && scenario.birthDate > scenario.factsDate)
        return makeError(ErrorCode::Format, tr("birth date after the date of facts"),
                         QStringLiteral("birthDate"));
    return GasFineClock(scenario, *rules, calendar).evaluate();
}

GasFineClock::GasFineClock(const ClockScenario& scenario, GasRules rules,
                           const LegalCalendar& calendar)
    : m_scenario(scenario), m_rules(std::move(rules)), m_calendar(calendar)
{
}

ClockReport GasFineClock::evaluate()
{
    m_report = ClockReport();
    m_report.procedure = procedureKindName(ProcedureKind::GasFine);
    m_report.ruleSet = m_rules.ruleSetName;
    assessPerson();
    computeDeadlines();
    checkFinding();
    checkPerson();
    checkDecision();
    return m_report;
}

void GasFineClock::assessPerson()
{
    m_age.reset();
    if (m_scenario.birthDate.isValid())
        m_age = ageOn(m_scenario.birthDate, m_scenario.factsDate);
    const bool minor = m_age && *m_age < m_rules.majorityAge;
    const auto& fine = m_scenario.intendedFine;
    m_report.minor = minor;
    m_report.maxFine = minor ? m_rules.minorMaxFineEur : m_rules.adultMaxFineEur;
    m_report.hearingRight =
        (minor && m_rules.minorsAlwaysHeard) || (fine && *fine > m_rules.hearingThresholdEur);
}

void GasFineClock::computeDeadlines()
{
    const DerivedDate facts = DerivedDate::given(m_scenario.factsDate, tr("facts on"));
    m_transmission = m_calendar.monthTerm(facts, m_rules.transmissionMonths, TermParty::City);
    m_startNotification = startNotification();
    m_defence = m_calendar.dayTerm(m_startNotification, m_rules.defenceDays, TermParty::Citizen);
    m_earliestDecision = earliestDecision();
    m_limitation = limitation();
    m_decisionNotification = decisionNotification();
    const auto payment =
        m_calendar.monthTerm(m_decisionNotification, m_rules.paymentMonths, TermParty::Citizen);
    const auto appeal =
        m_calendar.monthTerm(m_decisionNotification, m_rules.appealMonths, TermParty::Citizen);

    m_report.addDeadline(QStringLiteral("transmission"), m_transmission, TermParty::City);
    m_report.addDeadline(QStringLiteral("startNotification"), m_startNotification, TermParty::City);
    m_report.addDeadline(QStringLiteral("defence"), m_defence, TermParty::Citizen);
    m_report.addDeadline(QStringLiteral("earliestDecision"), m_earliestDecision, TermParty::City);
    m_report.addDeadline(QStringLiteral("limitation"), m_limitation, TermParty::City);
    m_report.addDeadline(QStringLiteral("decisionNotification"), m_decisionNotification,
                         TermParty::City);
    m_report.addDeadline(QStringLiteral("payment"), payment, TermParty::Citizen);
    m_report.addDeadline(QStringLiteral("appeal"), appeal, TermParty::Citizen);
}

DerivedDate GasFineClock::startNotification() const
{
    return receivedOrNotified(m_scenario.latest(StartReceived), m_scenario.latest(StartPosted),
                              tr("start letter received on %1 (recorded receipt)"), m_calendar);
}

bool GasFineClock::hearingCounts() const
{
    return m_scenario.has(HearingRequested) && m_report.hearingRight.value_or(false);
}

bool GasFineClock::hearingPending() const
{
    return hearingCounts() && !m_scenario.has(HearingHeld);
}

DerivedDate GasFineClock::earliestDecision() const
{
    const auto waiver = m_scenario.latest(DefenceWaived);
    if (hearingPending() || (!m_startNotification.isValid() && !waiver))
        return {};
    QDate latest;
    QStringList reasons;
    // `what` is a translated "<reason> %1", %1 the date.
    const auto consider = [&](const QDate& date, const QString& what) {
        reasons << what.arg(iso(date));
        if (!latest.isValid() || date > latest)
            latest = date;
    };
    if (waiver)
        consider(waiver->date, tr("defence waived on %1"));
    else if (m_defence.isValid())
        consider(m_defence.date, tr("end of the defence term %1"));
    if (hearingCounts())
        consider(m_scenario.latest(HearingHeld)->date, tr("hearing held on %1"));
    if (!latest.isValid())
        return {};
    const QDate day = latest.addDays(1);
    QString derivation =
        tr("day after the latest of: %1 → %2").arg(reasons.join(QStringLiteral(", ")), iso(day));
    if (m_scenario.has(HearingRequested) && !hearingCounts())
        derivation += QStringLiteral(" (") +
                      tr("the hearing request does not count: no hearing right") + QLatin1Char(')');
    return {day, derivation};
}

DerivedDate GasFineClock::limitation() const
{
    QString label = tr("facts on %1").arg(iso(m_scenario.factsDate));
    int months = m_rules.limitationMonths;
    for (const QString& type : {MediationOffered, ServiceOffered}) {
        const auto offer = m_scenario.earliest(type);
        if (!offer)
            continue;
        months = m_rules.limitationAlternativeMonths;
        const QString offered = type == MediationOffered
                                    ? tr("mediation-offered on %1: %2-month limitation")
                                    : tr("community-service-offered on %1: %2-month limitation");
        label += QStringLiteral(" (") + offered.arg(iso(offer->date), QString::number(months)) +
                 QLatin1Char(')');
        break;
    }
    return m_calendar.monthTerm(DerivedDate{m_scenario.factsDate, label}, months, TermParty::City);
}

DerivedDate GasFineClock::decisionNotification() const
{
    return receivedOrNotified(m_scenario.latest(DecisionReceived),
                              m_scenario.latest(DecisionPosted),
                              tr("decision received on %1 (recorded receipt)"), m_calendar);
}

void GasFineClock::checkFinding()
{
    const QDate received = m_scenario.findingReceived;
    if (!received.isValid() || received <= m_transmission.date)
        return;
    m_report.addViolation(QStringLiteral("finding-late"),
                          tr("finding received on %1, after the transmission term ended on %2 "
                             "(%3 months from the facts on %4; %5): the dossier cannot start")
                              .arg(iso(received), iso(m_transmission.date),
                                   QString::number(m_rules.transmissionMonths),
                                   iso(m_scenario.factsDate), m_rules.ruleSetName));
}

void GasFineClock::checkPerson()
{
    if (m_age && *m_age < m_rules.minimumAge)
        m_report.addViolation(
            QStringLiteral("under-age"),
            tr("aged %1 on the date of facts %2 (born %3), below the minimum age of %4 (%5): "
               "no GAS procedure is possible")
                .arg(QString::number(*m_age), iso(m_scenario.factsDate), iso(m_scenario.birthDate),
                     QString::number(m_rules.minimumAge), m_rules.ruleSetName));
    const auto& fine = m_scenario.intendedFine;
    if (fine && *fine > m_report.maxFine.value_or(0))
        m_report.addViolation(QStringLiteral("fine-above-maximum"),
                              (*m_report.minor
                                   ? tr("intended fine %1 exceeds the maximum of %2 for a minor "
                                        "(%3)")
                                   : tr("intended fine %1 exceeds the maximum of %2 for an adult "
                                        "(%3)"))
                                  .arg(eur(*fine), eur(*m_report.maxFine), m_rules.ruleSetName));
}

void GasFineClock::checkDecision()
{
    const auto decision = m_scenario.earliest(DecisionPosted);
    if (!decision)
        return;
    const QString posted = iso(decision->date);
    if (m_earliestDecision.isValid() && decision->date < m_earliestDecision.date)
        m_report.addViolation(
            QStringLiteral("decision-too-early"),
            tr("decision posted on %1, before the earliest decision date %2 (rule: the decision "
               "comes after the defence term unless waived, the waiver and a requested hearing; "
               "%3)")
                .arg(posted, iso(m_earliestDecision.date), m_earliestDecision.derivation));
    if (m_limitation.isValid() && decision->date > m_limitation.date)
        m_report.addViolation(QStringLiteral("decision-after-limitation"),
                              tr("decision posted on %1, after the limitation date %2 (%3): the "
                                 "fine can no longer be imposed")
                                  .arg(posted, iso(m_limitation.date), m_limitation.derivation));
    if (hearingPending())
        m_report.addViolation(
            QStringLiteral("hearing-not-held"),
            tr("decision posted on %1 while the hearing requested on %2 has not been held (rule: "
               "a requested hearing is held before the decision)")
                .arg(posted, iso(m_scenario.earliest(HearingRequested)->date)));
}

} // namespace regie
