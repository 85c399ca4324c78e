// The applier holds back the record writes of a field that changes again and again in one
// bundle; what it holds back must end in the record, and never hide a deletion met on the way.

#include "SyncSite.h"
#include "storage/ChangeIndex.h"
#include "storage/Transaction.h"
#include "sync/LatestChanges.h"
#include "sync/SyncApplier.h"

using namespace regie;
using namespace regie::test;

namespace {

const QString Anna = QStringLiteral("0c6f8a52-1b2c-4d3e-8f90-123456789abc");
const QString Bert = QStringLiteral("5d1e7b33-9a2c-4f10-8e77-abcdef012345");

// A change made on installation `from` at time 1796000000000 + ms.
RemoteChange change(const QString& from, int ms, const QString& id, const QString& op,
                    const QString& field, const QVariant& oldValue, const QVariant& newValue)
{
    return {0,
            QStringLiteral("txn-%1").arg(ms),
            QStringLiteral("%1-0000-").arg(1796000000000LL + ms) + from,
            from,
            from == Anna ? QStringLiteral("anna") : QStringLiteral("bert"),
            QStringLiteral("premises"),
            id,
            op,
            field,
            oldValue,
            newValue};
}

RemoteChange note(int ms, const QString& id, const QString& before, const QString& after)
{
    return change(Anna, ms, id, QStringLiteral("set"), QStringLiteral("notes"), before, after);
}

// Applies the changes as one import does: one transaction, the index caught up first.
void apply(SyncSite& site, const QList<RemoteChange>& changes,
           const QMap<int, FieldStamps>& bases = {})
{
    Transaction tx(site.t.db());
    REQUIRE(ChangeIndex::catchUp(site.t.db()).ok());
    SyncApplier applier(site.t.db(), site.t.writes(), QStringLiteral("bundle"),
                        QStringLiteral("2026-11-29T10:00:00Z"));
    for (int i = 0; i < changes.size(); ++i) {
        std::optional<FieldStamps> basis;
        if (bases.contains(i))
            basis = bases.value(i);
        auto added = applier.add(changes.at(i), basis);
        INFO((added.ok() ? std::string() : added.error().detail.toStdString()));
        REQUIRE(added.ok());
    }
    REQUIRE(applier.finish().ok());
    REQUIRE(tx.commit().ok());
}

} // namespace

TEST_CASE("a field edited many times in one bundle ends with its last value", "[sync]")
{
    SyncSite site(QStringLiteral("laptop"));
    const QString a = site.addPremises(QStringLiteral("Verversrui"), QStringLiteral("1"));
    const QString b = site.addPremises(QStringLiteral("Verversrui"), QStringLiteral("2"));
    QList<RemoteChange> changes;
    QString before;
    for (int i = 1; i <= 5; ++i) { // two records in turn: each write waits for the next
        changes << note(10 * i, a, before, QStringLiteral("a%1").arg(i))
                << note(10 * i + 1, b, before, QStringLiteral("b%1").arg(i));
        before = QStringLiteral("x"); // whatever: no concurrent change here to compare with
    }
    apply(site, changes);
    CHECK(site.get(a, QStringLiteral("notes")).toString() == QStringLiteral("a5"));
    CHECK(site.get(b, QStringLiteral("notes")).toString() == QStringLiteral("b5"));
    CHECK(site.t.count(QStringLiteral("change_log"),
                       QStringLiteral("entity_id IN ('%1', '%2') AND field = 'notes'").arg(a, b)) ==
          10);
}

TEST_CASE("an edit after a deletion in the same bundle is still judged against it",
          "[sync][deletion]")
{
    // Anna edits the notes twice (the second write is held back), Bert deletes the premises
    // without having seen Anna's edits, and Anna, not knowing of the deletion, edits once more.
    SyncSite site(QStringLiteral("laptop"));
    const QString id = site.addPremises(QStringLiteral("Schippersstraat"), QStringLiteral("12"));
    const RemoteChange last = note(40, id, QStringLiteral("two"), QStringLiteral("three"));
    apply(site, {note(10, id, QString(), QStringLiteral("one")),
                 note(20, id, QStringLiteral("one"), QStringLiteral("two")),
                 change(Bert, 30, id, QStringLiteral("delete"), QStringLiteral("deleted"), 0, 1),
                 last},
          {{2, FieldStamps{}}});
    CHECK(site.get(id, QStringLiteral("deleted")).toInt() == 1);
    CHECK(site.get(id, QStringLiteral("notes")).toString() == QStringLiteral("three"));
    // The last edit is the one kept against the deletion, for a person to decide.
    CHECK(site.t.count(QStringLiteral("sync_conflicts"),
                       QStringLiteral("status = 'open' AND field = 'notes' AND (remote_hlc = '%1' "
                                      "OR local_hlc = '%1')")
                           .arg(last.hlc)) == 1);
}

TEST_CASE("what the latest-change cache holds back is written before it forgets it", "[sync]")
{
    QList<QStringList> written;
    const LatestChanges::Write write = [&](const QString& entity, const QString& id,
                                           const QString& field,
                                           const QVariant& value) -> Result<void> {
        written << QStringList{entity, id, field, value.toString()};
        return {};
    };
    LatestChanges latest(write);
    const QString e = QStringLiteral("premises"), f = QStringLiteral("notes");
    const auto held = [](const QString& hlc, const QString& value, bool pending) {
        return LatestChanges::Latest{FieldNeighbour{true, hlc, {}, value, 1}, true, 0, pending};
    };
    REQUIRE(latest.remember(e, QStringLiteral("r1"), f, held(QStringLiteral("1"),
                                                             QStringLiteral("v1"), false))
                .ok());
    REQUIRE(latest.remember(e, QStringLiteral("r2"), f, held(QStringLiteral("2"),
                                                             QStringLiteral("v2"), true))
                .ok());
    REQUIRE(latest.find(e, QStringLiteral("r2"), f) != nullptr);
    CHECK(latest.find(e, QStringLiteral("r2"), f)->change.newValue == QStringLiteral("v2"));
    CHECK(latest.find(e, QStringLiteral("r3"), f) == nullptr);
    CHECK(latest.find(QStringLiteral("windows"), QStringLiteral("r2"), f) == nullptr);
    CHECK(written.isEmpty()); // nothing is written while it is remembered
    // A later change written at once replaces the value held back: that one is not written.
    REQUIRE(latest.remember(e, QStringLiteral("r1"), f, held(QStringLiteral("3"),
                                                             QStringLiteral("v3"), true))
                .ok());
    REQUIRE(latest.remember(e, QStringLiteral("r2"), f, held(QStringLiteral("4"),
                                                             QStringLiteral("v4"), false))
                .ok());
    REQUIRE(latest.flush().ok());
    REQUIRE(written.size() == 1);
    CHECK(written.first() == QStringList{e, QStringLiteral("r1"), f, QStringLiteral("v3")});
    REQUIRE(latest.flush().ok()); // written once only
    CHECK(written.size() == 1);
    // Full: every value held back is written before the cache starts over.
    written.clear();
    LatestChanges full(write);
    for (int i = 0; i <= LatestChanges::Max; ++i)
        REQUIRE(full.remember(e, QString::number(i), f,
                                held(QString::number(i), QStringLiteral("w%1").arg(i), i % 2 == 0))
                    .ok());
    CHECK(written.size() == LatestChanges::Max / 2);
    CHECK(full.find(e, QStringLiteral("0"), f) == nullptr); // forgotten, looked up instead
    CHECK(full.find(e, QString::number(LatestChanges::Max), f) != nullptr);
}
