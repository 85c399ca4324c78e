#pragma once

// A database with the GAS service and helpers: people, intakes and events that must succeed,
// refusals that must name their rule, and change-log counts per record.
#include "people/PeopleService.h"
#include "procedures/GasService.h"
#include "rules/RuleBook.h"
#include "support/TestDatabase.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace regie::gastest {

inline QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

struct Fixture
{
    test::TestDatabase t;
    RuleBook book = RuleBook::loadDefault().value();
    PeopleService people{t.db(), t.writes()};
    GasService gas{t.db(), t.writes(), t.clock(), book};

    QString person(const char* family, const char* birth = "1990-05-01")
    {
        Person p;
        p.familyName = QLatin1String(family);
        p.givenNames = QStringLiteral("Demo");
        p.birthDate = d(birth);
        auto id = people.add(p);
        REQUIRE(id.ok());
        return *id;
    }

    GasIntake intakeOf(const QString& personId, const char* facts, const char* received,
                       std::optional<double> fine = 150.0,
                       const char* offence = "SOLICIT-OUTSIDE-ZONE")
    {
        GasIntake in;
        in.personId = personId;
        in.factsDate = d(facts);
        in.receivedDate = d(received);
        in.intendedFine = fine;
        in.offenceCode = QLatin1String(offence);
        in.reportNumber = QStringLiteral("AN.55.L3.01234/26");
        in.place = QStringLiteral("Schippersstraat 12");
        return in;
    }

    GasOutcome intake(const GasIntake& in)
    {
        auto outcome = gas.intake(in);
        INFO((outcome.ok() ? QString() : outcome.error().detail).toStdString());
        REQUIRE(outcome.ok());
        return *outcome;
    }

    static GasEventInput ev(const char* type, const char* date, std::optional<double> amount = {},
                            const char* outcome = "")
    {
        GasEventInput in;
        in.type = QLatin1String(type);
        in.date = d(date);
        in.amount = amount;
        in.outcome = QLatin1String(outcome);
        return in;
    }

    GasOutcome step(const QString& dossier, const GasEventInput& in)
    {
        const int before = logRows(dossier);
        auto outcome = gas.record(dossier, in);
        INFO(in.type.toStdString()
             << ": " << (outcome.ok() ? QString() : outcome.error().detail).toStdString());
        REQUIRE(outcome.ok());
        CHECK(logRows(dossier) > before); // the event and the dossier's new fields are logged
        return *outcome;
    }

    // The step is refused with RuleViolation naming `rule`; nothing is written.
    Error refused(const QString& dossier, const GasEventInput& in, const char* rule)
    {
        const int events = t.count(QStringLiteral("gas_events"));
        const int log = t.count(QStringLiteral("change_log"));
        auto outcome = gas.record(dossier, in);
        REQUIRE_FALSE(outcome.ok());
        INFO(outcome.error().detail.toStdString());
        CHECK(outcome.error().code == ErrorCode::RuleViolation);
        CHECK(outcome.error().field == QLatin1String(rule));
        CHECK(outcome.error().detail.startsWith(QLatin1String(rule)));
        CHECK(t.count(QStringLiteral("gas_events")) == events);
        CHECK(t.count(QStringLiteral("change_log")) == log);
        return outcome.error();
    }

    // change_log rows about a dossier and about its events.
    int logRows(const QString& dossierIdOrNumber)
    {
        auto dossier = gas.repository().get(dossierIdOrNumber);
        REQUIRE(dossier.ok());
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM change_log WHERE entity_id = ? OR entity_id "
                                 "IN (SELECT id FROM gas_events WHERE dossier_id = ?)"));
        q.addBindValue(dossier->id);
        q.addBindValue(dossier->id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    }

    QString state(const QString& dossier)
    {
        auto got = gas.repository().get(dossier);
        REQUIRE(got.ok());
        return got->state;
    }
};

} // namespace regie::gastest
