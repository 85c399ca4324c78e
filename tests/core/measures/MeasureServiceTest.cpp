#include "measures/MeasureService.h"

#include "people/PeopleService.h"
#include "rules/RuleBook.h"
#include "storage/ChangeSet.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace regie;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

struct Fixture
{
    test::TestDatabase t;
    MeasureService measures{t.db(), t.writes(), t.clock(), RuleBook::loadDefault().value()};
    QString personId;
    QString premisesId;

    Fixture()
    {
        Person p;
        p.familyName = QStringLiteral("Proefmans");
        personId = PeopleService(t.db(), t.writes()).add(p).value();
        ChangeSet cs(QStringLiteral("premises.add"));
        premisesId = cs.create(QStringLiteral("premises"),
                               {{QStringLiteral("street"), QStringLiteral("Schippersstraat")},
                                {QStringLiteral("number"), QStringLiteral("7")}});
        REQUIRE(t.writes().apply(cs).ok());
    }

    MeasureInput ban(const char* decided, std::optional<int> months = {})
    {
        MeasureInput in;
        in.kind = QStringLiteral("place-ban");
        in.personId = personId;
        in.perimeter = QStringLiteral("Schippersstraat, Vingerlingstraat");
        in.decisionDate = d(decided);
        in.months = months;
        in.hearingDate = d(decided).addDays(-3);
        return in;
    }

    MeasureInput closure(const char* kind, const char* decided, int months)
    {
        MeasureInput in;
        in.kind = QLatin1String(kind);
        in.premisesId = premisesId;
        in.decisionDate = d(decided);
        in.months = months;
        return in;
    }

    MeasureOutcome create(const MeasureInput& in)
    {
        auto o = measures.create(in);
        INFO((o.ok() ? QString() : o.error().detail).toStdString());
        REQUIRE(o.ok());
        CHECK(t.count(QStringLiteral("change_log"), QStringLiteral("entity_id = '%1'").arg(o->id)) >
              5);
        return *o;
    }

    void refusedCreate(const MeasureInput& in, const char* rule)
    {
        auto o = measures.create(in);
        REQUIRE_FALSE(o.ok());
        INFO(o.error().detail.toStdString());
        CHECK(o.error().code == ErrorCode::RuleViolation);
        CHECK(o.error().field == QLatin1String(rule));
    }

    MeasureOutcome step(const QString& id, const char* type, const char* date,
                        std::optional<int> months = {})
    {
        const int log = t.count(QStringLiteral("change_log"));
        auto o = measures.record(id, MeasureEventInput{QLatin1String(type), d(date), months, {}});
        INFO((o.ok() ? QString() : o.error().detail).toStdString());
        REQUIRE(o.ok());
        CHECK(t.count(QStringLiteral("change_log")) > log);
        return *o;
    }

    Error refusedStep(const QString& id, const char* type, const char* date, const char* rule)
    {
        auto o = measures.record(id, MeasureEventInput{QLatin1String(type), d(date), {}, {}});
        REQUIRE_FALSE(o.ok());
        INFO(o.error().detail.toStdString());
        CHECK(o.error().code == ErrorCode::RuleViolation);
        CHECK(o.error().field == QLatin1String(rule));
        return o.error();
    }
};

} // namespace

TEST_CASE("a place ban needs a hearing before, or a recorded urgency", "[measures]")
{
    Fixture f;
    MeasureInput in = f.ban("2026-11-05");
    in.hearingDate = QDate();
    f.refusedCreate(in, "hearing-before-ban");
    in.urgencyReason = QStringLiteral("dreigende escalatie");
    const MeasureOutcome o = f.create(in);
    CHECK(o.number == QLatin1String("MB/2026/TS/0001"));
    CHECK(o.endDate == d("2026-12-04"));
    auto view = f.measures.view(o.id);
    CHECK(view->flags.contains(QStringLiteral("urgency")));
    CHECK(view->status == QLatin1String("in-force"));
    in.hearingDate = d("2026-11-06");
    f.refusedCreate(in, "hearing-after-decision");
}

TEST_CASE("a place ban lasts at most a month and is renewable twice", "[measures]")
{
    Fixture f;
    f.refusedCreate(f.ban("2026-10-01", 2), "duration-above-maximum");
    const MeasureOutcome o = f.create(f.ban("2026-10-01"));
    CHECK(o.endDate == d("2026-10-31"));
    f.refusedStep(o.id, "renewed", "2026-11-02", "renewal-after-end");
    CHECK(f.step(o.id, "renewed", "2026-10-25").endDate == d("2026-11-30"));
    CHECK(f.step(o.id, "renewed", "2026-11-20").endDate == d("2026-12-31"));
    const Error e = f.refusedStep(o.id, "renewed", "2026-11-27", "renewal-limit");
    CHECK(e.detail.contains(QLatin1String("at most 2")));
    auto view = f.measures.view(o.id);
    CHECK(view->measure.renewals == 2);
    CHECK(view->clock.deadline(QStringLiteral("banEnd"))->date.date == d("2026-12-31"));
}

TEST_CASE("a trafficking closure needs the judicial consultation and lasts at most 6 months",
          "[measures]")
{
    Fixture f;
    MeasureInput in = f.closure("closure-trafficking", "2026-11-01", 6);
    f.refusedCreate(in, "consultation-missing");
    in.consultationDate = d("2026-10-28");
    in.months = 7;
    f.refusedCreate(in, "duration-above-maximum");
    in.months = 6;
    const MeasureOutcome o = f.create(in);
    CHECK(o.endDate == d("2027-04-30"));
    f.refusedStep(o.id, "renewed", "2026-11-10", "transition-not-allowed");
    f.refusedStep(o.id, "college-confirmed", "2026-11-10", "transition-not-allowed");
    CHECK(f.step(o.id, "lifted", "2026-11-20").state == QLatin1String("lifted"));
    f.refusedStep(o.id, "breach", "2026-11-21", "transition-not-allowed");
}

TEST_CASE("a public-order closure lasts at most 3 months and awaits the college", "[measures]")
{
    Fixture f;
    f.refusedCreate(f.closure("closure-public-order", "2026-11-01", 4), "duration-above-maximum");
    const MeasureOutcome o = f.create(f.closure("closure-public-order", "2026-11-01", 3));
    CHECK(o.endDate == d("2027-01-31"));
    REQUIRE(o.warnings.size() == 1);
    CHECK(o.warnings.first().startsWith(QLatin1String("confirmation-pending")));
    CHECK(f.measures.view(o.id)->flags.contains(QStringLiteral("confirmation-pending")));
    f.step(o.id, "college-confirmed", "2026-11-10");
    auto view = f.measures.view(o.id);
    CHECK(view->measure.confirmationDate == d("2026-11-10"));
    CHECK_FALSE(view->flags.contains(QStringLiteral("confirmation-pending")));
}

TEST_CASE("a hearing order has its text, hearing and validity", "[measures]")
{
    Fixture f;
    MeasureInput in;
    in.kind = QStringLiteral("hearing-order");
    in.premisesId = f.premisesId;
    in.decisionDate = d("2026-11-10");
    in.orderText = QStringLiteral("Ramen sluiten om 2 uur");
    auto missing = f.measures.create(in);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().field == QLatin1String("hearing"));
    in.hearingDate = d("2026-11-05");
    in.validUntil = d("2027-02-10");
    const MeasureOutcome o = f.create(in);
    CHECK(o.endDate == d("2027-02-10"));
    auto list = f.measures.repository().find({QStringLiteral("hearing-order"), {}, {}, {}, 0, 10});
    CHECK(list->size() == 1);
}

TEST_CASE("measures refuse unknown parties and future decisions", "[measures]")
{
    Fixture f;
    MeasureInput in = f.ban("2026-11-05");
    in.personId = QStringLiteral("00000000-0000-0000-0000-000000000000");
    auto unknown = f.measures.create(in);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);
    f.refusedCreate(f.ban("2026-11-30"), "date-in-future");
}
