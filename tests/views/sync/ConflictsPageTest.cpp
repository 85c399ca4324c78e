// The Conflicts page names records the way staff know them and shows an edit made while the
// record was being deleted elsewhere, with the two ways out: restore with the value, or confirm.

#include "sync/ConflictsPage.h"

#include "../../core/sync/SyncSite.h"
#include "sync/ConflictListModel.h"
#include "sync/ConflictStore.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>

using namespace regie;
using namespace regie::test;

namespace {

// The laptop notes something about the premises while the office deletes it; then the office's
// bundle reaches the laptop.
struct DeletedWhileEdited
{
    QTemporaryDir dir;
    SyncSite office{QStringLiteral("office")};
    SyncSite laptop{QStringLiteral("laptop")};
    QString id;

    DeletedWhileEdited()
    {
        pair(office, laptop);
        id = office.addPremises(QStringLiteral("Schippersstraat"), QStringLiteral("12"));
        office.sendTo(laptop, dir.filePath(QStringLiteral("1")));
        laptop.t.clock().advanceMs(60000);
        laptop.set(id, QStringLiteral("notes"), QStringLiteral("fire exit blocked"));
        office.t.clock().advanceMs(120000);
        office.remove(id);
        office.sendTo(laptop, dir.filePath(QStringLiteral("2")));
    }
};

QPushButton* button(ConflictsPage& page, const char* name)
{
    auto* b = page.findChild<QPushButton*>(QLatin1String(name));
    REQUIRE(b);
    return b;
}

} // namespace

TEST_CASE("an edit of a record deleted elsewhere is listed with the record's address",
          "[views][sync][deletion]")
{
    DeletedWhileEdited s;
    ConflictsPage page(s.laptop.t.ws());
    page.resize(1366, 768);
    page.show();
    const ConflictListModel& model = page.conflicts();
    REQUIRE(model.rowCount() == 1);
    CHECK(page.badge() == 1);
    CHECK(model.index(0, ConflictListModel::RecordColumn).data() ==
          QStringLiteral("Premises: Schippersstraat 12"));
    CHECK(model.index(0, ConflictListModel::FieldColumn).data() == QStringLiteral("Notes"));
    CHECK(model.index(0, ConflictListModel::LocalValueColumn).data() ==
          QStringLiteral("fire exit blocked"));
    CHECK(model.index(0, ConflictListModel::RemoteValueColumn).data() ==
          QStringLiteral("(deleted the record)"));
    CHECK(button(page, "keepLocal")->text().contains(QStringLiteral("Restore")));
    CHECK(button(page, "keepRemote")->text().remove(QLatin1Char('&')) ==
          QStringLiteral("Confirm the deletion"));

    SECTION("restoring with the edited value")
    {
        button(page, "keepLocal")->click();
        CHECK(s.laptop.get(s.id, QStringLiteral("deleted")).toInt() == 0);
        CHECK(s.laptop.get(s.id, QStringLiteral("notes")).toString() ==
              QStringLiteral("fire exit blocked"));
        CHECK(page.lastMessage().contains(QStringLiteral("restored")));
    }
    SECTION("confirming the deletion")
    {
        button(page, "keepRemote")->click();
        CHECK(s.laptop.get(s.id, QStringLiteral("deleted")).toInt() == 1);
        CHECK(page.lastMessage().contains(QStringLiteral("deletion of Premises: Schippersstraat "
                                                         "12 is confirmed")));
    }
    CHECK(model.rowCount() == 0);
    CHECK(page.badge() == 0);
}
