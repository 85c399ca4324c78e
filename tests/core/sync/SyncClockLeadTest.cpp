// A bundle whose stamps lie more than a day ahead of the receiver's clock is refused before any
// of its changes is kept, so one laptop with a wrong clock cannot push everyone's clock ahead.

#include "SyncSite.h"
#include "storage/Hlc.h"
#include "sync/ClockLead.h"

#include <QTemporaryDir>

using namespace regie;
using namespace regie::test;

namespace {

constexpr qint64 Hour = 60 * 60 * 1000;

// The stamp the office gives its next edit, as written in its change log.
QString nextOfficeStamp(SyncSite& office, const QString& id)
{
    office.set(id, QStringLiteral("notes"), QStringLiteral("after the refusal"));
    QSqlQuery q(office.t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT max(hlc) FROM change_history")));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("a bundle with stamps more than 24 hours ahead is refused and changes nothing",
          "[sync][clock]")
{
    QTemporaryDir dir;
    SyncSite office(QStringLiteral("office")), laptop(QStringLiteral("laptop"));
    pair(office, laptop);
    const QString id = office.addPremises(QStringLiteral("Verversrui"), QStringLiteral("3"));
    office.sendTo(laptop, dir.filePath(QStringLiteral("0")));

    // The laptop's clock ran three days ahead while it edited, then was put right before the
    // export: the header's creation time is fine, the stamps are not.
    const QDateTime now = laptop.t.clock().now();
    laptop.t.clock().set(now.addDays(3));
    laptop.set(id, QStringLiteral("notes"), QStringLiteral("from the future"));
    laptop.t.clock().set(now);
    const QString file = dir.filePath(QStringLiteral("1"));
    REQUIRE(laptop.exportTo(office, file).ok());

    const QString before = office.digest();
    for (bool dryRun : {true, false}) {
        auto refused = office.import(file, dryRun);
        REQUIRE_FALSE(refused.ok());
        const QString detail = refused.error().detail;
        CHECK(detail.startsWith(QStringLiteral("future-stamp")));
        CHECK(detail.contains(QStringLiteral("3 days ahead")));
        CHECK(detail.contains(now.addDays(3).toUTC().toString(Qt::ISODate))); // the stamp's time
        CHECK(detail.contains(now.toUTC().toString(Qt::ISODate)));            // the receiver's
    }
    CHECK(office.digest() == before);
    // The office's clock did not take in the stamp: its next edit is stamped by its own time.
    qint64 ms = 0;
    REQUIRE(Hlc::parse(nextOfficeStamp(office, id), &ms, nullptr, nullptr));
    CHECK(ms < now.addSecs(60).toMSecsSinceEpoch());

    // Once the office's clock is within a day of the stamps, the same bundle is accepted.
    office.t.clock().set(now.addDays(2).addSecs(3600));
    REQUIRE(office.import(file).ok());
    CHECK(office.get(id, QStringLiteral("notes")).toString() == QStringLiteral("from the future"));
}

TEST_CASE("a bundle created more than 24 hours ahead is refused before it is opened",
          "[sync][clock]")
{
    QTemporaryDir dir;
    SyncSite office(QStringLiteral("office")), laptop(QStringLiteral("laptop"));
    pair(office, laptop);
    laptop.t.clock().set(laptop.t.clock().now().addSecs(25 * 3600));
    laptop.addPremises(QStringLiteral("Vingerlingstraat"), QStringLiteral("8"));
    const QString file = dir.filePath(QStringLiteral("1"));
    REQUIRE(laptop.exportTo(office, file).ok());
    const QString before = office.digest();
    auto refused = office.import(file);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail.startsWith(QStringLiteral("future-stamp: the bundle's creation")));
    CHECK(office.digest() == before);
}

TEST_CASE("stamps up to 24 hours ahead are accepted", "[sync][clock]")
{
    const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    CHECK(ClockLead::check(Hlc::format(now.toMSecsSinceEpoch() + 24 * Hour, 0, QStringLiteral("x")),
                           now)
              .ok());
    auto late = ClockLead::check(
        Hlc::format(now.toMSecsSinceEpoch() + 24 * Hour + 1, 0, QStringLiteral("x")), now);
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().detail.startsWith(QStringLiteral("future-stamp")));
    CHECK_FALSE(ClockLead::check(QStringLiteral("not a stamp"), now).ok());

    QTemporaryDir dir;
    SyncSite office(QStringLiteral("office")), laptop(QStringLiteral("laptop"));
    pair(office, laptop);
    laptop.t.clock().set(laptop.t.clock().now().addSecs(23 * 3600));
    laptop.addPremises(QStringLiteral("Vingerlingstraat"), QStringLiteral("8"));
    laptop.sendTo(office, dir.filePath(QStringLiteral("1")));
    CHECK(office.digest() == laptop.digest());
}

TEST_CASE("a waiting bundle with stamps far ahead stays in the backlog with the reason",
          "[sync][clock]")
{
    QTemporaryDir dir;
    SyncSite office(QStringLiteral("office")), laptop(QStringLiteral("laptop"));
    pair(office, laptop);
    const QString id = laptop.addPremises(QStringLiteral("Verversrui"), QStringLiteral("3"));
    const QString first = dir.filePath(QStringLiteral("1"));
    auto sent = laptop.exportTo(office, first);
    REQUIRE(sent.ok());
    const QDateTime now = laptop.t.clock().now();
    laptop.t.clock().set(now.addDays(3));
    laptop.set(id, QStringLiteral("notes"), QStringLiteral("from the future"));
    laptop.t.clock().set(now);
    const QString second = dir.filePath(QStringLiteral("2"));
    REQUIRE(laptop.exportTo(office, second, sent.value().toSeq).ok());

    // The second arrives first: its header is fine, so it waits for the first.
    auto waiting = office.import(second);
    REQUIRE(waiting.ok());
    CHECK(waiting.value().outcome == ImportResult::Outcome::Waiting);
    auto applied = office.import(first);
    REQUIRE(applied.ok());
    CHECK(applied.value().fromBacklog.isEmpty());
    CHECK(applied.value().backlogProblem.startsWith(QStringLiteral("future-stamp")));
    CHECK(office.t.count(QStringLiteral("sync_backlog")) == 1);
    CHECK(office.get(id, QStringLiteral("notes")).toString().isEmpty());
}
