#include "DemoFieldwork.h"

#include "DemoData.h"
#include "certificates/CertificateKinds.h"
#include "common/Clock.h"
#include "inspections/CertificateServices.h"
#include "measures/MeasureService.h"
#include "premises/WindowRegister.h"
#include "sanctions/HolderSanctionService.h"

namespace regie {

namespace {

template <typename T>
Result<void> check(const Result<T>& result, const QString& what)
{
    if (result.ok())
        return {};
    Error error = result.error();
    error.detail = QStringLiteral("demo %1: %2").arg(what, error.detail);
    return error;
}

#define DEMO_TRY(expression, what)                                                                 \
    if (auto checked = check((expression), QStringLiteral(what)); !checked.ok())                   \
        return checked.error();

struct Builder
{
    Database& db;
    WritePath& writes;
    const Clock& clock;
    const RuleBook& rules;
    CertificateServices& s;
    DemoFieldworkCounts counts;

    QDate today() const { return clock.today(); }

    Result<QString> certificate(const QString& premisesId, int i)
    {
        // Granted between 1 and 35 months ago, so renewals fall due across the coming years.
        const QDate applied = today().addMonths(-(1 + (i * 7) % 35)).addDays(-25);
        auto id = s.certificates().apply(premisesId, applied, {});
        if (!id.ok())
            return id;
        for (const QString& kind : CertificateKinds::documentKinds()) {
            auto doc = s.certificates().addDocument(*id, {{}, kind, applied.addDays(-3), {}});
            if (!doc.ok())
                return doc.error();
        }
        const bool refused = i % 23 == 22;
        for (const QString& kind : CertificateKinds::checkKinds()) {
            const bool favourable = !(refused && kind == CertificateKinds::checkKinds().constFirst());
            auto checkId = s.certificates().addCheck(
                *id, {{}, kind, applied.addDays(6), QStringLiteral("Inspecteur %1").arg(1 + i % 3),
                      favourable, favourable ? QString() : QStringLiteral("Brandtrap niet conform")});
            if (!checkId.ok())
                return checkId.error();
        }
        CertificateService::Decision decision;
        decision.date = applied.addDays(20);
        decision.outcome = refused ? QStringLiteral("refused") : QStringLiteral("granted");
        if (!refused && i % 7 == 3) {
            decision.outcome = QStringLiteral("granted-with-conditions");
            const QDate due = i % 14 == 3 ? today().addDays(-10) : today().addMonths(2);
            decision.conditions << CertificateCondition{
                {}, QStringLiteral("Tweede nooduitgang voorzien van verlichte signalisatie"), due, {}};
        }
        auto decided = s.certificates().decide(*id, decision);
        if (!decided.ok())
            return decided.error();
        ++counts.certificates;
        return id;
    }

    Result<void> inspection(const QString& premisesId, int i)
    {
        const QDate date = QDate(today().year(), 1, 15).addDays((i * 5) % 300);
        if (date > today())
            return {};
        auto id = s.inspections().add({premisesId, QStringLiteral("proactive"), date,
                                       QStringLiteral("Inspecteur %1").arg(1 + i % 3), {}});
        if (!id.ok())
            return id.error();
        auto checklist = s.templates().forDate(ChecklistTemplates::defaultCode(), date);
        if (!checklist.ok())
            return checklist.error();
        const bool withFinding = i % 9 == 4;
        for (const ChecklistTemplate::Item& item : checklist->items) {
            const bool bad = withFinding && item.code == checklist->items.constLast().code;
            auto answered = s.inspections().answer(
                *id, {item.code, {}, bad ? QStringLiteral("not-conform") : QStringLiteral("conform"),
                      bad ? QStringLiteral("Niet in orde bij controle") : QString()});
            if (!answered.ok())
                return answered.error();
        }
        if (withFinding) {
            auto finding = s.inspections().draftFinding(*id, checklist->items.constLast().code, {},
                                                        QStringLiteral("Vastgesteld bij controle"));
            if (!finding.ok())
                return finding.error();
        }
        if (i % 5 != 1) { // a few stay open, as if the inspector is still on site
            auto finalised = s.inspections().finalise(*id);
            if (!finalised.ok())
                return finalised.error();
        }
        ++counts.inspections;
        return {};
    }
};

} // namespace

Result<DemoFieldworkCounts> addDemoFieldwork(Database& db, WritePath& writes, const Clock& clock,
                                             const RuleBook& rules,
                                             CertificateServices& services, int premises,
                                             int persons)
{
    Builder b{db, writes, clock, rules, services, {}};
    const QDate today = clock.today();
    for (int i = 0; i < premises; ++i) {
        const QString premisesId = DemoData::demoId(QStringLiteral("premises"), i);
        PremisesHolder holder;
        holder.premisesId = premisesId;
        holder.personId = DemoData::demoId(QStringLiteral("person"), i % persons);
        holder.role = PremisesHolder::Role::MainHolder;
        holder.begins = today.addYears(-4).addDays(i);
        DEMO_TRY(services.premises().addHolder(holder), "holder");
        DEMO_TRY(b.certificate(premisesId, i), "certificate");
        if (i % 10 < 7)
            DEMO_TRY(b.inspection(premisesId, i), "inspection");
    }
    WindowRegister reg(db, writes, clock);
    for (int i = 0; i < std::min(premises, 6); ++i) {
        WindowRegistration line;
        line.from = QDate(today.year(), 1, 1);
        line.to = QDate(today.year(), 12, 31);
        line.workerRef = QStringLiteral("RT-%1").arg(4100 + i);
        line.registered = true;
        line.policeValidated = i != 2;
        line.source = QStringLiteral("Registratietool politie, export %1").arg(today.year());
        DEMO_TRY(reg.record(DemoData::demoId(QStringLiteral("premises"), i), QStringLiteral("1"),
                            line),
                 "window register");
    }
    MeasureService measures(db, writes, clock, rules);
    for (int i = 0; i < std::min(persons, 8); ++i) {
        MeasureInput in;
        in.kind = QStringLiteral("place-ban");
        in.personId = DemoData::demoId(QStringLiteral("person"), i * 3 % persons);
        in.perimeter = QStringLiteral("Schipperskwartier, binnen de zone begrensd door de "
                                      "Verversrui en de Vingerlingstraat");
        in.reason = QStringLiteral("Herhaalde verstoring van de openbare orde");
        in.decisionDate = today.addDays(-(3 + i * 4));
        in.hearingDate = in.decisionDate.addDays(-5);
        in.months = 1;
        DEMO_TRY(measures.create(in), "place ban");
        ++b.counts.measures;
    }
    if (premises >= 3) {
        HolderSanctionService sanctions(db, writes, clock, rules, services.certificates());
        HolderSanctionEvent finding;
        finding.type = QStringLiteral("finding");
        finding.date = today.addDays(-80);
        finding.reportNumber = QStringLiteral("AN.55.L1.010203/%1").arg(today.year());
        auto warned = sanctions.open(DemoData::demoId(QStringLiteral("premises"), 1), finding);
        DEMO_TRY(warned, "sanction");
        HolderSanctionEvent warning;
        warning.type = QStringLiteral("warning-letter");
        warning.date = today.addDays(-70);
        DEMO_TRY(sanctions.record(warned->id, warning), "warning");
        auto second = sanctions.open(DemoData::demoId(QStringLiteral("premises"), 2), finding);
        DEMO_TRY(second, "sanction");
        for (const auto& [type, days] : {std::pair{"warning-letter", -75}, std::pair{"finding", -40},
                                         std::pair{"hearing-invitation", -30},
                                         std::pair{"hearing-held", -14}}) {
            HolderSanctionEvent e;
            e.type = QLatin1String(type);
            e.date = today.addDays(days);
            if (e.type == QLatin1String("finding"))
                e.reportNumber = QStringLiteral("AN.55.L1.010377/%1").arg(today.year());
            DEMO_TRY(sanctions.record(second->id, e), "sanction step");
        }
        b.counts.sanctions = 2;
    }
    return b.counts;
}

} // namespace regie
