#include "meetings/ActionPointEditor.h"
#include "meetings/MeetingDialog.h"
#include "meetings/MeetingService.h"
#include "common/ViewState.h"
#include "meetings/MeetingsPage.h"
#include "storage/WritePath.h"
#include "support/TestDatabase.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace regie;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

void tick(QListWidget* list, const QString& text)
{
    const auto found = list->findItems(text, Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    found.first()->setCheckState(Qt::Checked);
}

} // namespace

TEST_CASE("a meeting recorded in the dialog is stored with attendees, agenda, minutes and actions",
          "[meetings][views]")
{
    test::TestDatabase t(true); // clock: 2026-11-28
    MeetingService service(t.db(), t.writes(), t.clock());
    const auto organisations = service.repository().organisations().value();
    MeetingRecord start;
    start.meeting.type = QStringLiteral("owners");
    MeetingDialog dialog(start, organisations, t.clock().today());
    dialog.findChild<QDateEdit*>(QStringLiteral("meetingDate"))->setDate(day("2026-11-03"));
    dialog.findChild<QLineEdit*>(QStringLiteral("meetingTitle"))
        ->setText(QStringLiteral("Overleg met de uitbaters"));
    auto* orgs = dialog.findChild<QListWidget*>(QStringLiteral("meetingOrganisations"));
    REQUIRE(orgs->count() == organisations.size());
    tick(orgs, QStringLiteral("Ghapro vzw"));
    tick(orgs, QStringLiteral("Stad Antwerpen / SL/BH"));
    dialog.findChild<QLineEdit*>(QStringLiteral("meetingRoles"))
        ->setText(QStringLiteral("uitbaters;  buurtcomité ;"));

    // the agenda: typed, then reordered with the keyboard
    dialog.addTopic(QStringLiteral("Brandveiligheid"));
    dialog.addTopic(QStringLiteral("Verlichting"));
    dialog.addTopic(QStringLiteral("Rondvraag"));
    auto* topics = dialog.findChild<QListWidget*>(QStringLiteral("meetingTopics"));
    topics->setCurrentRow(1);
    QTest::keyClick(topics, Qt::Key_Up, Qt::AltModifier);
    CHECK(topics->item(0)->text() == QStringLiteral("Verlichting"));
    topics->setCurrentRow(2);
    QTest::keyClick(topics, Qt::Key_Delete);
    CHECK(topics->count() == 2);
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("meetingMinutes"))
        ->setPlainText(QStringLiteral("De stad licht de inspecties toe."));

    // an action point: the form below the table
    ActionPointEditor* actions = dialog.actionEditor();
    actions->addAction();
    dialog.findChild<QLineEdit*>(QStringLiteral("actionDescription"))
        ->setText(QStringLiteral("Attesten bezorgen"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("actionRole")),
                     QStringLiteral("uitbaters"));
    dialog.findChild<QDateEdit*>(QStringLiteral("actionDue"))->setDate(day("2026-11-20"));
    // the description typed programmatically is taken when the form is stored again
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("actionDescription")),
                     QStringLiteral(" van alle panden"));
    REQUIRE(actions->actions().size() == 1);
    CHECK(actions->actions().first().description ==
          QStringLiteral("Attesten bezorgen van alle panden"));
    // overdue on 2026-11-28: marked with the word, not only the colour
    CHECK(actions->table()->item(0, 3)->text().startsWith(QStringLiteral("Overdue")));

    const MeetingRecord edited = dialog.record();
    auto id = service.add(edited);
    INFO((id.ok() ? QString() : id.error().detail).toStdString());
    REQUIRE(id.ok());
    auto stored = service.repository().find(*id).value();
    CHECK(stored.meeting.type == QStringLiteral("owners"));
    CHECK(stored.meeting.date == day("2026-11-03"));
    REQUIRE(stored.attendees.size() == 4);
    CHECK(stored.attendees.at(3).role == QStringLiteral("uitbaters"));
    REQUIRE(stored.topics.size() == 2);
    CHECK(stored.topics.at(0).text == QStringLiteral("Verlichting"));
    CHECK(stored.topics.at(1).text == QStringLiteral("Brandveiligheid"));
    CHECK(stored.minutes == QStringLiteral("De stad licht de inspecties toe."));
    REQUIRE(stored.actions.size() == 1);
    CHECK(stored.actions.first().ownerRole == QStringLiteral("uitbaters"));
    CHECK(service.repository().overdueCount(t.clock().today()).value() == 1);

    // reopened: unticking an organisation and marking the action done, saved as one edit
    MeetingDialog again(stored, organisations, t.clock().today());
    auto* list = again.findChild<QListWidget*>(QStringLiteral("meetingOrganisations"));
    list->findItems(QStringLiteral("Ghapro vzw"), Qt::MatchExactly)
        .first()
        ->setCheckState(Qt::Unchecked);
    auto* status = again.findChild<QComboBox*>(QStringLiteral("actionStatus"));
    status->setCurrentIndex(status->findData(QStringLiteral("done")));
    again.findChild<QDateEdit*>(QStringLiteral("actionDone"))->setDate(day("2026-11-25"));
    REQUIRE(service.save(again.record()).ok());
    auto after = service.repository().find(*id).value();
    CHECK(after.attendees.size() == 3);
    CHECK(after.actions.first().status == QStringLiteral("done"));
    CHECK(after.actions.first().done == day("2026-11-25"));
    CHECK(service.repository().overdueCount(t.clock().today()).value() == 0);
}

TEST_CASE("the meetings page lists overdue action points first and counts them in its badge",
          "[meetings][views]")
{
    test::TestDatabase t(true);
    auto owned = std::make_unique<MeetingService>(t.db(), t.writes(), t.clock());
    MeetingService& service = *owned;
    Meeting m;
    m.type = QStringLiteral("core-group");
    m.date = day("2026-10-01");
    const QString meetingId = service.create(m).value();
    const QString police =
        service.repository().resolveOrganisation(QStringLiteral("Prostitutieteam Antwerpen"))->id;
    for (const auto& [text, due] : {std::pair{"Later", "2026-12-20"},
                                    std::pair{"Te laat", "2026-11-02"}}) {
        ActionPoint a;
        a.meetingId = meetingId;
        a.description = QString::fromUtf8(text);
        a.ownerOrganisationId = police;
        a.due = day(due);
        REQUIRE(service.addAction(a).ok());
    }
    MemoryViewState state;
    MeetingsPage page(std::move(owned), t.writes(), &state);
    CHECK(page.badge() == 1);
    CHECK(page.meetingTable()->model()->rowCount() == 1);
    QAbstractItemModel* actions = page.actionTable()->model();
    REQUIRE(actions->rowCount() == 2);
    CHECK(actions->index(0, 2).data().toString() == QStringLiteral("Te laat"));
    CHECK(actions->index(0, 0).data().toString().startsWith(QStringLiteral("Overdue")));
    CHECK(actions->index(1, 0).data().toString() == QStringLiteral("Open"));

    page.actionTable()->setCurrentIndex(actions->index(0, 0));
    REQUIRE(page.completeSelectedAction());
    CHECK(page.badge() == 0);
    CHECK(page.actionTable()->model()->rowCount() == 1); // done ones are hidden by default

    // column widths are kept for the next session
    page.actionTable()->setColumnWidth(2, 333);
    MeetingsPage next(std::make_unique<MeetingService>(t.db(), t.writes(), t.clock()), t.writes(),
                      &state);
    CHECK(next.actionTable()->columnWidth(2) == 333);
}
