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

DerivedDate receivedOrNotified(const std::optional<ClockEvent>& received,
                               const std::optional<ClockEvent>& posted, const QString& what,
                               const LegalCalendar& calendar)
{
    if (received)
        return DerivedDate{received->date, what + QStringLiteral(" received on ") +
                                               iso(received->date) +
                                               QStringLiteral(" (recorded receipt)")};
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
        return makeError(ErrorCode::Format, QStringLiteral("birth date after the date of facts"),
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
    const DerivedDate facts = DerivedDate::given(m_scenario.factsDate, QStringLiteral("facts on"));
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
                              QStringLiteral("start letter"), m_calendar);
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
    const auto consider = [&](const QDate& date, const QString& what) {
        reasons << what + QLatin1Char(' ') + iso(date);
        if (!latest.isValid() || date > latest)
            latest = date;
    };
    if (waiver)
        consider(waiver->date, QStringLiteral("defence waived on"));
    else if (m_defence.isValid())
        consider(m_defence.date, QStringLiteral("end of the defence term"));
    if (hearingCounts())
        consider(m_scenario.latest(HearingHeld)->date, QStringLiteral("hearing held on"));
    if (!latest.isValid())
        return {};
    const QDate day = latest.addDays(1);
    QString derivation = QStringLiteral("day after the latest of: ") +
                         reasons.join(QStringLiteral(", ")) + QStringLiteral(" → ") + iso(day);
    if (m_scenario.has(HearingRequested) && !hearingCounts())
        derivation += QStringLiteral(" (the hearing request does not count: no hearing right)");
    return {day, derivation};
}

DerivedDate GasFineClock::limitation() const
{
    QString label = QStringLiteral("facts on ") + iso(m_scenario.factsDate);
    int months = m_rules.limitationMonths;
    for (const QString& type : {MediationOffered, ServiceOffered}) {
        const auto offer = m_scenario.earliest(type);
        if (!offer)
            continue;
        months = m_rules.limitationAlternativeMonths;
        label += QStringLiteral(" (") + type + QStringLiteral(" on ") + iso(offer->date) +
                 QStringLiteral(": ") + QString::number(months) +
                 QStringLiteral("-month limitation)");
        break;
    }
    return m_calendar.monthTerm(DerivedDate{m_scenario.factsDate, label}, months, TermParty::City);
}

DerivedDate GasFineClock::decisionNotification() const
{
    return receivedOrNotified(m_scenario.latest(DecisionReceived),
                              m_scenario.latest(DecisionPosted), QStringLiteral("decision"),
                              m_calendar);
}

void GasFineClock::checkFinding()
{
    const QDate received = m_scenario.findingReceived;
    if (!received.isValid() || received <= m_transmission.date)
        return;
    m_report.addViolation(QStringLiteral("finding-late"),
                          QStringLiteral("finding received on ") + iso(received) +
                              QStringLiteral(", after the transmission term ended on ") +
                              iso(m_transmission.date) + QStringLiteral(" (") +
                              QString::number(m_rules.transmissionMonths) +
                              QStringLiteral(" months from the facts on ") +
                              iso(m_scenario.factsDate) + QStringLiteral("; ") +
                              m_rules.ruleSetName + QStringLiteral("): the dossier cannot start"));
}

void GasFineClock::checkPerson()
{
    if (m_age && *m_age < m_rules.minimumAge)
        m_report.addViolation(
            QStringLiteral("under-age"),
            QStringLiteral("aged ") + QString::number(*m_age) +
                QStringLiteral(" on the date of facts ") + iso(m_scenario.factsDate) +
                QStringLiteral(" (born ") + iso(m_scenario.birthDate) +
                QStringLiteral("), below the minimum age of ") +
                QString::number(m_rules.minimumAge) + QStringLiteral(" (") + m_rules.ruleSetName +
                QStringLiteral("): no GAS procedure is possible"));
    const auto& fine = m_scenario.intendedFine;
    if (fine && *fine > m_report.maxFine.value_or(0))
        m_report.addViolation(QStringLiteral("fine-above-maximum"),
                              QStringLiteral("intended fine ") + eur(*fine) +
                                  QStringLiteral(" exceeds the maximum of ") +
                                  eur(*m_report.maxFine) +
                                  (*m_report.minor ? QStringLiteral(" for a minor")
                                                   : QStringLiteral(" for an adult")) +
                                  QStringLiteral(" (") + m_rules.ruleSetName + QLatin1Char(')'));
}

void GasFineClock::checkDecision()
{
    const auto decision = m_scenario.earliest(DecisionPosted);
    if (!decision)
        return;
    const QString posted = QStringLiteral("decision posted on ") + iso(decision->date);
    if (m_earliestDecision.isValid() && decision->date < m_earliestDecision.date)
        m_report.addViolation(
            QStringLiteral("decision-too-early"),
            posted + QStringLiteral(", before the earliest decision date ") +
                iso(m_earliestDecision.date) +
                QStringLiteral(" (rule: the decision comes after the defence term unless waived, "
                               "the waiver and a requested hearing; ") +
                m_earliestDecision.derivation + QLatin1Char(')'));
    if (m_limitation.isValid() && decision->date > m_limitation.date)
        m_report.addViolation(QStringLiteral("decision-after-limitation"),
                              posted + QStringLiteral(", after the limitation date ") +
                                  iso(m_limitation.date) + QStringLiteral(" (") +
                                  m_limitation.derivation +
                                  QStringLiteral("): the fine can no longer be imposed"));
    if (hearingPending())
        m_report.addViolation(
            QStringLiteral("hearing-not-held"),
            posted + QStringLiteral(" while the hearing requested on ") +
                iso(m_scenario.earliest(HearingRequested)->date) +
                QStringLiteral(" has not been held (rule: a requested hearing is held before the "
                               "decision)"));
}

} // namespace regie
