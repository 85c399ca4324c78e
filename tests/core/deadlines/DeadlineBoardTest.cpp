#include "deadlines/DeadlineBoard.h"

#include "../procedures/GasTestSupport.h"
#include "measures/MeasureService.h"

using namespace regie;
using namespace regie::gastest;

namespace {

// Today is Saturday 2026-11-28 (the test clock).
struct Board : Fixture
{
    QString registered, hearing, overdue, later, paid, ban;

    Board()
    {
        const QString p = person("Proefmans");
        // registered: limitation 2026-12-01 (facts 2026-06-01 + 6 months)
        registered = intake(intakeOf(p, "2026-06-01", "2026-07-15")).id;
        // a hearing planned on Tuesday 2026-12-01
        hearing = intake(intakeOf(p, "2026-10-01", "2026-10-05")).id;
        step(hearing, ev("start-letter-posted", "2026-10-06"));
        step(hearing, ev("hearing-requested", "2026-10-12"));
        step(hearing, ev("hearing-planned", "2026-12-01"));
        // decided on 2026-10-05: payment due 2026-11-09, overdue
        overdue = intake(intakeOf(p, "2026-09-01", "2026-09-10")).id;
        step(overdue, ev("start-letter-posted", "2026-09-14"));
        step(overdue, ev("decision-posted", "2026-10-05", 150.0));
        // start letter posted Friday 2026-11-20: notified 2026-11-25, defence until 2026-12-10,
        // earliest decision 2026-12-11
        later = intake(intakeOf(p, "2026-11-10", "2026-11-18")).id;
        step(later, ev("start-letter-posted", "2026-11-20"));
        // paid: not on the board
        paid = intake(intakeOf(p, "2026-09-02", "2026-09-10")).id;
        step(paid, ev("start-letter-posted", "2026-09-14"));
        step(paid, ev("decision-posted", "2026-10-05", 100.0));
        step(paid, ev("payment", "2026-10-20", 100.0));
        // a place ban from 2026-11-05: ends 2026-12-04
        MeasureService measures(t.db(), t.writes(), t.clock(), book);
        MeasureInput in;
        in.kind = QStringLiteral("place-ban");
        in.personId = p;
        in.perimeter = QStringLiteral("Schippersstraat");
        in.decisionDate = d("2026-11-05");
        in.urgencyReason = QStringLiteral("urgent");
        ban = measures.create(in).value().id;
    }

    QVector<DeadlineItem> compute(int dueWithin = 7)
    {
        DeadlineBoard::Options options;
        options.dueWithinDays = dueWithin;
        options.derivations = true;
        auto items = DeadlineBoard(t.db(), t.clock(), book).compute(options);
        REQUIRE(items.ok());
        return *items;
    }
};

QStringList summary(const QVector<DeadlineItem>& items, const QString& id)
{
    QStringList rows;
    for (const DeadlineItem& it : items) {
        if (it.id == id)
            rows << it.category + QLatin1Char(' ') + it.name + QLatin1Char(' ') +
                        it.date.toString(Qt::ISODate);
    }
    return rows;
}

} // namespace

TEST_CASE("the deadline board at the test date", "[deadlines]")
{
    Board b;
    const auto items = b.compute();
    CHECK(summary(items, b.registered) ==
          QStringList{QStringLiteral("limitation limitation 2026-12-01")});
    CHECK(summary(items, b.hearing) == QStringList{QStringLiteral("hearing hearing 2026-12-01")});
    CHECK(summary(items, b.overdue) == QStringList{QStringLiteral("overdue payment 2026-11-09")});
    CHECK(summary(items, b.later).isEmpty());
    CHECK(summary(items, b.paid).isEmpty());
    CHECK(summary(items, b.ban) == QStringList{QStringLiteral("measure-expiry banEnd 2026-12-04")});
    CHECK(items.size() == 4);
    // sorted by date, with derivations from the legal clock
    CHECK(items.first().name == QLatin1String("payment"));
    CHECK(items.first().daysLeft == -19);
    CHECK(items.first().party == QLatin1String("citizen"));
    CHECK(items.first().derivation.contains(QLatin1String("2026-11-09")));
    for (const DeadlineItem& it : items)
        CHECK_FALSE(it.derivation.isEmpty());
}

TEST_CASE("the board's window widens with --due-within", "[deadlines]")
{
    Board b;
    const auto items = b.compute(14);
    CHECK(summary(items, b.later) ==
          QStringList{QStringLiteral("due earliestDecision 2026-12-11")});
    CHECK(items.size() == 5);
}

TEST_CASE("a passed limitation before a decision is overdue", "[deadlines]")
{
    Fixture f;
    const QString p = f.person("Proefmans");
    const QString id = f.intake(f.intakeOf(p, "2026-05-01", "2026-05-20")).id;
    auto items = DeadlineBoard(f.t.db(), f.t.clock(), f.book).compute();
    REQUIRE(items->size() == 1);
    CHECK(items->first().category == QLatin1String("overdue"));
    CHECK(items->first().name == QLatin1String("limitation"));
    CHECK(items->first().date == d("2026-11-01"));
    f.step(id, Fixture::ev("lapsed", "2026-11-02"));
    CHECK(DeadlineBoard(f.t.db(), f.t.clock(), f.book).compute()->isEmpty());
}
