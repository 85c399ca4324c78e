#include "DemoProcedures.h"

#include "DemoData.h"
#include "common/Clock.h"
#include "identifiers/PaymentReference.h"
#include "procedures/GasDossierClock.h"
#include "procedures/GasFields.h"
#include "procedures/GasRepository.h"
#include "procedures/GasService.h"
#include "procedures/GasState.h"
#include "procedures/OffenceCatalogue.h"
#include "storage/ChangeSet.h"
#include "storage/Database.h"
#include "storage/InstallationStore.h"
#include "storage/WritePath.h"

#include <QHash>
#include <array>
#include <random>

namespace regie {

namespace {

constexpr int kBatch = 500;
const std::array<const char*, 5> kPlaces{"Schippersstraat", "Vingerlingstraat", "Verversrui",
                                         "Falconplein", "Sint-Paulusstraat"};

// Leaves out empty texts and NULLs: the columns' defaults say the same, and the change log
// stays smaller.
QVariantMap compact(const QVariantMap& fields)
{
    QVariantMap result;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!it.value().isValid())
            continue;
        if (it.value().typeId() == QMetaType::QString && it.value().toString().isEmpty())
            continue;
        result.insert(it.key(), it.value());
    }
    return result;
}

struct Plan
{
    int index = 0;
    GasDossier d;
    QVector<GasEvent> events;
    QVector<GasPayment> payments;
};

class Generator
{
public:
    Generator(Database& db, const Clock& clock, const RuleBook& rules, QString code)
        : m_repo(db), m_clock(clock), m_rules(rules), m_code(std::move(code)),
          m_today(clock.today()), m_offences(OffenceCatalogue::defaults())
    {
    }

    Result<void> loadBirthDates(Database& db);
    Result<Plan> make(int index, int persons);

private:
    int between(int low, int high) { return low + int(m_random() % quint32(high - low + 1)); }
    bool percent(int p) { return between(0, 99) < p; }
    void add(Plan& p, const QString& type, const QDate& date, std::optional<double> amount = {},
             const QString& court = {}, const QString& outcome = {});
    void pay(Plan& p, const QDate& date, double amount);
    Result<void> number(GasDossier& d);
    void intake(Plan& p, int index, int persons);
    void proceed(Plan& p);
    void afterDecision(Plan& p, const QDate& decision, double fine);
    void flagRepeat(Plan& p);

    std::mt19937 m_random{20240101};
    GasRepository m_repo;
    const Clock& m_clock;
    const RuleBook& m_rules;
    QString m_code;
    QDate m_today;
    QVector<Offence> m_offences;
    QHash<QString, QDate> m_birth;
    QHash<int, int> m_sequence;
    QHash<QString, QVector<std::pair<QDate, QString>>> m_sanctions;
};

Result<void> Generator::loadBirthDates(Database& db)
{
    QSqlQuery& q =
        db.prepared(QStringLiteral("SELECT id, birth_date FROM persons WHERE deleted = 0"));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("persons"));
    while (q.next())
        m_birth.insert(q.value(0).toString(),
                       QDate::fromString(q.value(1).toString(), Qt::ISODate));
    return {};
}

void Generator::add(Plan& p, const QString& type, const QDate& date, std::optional<double> amount,
                    const QString& court, const QString& outcome)
{
    const QString id =
        DemoData::demoId(QStringLiteral("gas-event/%1").arg(p.index), int(p.events.size()));
    p.events.append(
        GasEvent{id, p.d.id, type, date, amount, court, outcome, {}, m_clock.now().toUTC()});
}

void Generator::pay(Plan& p, const QDate& date, double amount)
{
    add(p, QStringLiteral("payment"), date, amount);
    p.payments.append(GasPayment{
        DemoData::demoId(QStringLiteral("gas-payment/%1").arg(p.index), int(p.payments.size())),
        p.d.id, date, amount, p.d.paymentReference, false});
    p.d.paidAmount += amount;
}

Result<void> Generator::number(GasDossier& d)
{
    auto it = m_sequence.find(d.year);
    if (it == m_sequence.end()) {
        auto next = m_repo.nextSequence(m_code, d.year);
        if (!next.ok())
            return next.error();
        it = m_sequence.insert(d.year, *next);
    }
    d.sequence = it.value()++;
    d.installationCode = m_code;
    d.number = GasService::formatNumber(m_code, d.year, d.sequence);
    auto reference = PaymentReference::fromDossierNumber(d.number);
    if (!reference.ok())
        return reference.error();
    d.paymentReference = *reference;
    return {};
}

void Generator::intake(Plan& p, int index, int persons)
{
    GasDossier& d = p.d;
    p.index = index;
    d.id = DemoData::demoId(QStringLiteral("gas"), index);
    d.factsDate = m_today.addDays(-between(0, 720));
    const bool late = percent(4);
    d.receivedDate =
        std::min(m_today, d.factsDate.addDays(late ? between(62, 90) : between(2, 45)));
    const Offence& offence = m_offences.at(between(0, int(m_offences.size()) - 1));
    d.offenceId = offence.id;
    d.offenceCode = offence.code;
    d.offenderRole = offence.offenderRole;
    for (int attempt = 0; attempt < 20; ++attempt) { // GAS starts at 14: pick an older person
        d.personId = DemoData::demoId(QStringLiteral("person"), between(0, persons - 1));
        d.birthDate = m_birth.value(d.personId);
        if (!d.birthDate.isValid() || d.birthDate.addYears(16) <= d.factsDate)
            break;
    }
    d.minor = d.birthDate.isValid() && d.birthDate.addYears(18) > d.factsDate;
    d.intendedFine = d.minor ? 50.0 + 10 * between(0, 10) : 50.0 + 10 * between(0, 25);
    d.place = QStringLiteral("%1 %2")
                  .arg(QLatin1String(kPlaces[between(0, int(kPlaces.size()) - 1)]))
                  .arg(between(1, 120));
    d.reportKind = QStringLiteral("police");
    d.reportNumber = QStringLiteral("AN.%1.L%2.%3/%4")
                         .arg(between(10, 99))
                         .arg(between(1, 9))
                         .arg(between(0, 99999), 5, 10, QLatin1Char('0'))
                         .arg(d.factsDate.year() % 100, 2, 10, QLatin1Char('0'));
    d.state = GasState::Registered;
    d.year = d.receivedDate.year();
    d.created = QDateTime(d.receivedDate, QTime(9, 0), Qt::UTC);
}

// Walks the procedure forward with plausible gaps, stopping at the first step after today.
// The gaps keep every step legal: a decision at least 30 days after posting the start letter
// (notification <= 9 days, defence 15 days, moved <= 3 days) and after the hearing.
void Generator::proceed(Plan& p)
{
    GasDossier& d = p.d;
    if (d.receivedLate) { // cannot start: closed once the lawyer has seen it
        const QDate closed = d.receivedDate.addDays(between(5, 20));
        if (closed <= m_today) {
            add(p, QStringLiteral("closed-without-fine"), closed, {}, {},
                QStringLiteral("finding-late"));
            d.state = GasState::ClosedWithoutFine;
        }
        return;
    }
    const QDate posted = d.receivedDate.addDays(between(1, 10));
    if (posted > m_today)
        return;
    add(p, QStringLiteral("start-letter-posted"), posted);
    d.state = GasState::Started;
    QDate after = posted;
    if (d.minor || (*d.intendedFine > 70 && percent(15))) { // a minor is always heard
        const QDate requested = posted.addDays(between(4, 12));
        if (requested > m_today)
            return;
        add(p, QStringLiteral("hearing-requested"), requested);
        const QDate hearing = requested.addDays(between(10, 30));
        add(p, QStringLiteral("hearing-planned"), hearing);
        d.state = GasState::HearingPlanned;
        if (hearing > m_today)
            return;
        add(p, QStringLiteral("hearing-held"), hearing);
        d.state = GasState::Heard;
        after = hearing;
    } else if (percent(30)) {
        const QDate defence = posted.addDays(between(5, 15));
        if (defence > m_today)
            return;
        add(p, QStringLiteral("defence-received"), defence);
        d.state = GasState::DefenceOpen;
    }
    if (percent(5)) {
        const QDate closed = posted.addDays(between(20, 40));
        if (closed <= m_today) {
            add(p, QStringLiteral("closed-without-fine"), closed, {}, {},
                QStringLiteral("dismissed"));
            d.state = GasState::ClosedWithoutFine;
        }
        return;
    }
    const QDate decision = std::max(posted.addDays(between(30, 60)), after.addDays(between(1, 10)));
    if (decision > m_today)
        return;
    add(p, QStringLiteral("decision-posted"), decision, *d.intendedFine, {},
        QStringLiteral("fine"));
    d.state = GasState::Decided;
    afterDecision(p, decision, *d.intendedFine);
}

void Generator::afterDecision(Plan& p, const QDate& decision, double fine)
{
    GasDossier& d = p.d;
    const int roll = between(0, 99);
    if (roll < 55) {
        const QDate paid = decision.addDays(between(5, 35));
        if (paid <= m_today) {
            pay(p, paid, fine);
            d.state = GasState::Paid;
        }
    } else if (roll < 65) {
        const QDate paid = decision.addDays(between(5, 30));
        if (paid <= m_today)
            pay(p, paid, fine / 2);
        const QDate collection = decision.addDays(between(50, 90));
        if (collection <= m_today) {
            add(p, QStringLiteral("collection-started"), collection);
            d.state = GasState::UnpaidCollection;
        }
    } else if (roll < 75) {
        const QDate appeal = decision.addDays(between(5, 25));
        if (appeal > m_today)
            return;
        add(p, QStringLiteral("appeal-lodged"), appeal, {},
            QStringLiteral("Politierechtbank Antwerpen"));
        d.state = GasState::Appealed;
        const QDate judgment = appeal.addDays(between(60, 150));
        if (judgment > m_today)
            return;
        const bool reduced = percent(40);
        add(p, QStringLiteral("judgment"), judgment,
            reduced ? std::optional<double>(fine / 2) : std::nullopt, {},
            reduced ? QStringLiteral("reduced") : QStringLiteral("confirmed"));
        d.state = GasState::Judged;
    } else {
        const QDate collection = decision.addDays(between(50, 90));
        if (collection <= m_today) {
            add(p, QStringLiteral("collection-started"), collection);
            d.state = GasState::UnpaidCollection;
        }
    }
}

void Generator::flagRepeat(Plan& p)
{
    GasDossier& d = p.d;
    const QString key = d.personId + QLatin1Char('/') + d.offenceId;
    const QDate since = d.factsDate.addMonths(-24);
    for (const auto& [decided, id] : m_sanctions.value(key)) {
        if (decided >= since && decided <= d.factsDate)
            d.repeatOf = id;
    }
    for (const GasEvent& e : p.events) {
        if (e.type == QLatin1String("decision-posted"))
            m_sanctions[key].append({e.date, d.id});
    }
}

Result<Plan> Generator::make(int index, int persons)
{
    Plan p;
    intake(p, index, persons);
    if (auto numbered = number(p.d); !numbered.ok())
        return numbered.error();
    const QVector<GasEvent> none;
    auto first = GasDossierClock(p.d, none).evaluate(m_rules);
    if (!first.ok())
        return first.error();
    p.d.receivedLate = first->hasViolation(QStringLiteral("finding-late"));
    p.d.ruleSet = first->ruleSet;
    proceed(p);
    flagRepeat(p);
    return p;
}

Result<void> appendPlan(ChangeSet& cs, Plan& p, const RuleBook& rules)
{
    auto report = GasDossierClock(p.d, p.events).evaluate(rules);
    if (!report.ok())
        return report.error();
    const auto derived = GasDossierClock(p.d, p.events).derive(p.d.state, *report);
    QVariantMap fields = GasFields::dossierFields(p.d);
    fields.insert(GasFields::derivedFields(derived));
    if (p.d.paidAmount > 0)
        fields.insert(QStringLiteral("paid_amount"), p.d.paidAmount);
    cs.create(QStringLiteral("gas_dossiers"), p.d.id, compact(fields));
    for (const GasEvent& e : p.events) {
        cs.create(QStringLiteral("gas_events"), e.id,
                  compact({{QStringLiteral("dossier_id"), e.dossierId},
                           {QStringLiteral("type"), e.type},
                           {QStringLiteral("date"), GasFields::dateValue(e.date)},
                           {QStringLiteral("amount"), GasFields::amountValue(e.amount)},
                           {QStringLiteral("court"), e.court},
                           {QStringLiteral("outcome"), e.outcome},
                           {QStringLiteral("recorded"), e.recorded}}));
    }
    for (const GasPayment& pay : p.payments) {
        cs.create(QStringLiteral("payments"), pay.id,
                  {{QStringLiteral("dossier_id"), pay.dossierId},
                   {QStringLiteral("date"), GasFields::dateValue(pay.date)},
                   {QStringLiteral("amount"), pay.amount},
                   {QStringLiteral("reference"), pay.reference},
                   {QStringLiteral("late"),
                    derived.paymentDue.isValid() && pay.date > derived.paymentDue}});
    }
    return {};
}

} // namespace

Result<int> addDemoProcedures(WritePath& writes, Database& db, const Clock& clock,
                              const RuleBook& rules, int count, int persons)
{
    if (count < 0 || persons < 1)
        return makeError(ErrorCode::Usage, QStringLiteral("count >= 0 and persons >= 1"),
                         QStringLiteral("count"));
    if (auto seeded = OffenceCatalogue(db, writes).ensureDefaults(); !seeded.ok())
        return seeded.error();
    auto self = InstallationStore(db).self();
    if (!self.ok())
        return self.error();
    Generator generator(db, clock, rules, self->shortCode);
    if (auto loaded = generator.loadBirthDates(db); !loaded.ok())
        return loaded.error();
    for (int start = 0; start < count; start += kBatch) {
        ChangeSet cs(QStringLiteral("demo.gas"));
        for (int i = start; i < std::min(count, start + kBatch); ++i) {
            auto plan = generator.make(i, persons);
            if (!plan.ok())
                return plan.error();
            if (auto added = appendPlan(cs, plan.value(), rules); !added.ok())
                return added.error();
        }
        if (auto applied = writes.apply(cs); !applied.ok())
            return applied.error();
    }
    return count;
}

} // namespace regie
