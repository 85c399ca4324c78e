#include "GasService.h"

#include "GasFields.h"
#include "GasReportWarning.h"
#include "GasState.h"
#include "common/Clock.h"
#include "identifiers/PaymentReference.h"
#include "identifiers/PoliceReportNumber.h"
#include "people/PersonRepository.h"
#include "storage/ChangeSet.h"
#include "storage/Database.h"
#include "storage/InstallationStore.h"
#include "storage/Transaction.h"
#include "storage/WritePath.h"

namespace regie {

using GasFields::dateValue;
using GasFields::iso;

struct GasService::Intake
{
    GasIntake input;
    Offence offence;
    Person person;
    GasDossier dossier;
    GasRules rules;
    ClockReport report;
    GasOutcome outcome;
};

GasService::GasService(Database& db, WritePath& writes, const Clock& clock, RuleBook rules)
    : m_db(db), m_writes(writes), m_clock(clock), m_rules(std::move(rules)), m_repo(db),
      m_offences(db, writes)
{
}

QString GasService::formatNumber(const QString& code, int year, int sequence)
{
    return QStringLiteral("GAS/%1/%2/%3")
        .arg(year)
        .arg(code)
        .arg(sequence, 4, 10, QLatin1Char('0'));
}

Error GasService::refusal(const QString& rule, const QString& message)
{
    return makeError(ErrorCode::RuleViolation, rule + QStringLiteral(": ") + message, rule);
}

Result<GasOutcome> GasService::intake(const GasIntake& input)
{
    if (auto checked = checkIntakeDates(input); !checked.ok())
        return checked.error();
    if (auto seeded = m_offences.ensureDefaults(); !seeded.ok())
        return seeded.error();
    Intake work;
    work.input = input;
    auto offence = m_offences.byCode(input.offenceCode);
    if (!offence.ok())
        return offence.error();
    if (!offence->active)
        return makeError(ErrorCode::Validation, tr("offence %1 is not active").arg(offence->code),
                         QStringLiteral("offence"));
    auto person = PersonRepository(m_db).get(input.personId);
    if (!person.ok())
        return makeError(person.error().code, person.error().detail, QStringLiteral("person"));
    work.offence = *offence;
    work.person = *person;
    if (auto assessed = assessIntake(work); !assessed.ok())
        return assessed.error();
    if (auto repeat = checkRepeat(work); !repeat.ok())
        return repeat.error();
    return writeIntake(work);
}

Result<void> GasService::checkIntakeDates(const GasIntake& in) const
{
    const QDate today = m_clock.today();
    if (!in.factsDate.isValid())
        return makeError(ErrorCode::Validation, tr("date of facts is required"),
                         QStringLiteral("facts"));
    if (in.factsDate > today)
        return refusal(QStringLiteral("facts-in-future"),
                       tr("date of facts %1 is after today %2").arg(iso(in.factsDate), iso(today)));
    if (!in.receivedDate.isValid())
        return makeError(ErrorCode::Validation, tr("the date the finding was received is required"),
                         QStringLiteral("received"));
    if (in.receivedDate < in.factsDate || in.receivedDate > today)
        return makeError(ErrorCode::Validation,
                         tr("finding received on %1: must be between the facts on %2 "
                            "and today %3")
                             .arg(iso(in.receivedDate), iso(in.factsDate), iso(today)),
                         QStringLiteral("received"));
    if (in.reportKind != QLatin1String("police") &&
        in.reportKind != QLatin1String("administrative"))
        return makeError(ErrorCode::Validation, tr("report kind must be police or administrative"),
                         QStringLiteral("report-kind"));
    if (in.reportNumber.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("report number is required"),
                         QStringLiteral("report"));
    if (in.intendedFine && *in.intendedFine < 0)
        return makeError(ErrorCode::Validation, tr("fine must not be negative"),
                         QStringLiteral("fine"));
    return {};
}

Result<void> GasService::assessIntake(Intake& w) const
{
    GasDossier& d = w.dossier;
    d.factsDate = w.input.factsDate;
    d.receivedDate = w.input.receivedDate;
    d.place = w.input.place.trimmed();
    d.reportKind = w.input.reportKind;
    d.reportNumber = w.input.reportNumber.trimmed();
    d.offenceId = w.offence.id;
    d.offenceCode = w.offence.code;
    d.personId = w.person.id;
    d.offenderRole = w.offence.offenderRole;
    d.birthDate = w.person.kind == Person::Kind::Natural ? w.person.birthDate : QDate();
    d.intendedFine = w.input.intendedFine;
    d.notes = w.input.notes;
    d.state = GasState::Registered;
    auto rules = GasDossierClock::rulesFor(d.factsDate, m_rules);
    if (!rules.ok())
        return makeError(ErrorCode::Validation, rules.error().detail, QStringLiteral("facts"));
    w.rules = *rules;
    d.ruleSet = w.rules.ruleSetName;
    const QVector<GasEvent> none;
    auto report = GasDossierClock(d, none).evaluate(m_rules);
    if (!report.ok())
        return report.error();
    w.report = *report;
    for (const auto& violation : w.report.violations) {
        if (violation.rule == QLatin1String("under-age") ||
            violation.rule == QLatin1String("fine-above-maximum"))
            return refusal(violation.rule, violation.message);
        if (violation.rule == QLatin1String("finding-late")) {
            d.receivedLate = true;
            w.outcome.warnings << violation.rule + QStringLiteral(": ") + violation.message;
        }
    }
    d.minor = w.report.minor.value_or(false);
    if (d.reportKind == QLatin1String("police")) {
        const IdentifierCheck check = PoliceReportNumber::check(d.reportNumber);
        d.reportNumber = check.normalized;
        if (!check.warnings.isEmpty()) {
            d.reportWarning = check.detail;
            w.outcome.warnings << check.warnings.first() + QStringLiteral(": ") +
                                      GasReportWarning::text(d);
        }
    }
    return {};
}

Result<void> GasService::checkRepeat(Intake& w) const
{
    const QDate since = w.dossier.factsDate.addMonths(-w.rules.repeatWindowMonths);
    auto prior = m_repo.priorSanction(w.dossier.personId, w.dossier.offenceId, since,
                                      w.dossier.factsDate.addDays(1));
    if (!prior.ok())
        return prior.error();
    if (prior->isEmpty())
        return {};
    w.dossier.repeatOf = *prior;
    auto earlier = m_repo.get(*prior);
    if (earlier.ok())
        w.outcome.warnings << QStringLiteral("repeat-offence: ") +
                                  tr("%1 (same offence %2) decided on %3 with a fine, within %4 "
                                     "months before the facts on %5")
                                      .arg(earlier->number, w.dossier.offenceCode,
                                           iso(earlier->decisionDate))
                                      .arg(w.rules.repeatWindowMonths)
                                      .arg(iso(w.dossier.factsDate));
    return {};
}

Result<GasOutcome> GasService::writeIntake(Intake& w)
{
    Transaction tx(m_db); // numbering and insert in one writer transaction
    if (!tx.status().ok())
        return tx.status().error();
    auto self = InstallationStore(m_db).self();
    if (!self.ok())
        return self.error();
    GasDossier& d = w.dossier;
    d.installationCode = self->shortCode;
    d.created = m_clock.now().toUTC();
    d.year = m_clock.today().year();
    auto sequence = m_repo.nextSequence(d.installationCode, d.year);
    if (!sequence.ok())
        return sequence.error();
    d.sequence = *sequence;
    d.number = formatNumber(d.installationCode, d.year, d.sequence);
    auto reference = PaymentReference::fromDossierNumber(d.number);
    if (!reference.ok())
        return reference.error();
    d.paymentReference = *reference;
    const QVector<GasEvent> none;
    const auto derived = GasDossierClock(d, none).derive(d.state, w.report);
    QVariantMap fields = GasFields::dossierFields(d);
    fields.insert(GasFields::derivedFields(derived));
    ChangeSet cs(QStringLiteral("gas.intake"));
    d.id = cs.create(QStringLiteral("gas_dossiers"), fields);
    if (auto applied = m_writes.apply(cs); !applied.ok())
        return applied.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    w.outcome.id = d.id;
    w.outcome.number = d.number;
    w.outcome.state = d.state;
    w.outcome.flags = flagsOf(d);
    return w.outcome;
}

QString GasService::paymentStatus(const GasDossier& d, const QDate& today)
{
    const double fine = d.decidedFine.value_or(0);
    if (fine <= 0 || d.state == GasState::ClosedWithoutFine || d.state == GasState::Lapsed)
        return QStringLiteral("none");
    if (d.paidAmount + 0.005 >= fine)
        return QStringLiteral("paid");
    if (d.paymentDue.isValid() && today > d.paymentDue)
        return QStringLiteral("overdue");
    return d.paidAmount > 0 ? QStringLiteral("partial") : QStringLiteral("open");
}

QStringList GasService::flagsOf(const GasDossier& d)
{
    QStringList flags;
    if (d.receivedLate)
        flags << QStringLiteral("received-late");
    if (!d.repeatOf.isEmpty())
        flags << QStringLiteral("repeat-offence");
    if (d.minor)
        flags << QStringLiteral("minor");
    if (!d.reportWarning.isEmpty())
        flags << QStringLiteral("report-number-pattern");
    if (!d.birthDate.isValid())
        flags << QStringLiteral("birth-date-unknown");
    return flags;
}

Result<GasDossierView> GasService::open(const QString& idOrNumber)
{
    auto view = this->view(idOrNumber);
    if (!view.ok())
        return view.error();
    if (auto logged = m_writes.audit().recordAccess(
            m_writes.actor(), QStringLiteral("gas_dossiers"), view->dossier.id);
        !logged.ok())
        return logged.error();
    return view;
}

Result<GasDossierView> GasService::view(const QString& idOrNumber) const
{
    auto dossier = m_repo.get(idOrNumber);
    if (!dossier.ok())
        return dossier.error();
    GasDossierView v;
    v.dossier = *dossier;
    auto events = m_repo.events(v.dossier.id);
    auto payments = m_repo.payments(v.dossier.id);
    if (!events.ok() || !payments.ok())
        return events.ok() ? payments.error() : events.error();
    v.events = *events;
    v.payments = *payments;
    auto report = GasDossierClock(v.dossier, v.events).evaluate(m_rules);
    if (!report.ok())
        return report.error();
    v.clock = *report;
    v.flags = flagsOf(v.dossier);
    const QDate today = m_clock.today();
    const GasDossier& d = v.dossier;
    v.paymentStatus = paymentStatus(d, today);
    for (const GasPayment& payment : v.payments) {
        if (payment.late && !v.flags.contains(QStringLiteral("payment-late")))
            v.flags << QStringLiteral("payment-late");
    }
    if (GasState::beforeDecision(d.state) && d.limitationDate.isValid() && today > d.limitationDate)
        v.flags << QStringLiteral("limitation-passed");
    if (v.paymentStatus == QLatin1String("overdue"))
        v.flags << QStringLiteral("payment-overdue");
    return v;
}

} // namespace regie
