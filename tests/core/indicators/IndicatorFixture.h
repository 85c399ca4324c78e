#pragma once

// A test database (FixedClock 2026-11-28) with the services that produce what the indicators
// count: GAS dossiers, the mayor's measures, certificates, inspections, and the indicator
// records themselves. Everything is written through the services, so through the write path.
#include "core/certificates/CertificateFixture.h"
#include "indicators/IndicatorServices.h"
#include "measures/MeasureService.h"
#include "people/PeopleService.h"
#include "procedures/GasService.h"
#include "rules/RuleBook.h"

namespace regie::test {

inline QDate day(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

struct IndicatorFixture : CertificateFixture
{
    std::unique_ptr<IndicatorServices> ind = IndicatorServices::create(t.ws()).value();
    RuleBook book = RuleBook::loadDefault().value();
    PeopleService people{t.db(), t.writes()};
    GasService gas{t.db(), t.writes(), t.clock(), book};
    MeasureService measures{t.db(), t.writes(), t.clock(), book};

    // The indicator's value for a period, which must exist.
    std::optional<double> value(const QString& key, const char* from, const char* to)
    {
        const IndicatorDefinition* d = ind->catalogue().find(key);
        INFO(key.toStdString());
        REQUIRE(d);
        auto v = ind->engine().value(*d, {day(from), day(to)});
        REQUIRE(v.ok());
        return v->value;
    }

    // Checks `expected` for periods that start or end on `on` and 0 for periods that stop the
    // day before or start the day after.
    void checkBoundaries(const QString& key, const QDate& on, double expected)
    {
        INFO(key.toStdString() << " on " << on.toString(Qt::ISODate).toStdString());
        const auto at = [&](const QDate& from, const QDate& to) {
            const IndicatorDefinition* d = ind->catalogue().find(key);
            REQUIRE(d);
            auto v = ind->engine().value(*d, {from, to});
            REQUIRE(v.ok());
            return v->value.value_or(-1);
        };
        CHECK(at(on, on) == expected);
        CHECK(at(on, on.addDays(40)) == expected);
        CHECK(at(on.addDays(-40), on) == expected);
        CHECK(at(on.addDays(1), on.addDays(40)) == 0);
        CHECK(at(on.addDays(-40), on.addDays(-1)) == 0);
    }

    QString person(const char* family)
    {
        Person p;
        p.familyName = QLatin1String(family);
        p.givenNames = QStringLiteral("Demo");
        p.birthDate = day("1990-05-01");
        auto id = people.add(p);
        REQUIRE(id.ok());
        return *id;
    }

    // A GAS dossier (facts 2026-09-01) decided on `decided` with `fine` EUR.
    QString decidedGas(const char* offence, const char* decided, double fine)
    {
        GasIntake in;
        in.personId = person("Proefmans");
        in.factsDate = day("2026-09-01");
        in.receivedDate = day("2026-09-10");
        in.intendedFine = 150.0;
        in.offenceCode = QLatin1String(offence);
        in.reportNumber = QStringLiteral("AN.55.L3.01234/26");
        auto o = gas.intake(in);
        REQUIRE(o.ok());
        const auto step = [&](const char* type, const char* date, std::optional<double> amount,
                              const char* outcome) {
            GasEventInput e;
            e.type = QLatin1String(type);
            e.date = day(date);
            e.amount = amount;
            e.outcome = QLatin1String(outcome);
            auto r = gas.record(o->id, e);
            INFO((r.ok() ? QString() : r.error().detail).toStdString());
            REQUIRE(r.ok());
        };
        step("start-letter-posted", "2026-09-14", {}, "");
        if (fine > 0)
            step("decision-posted", decided, fine, "");
        else
            step("decision-posted", decided, {}, "no-fine");
        return o->id;
    }

    QString measure(const char* kind, const char* decided)
    {
        MeasureInput in;
        in.kind = QLatin1String(kind);
        in.decisionDate = day(decided);
        if (in.kind == QLatin1String("place-ban") || in.kind == QLatin1String("hearing-order")) {
            in.personId = person("Testaert");
            in.perimeter = QStringLiteral("Schippersstraat");
            in.hearingDate = in.decisionDate.addDays(-3);
            in.orderText = QStringLiteral("Geen ronselen op de openbare weg");
            in.validUntil = in.decisionDate.addMonths(3);
        } else {
            in.premisesId = addPremises(QStringLiteral("Vingerlingstraat"),
                                        QString::number(t.count(QStringLiteral("premises")) + 1));
            in.months = 2;
            in.consultationDate = in.decisionDate.addDays(-2);
        }
        auto o = measures.create(in);
        INFO((o.ok() ? QString() : o.error().detail).toStdString());
        REQUIRE(o.ok());
        return o->id;
    }

    QString inspection(const QString& premisesId, const char* kind, const char* date)
    {
        auto id = s->inspections().add(
            {premisesId, QLatin1String(kind), day(date), QStringLiteral("inspector B"), {}});
        REQUIRE(id.ok());
        return *id;
    }
};

} // namespace regie::test
