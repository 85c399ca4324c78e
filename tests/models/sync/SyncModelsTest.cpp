// The sync item models: structure checked by QAbstractItemModelTester, and the text a user reads.

#include "sync/ConflictListModel.h"
#include "sync/ImportCountsModel.h"
#include "sync/PeerListModel.h"
#include "sync/SyncHistoryModel.h"

#include <QAbstractItemModelTester>
#include <catch2/catch.hpp>

using namespace regie;

namespace {

Peer peer(const QString& name, const QString& installation, bool revoked)
{
    Peer p;
    p.name = name;
    p.identity.installationId = installation;
    p.identity.shortCode = QStringLiteral("FL");
    p.identity.displayName = QStringLiteral("Field laptop");
    p.fingerprint = QStringLiteral("3F2A 91C0 0000 1111 2222 3333 4444 5555");
    p.trustedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    if (revoked)
        p.revokedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    return p;
}

} // namespace

TEST_CASE("the peer list names each peer with its fingerprint and state", "[models][sync]")
{
    PeerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPeers({peer(QStringLiteral("laptop"), QStringLiteral("i-1"), false),
                    peer(QStringLiteral("old laptop"), QStringLiteral("i-2"), true)});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, PeerListModel::FingerprintColumn).data().toString() ==
          QStringLiteral("3F2A 91C0 0000 1111 2222 3333 4444 5555"));
    CHECK(model.index(0, PeerListModel::InstallationColumn).data().toString() ==
          QStringLiteral("FL \u2013 Field laptop"));
    CHECK(model.index(0, PeerListModel::StateColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("Trusted since")));
    CHECK(model.index(1, PeerListModel::StateColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("Revoked on")));
    CHECK(model.index(1, 0).data(PeerListModel::RevokedRole).toBool());
    CHECK(model.nameOf(QStringLiteral("i-2")) == QStringLiteral("old laptop"));
    CHECK(model.nameOf(QStringLiteral("unknown")) == QStringLiteral("unknown"));
    CHECK(model.rowOfName(QStringLiteral("laptop")) == 0);
    model.setPeers({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the history lists the newest bundle first with the peer's name", "[models][sync]")
{
    SyncHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    SyncLedger::Entry sent{QStringLiteral("sent"),
                           QStringLiteral("b1"),
                           QStringLiteral("i-1"),
                           1,
                           12,
                           12,
                           QStringLiteral("2026-11-27T09:00:00Z"),
                           QStringLiteral("sent")};
    SyncLedger::Entry received{QStringLiteral("received"),
                               QStringLiteral("b2"),
                               QStringLiteral("i-1"),
                               5,
                               9,
                               5,
                               QStringLiteral("2026-11-28T09:00:00Z"),
                               QStringLiteral("waiting")};
    model.setEntries({sent, received}, {{QStringLiteral("i-1"), QStringLiteral("laptop")}});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, SyncHistoryModel::DirectionColumn).data() == QStringLiteral("Received"));
    CHECK(model.index(0, SyncHistoryModel::StatusColumn).data() ==
          QStringLiteral("Waiting for an earlier bundle"));
    CHECK(model.index(1, SyncHistoryModel::PeerColumn).data() == QStringLiteral("laptop"));
    CHECK(model.index(1, SyncHistoryModel::RangeColumn).data() == QStringLiteral("1\u201312"));
    CHECK(model.index(1, SyncHistoryModel::ChangesColumn).data().toInt() == 12);
}

TEST_CASE("the backlog names the sender and the sequences that wait", "[models][sync]")
{
    SyncBacklogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWaiting({{QStringLiteral("b3"), QStringLiteral("i-1"), 20, 30, QStringLiteral("/x")}},
                     {{QStringLiteral("i-1"), QStringLiteral("office")}});
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, SyncBacklogModel::PeerColumn).data() == QStringLiteral("office"));
    CHECK(model.index(0, SyncBacklogModel::RangeColumn).data() == QStringLiteral("20\u201330"));
}

TEST_CASE("import counts have a row per entity and a total", "[models][sync]")
{
    ImportCountsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    EntityCounts premises;
    premises.created = 2;
    premises.changed = 6;
    premises.conflicts = 1;
    EntityCounts answers;
    answers.changed = 4;
    answers.known = 3;
    model.setCounts(
        {{QStringLiteral("premises"), premises}, {QStringLiteral("inspection_answers"), answers}});
    REQUIRE(model.rowCount() == 3);
    // The kind in the users' words (RecordWords), as the Conflicts page names it.
    CHECK(model.index(0, ImportCountsModel::EntityColumn).data() ==
          QStringLiteral("Inspection answer"));
    CHECK(model.index(1, ImportCountsModel::EntityColumn).data() == QStringLiteral("Premises"));
    CHECK(model.index(2, ImportCountsModel::EntityColumn).data() == QStringLiteral("Total"));
    CHECK(model.index(2, ImportCountsModel::ChangedColumn).data().toInt() == 10);
    CHECK(model.index(2, ImportCountsModel::ConflictColumn).data().toInt() == 1);
    CHECK(model.total().known == 3);
    CHECK(model.countsOf(QStringLiteral("premises")).created == 2);
    CHECK(model.countsOf(QStringLiteral("letters")).created == 0);
}

TEST_CASE("a conflict row shows both values, who and when", "[models][sync]")
{
    ConflictListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    SyncConflict c;
    c.id = 7;
    c.entity = QStringLiteral("premises");
    c.entityId = QStringLiteral("0a1b2c3d-4e5f");
    c.field = QStringLiteral("opening_hours");
    c.localHlc = QStringLiteral("1795773600000-0000-self");
    c.localInstallation = QStringLiteral("self");
    c.localUser = QStringLiteral("ingrid");
    c.localValue = QStringLiteral("10-18");
    c.remoteHlc = QStringLiteral("1795773660000-0000-peer");
    c.remoteInstallation = QStringLiteral("peer");
    c.remoteUser = QStringLiteral("tom");
    c.remoteValue = QVariant();
    model.setConflicts({c}, {{QStringLiteral("self"), QStringLiteral("this installation")},
                             {QStringLiteral("peer"), QStringLiteral("laptop")}});
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, ConflictListModel::RecordColumn).data() ==
          QStringLiteral("Premises 0a1b2c3d"));
    CHECK(model.index(0, ConflictListModel::FieldColumn).data() == QStringLiteral("Opening hours"));
    CHECK(model.index(0, ConflictListModel::LocalValueColumn).data() == QStringLiteral("10-18"));
    CHECK(model.index(0, ConflictListModel::RemoteValueColumn).data() == QStringLiteral("(empty)"));
    CHECK(model.index(0, ConflictListModel::LocalByColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("ingrid at this installation, ")));
    CHECK(model.index(0, ConflictListModel::RemoteByColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("tom at laptop, ")));
    CHECK(model.index(0, 0).data(ConflictListModel::IdRole).toLongLong() == 7);
    CHECK(model.rowOfId(7) == 0);
    CHECK(model.rowOfId(8) == -1);
    CHECK(ConflictListModel::valueText(QByteArray(3, 'x')).contains(QStringLiteral("3")));
    SyncConflict tombstone = c;
    tombstone.field = QStringLiteral("deleted");
    CHECK(ConflictListModel::valueText(tombstone, 1) == QStringLiteral("(deleted)"));
    CHECK(ConflictListModel::valueText(tombstone, 0) == QStringLiteral("(present)"));
}

TEST_CASE("a conflict row names the record by its label and shows a deletion in words",
          "[models][sync]")
{
    ConflictListModel model;
    SyncConflict c;
    c.id = 9;
    c.kind = QStringLiteral("deletion");
    c.deletionSide = QStringLiteral("local");
    c.entity = QStringLiteral("gas_dossiers");
    c.entityId = QStringLiteral("5e6f7a8b-0000");
    c.recordLabel = QStringLiteral("GAS/OF/2026/0042");
    c.field = QStringLiteral("intended_fine");
    c.localHlc = QStringLiteral("1795773600000-0000-self");
    c.localInstallation = QStringLiteral("self");
    c.localUser = QStringLiteral("ingrid");
    c.remoteHlc = QStringLiteral("1795773660000-0000-peer");
    c.remoteInstallation = QStringLiteral("peer");
    c.remoteUser = QStringLiteral("tom");
    c.remoteValue = 250;
    model.setConflicts({c}, {});
    CHECK(model.index(0, ConflictListModel::RecordColumn).data() ==
          QStringLiteral("GAS dossier: GAS/OF/2026/0042"));
    CHECK(model.index(0, ConflictListModel::FieldColumn).data() == QStringLiteral("Intended fine"));
    CHECK(model.index(0, ConflictListModel::LocalValueColumn).data() ==
          QStringLiteral("(deleted the record)"));
    CHECK(model.index(0, ConflictListModel::RemoteValueColumn).data() == QStringLiteral("250"));
    CHECK(model.index(0, ConflictListModel::RecordColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(c.entityId));
}
