#include "planner/PlannerPage.h"

#include "CertificateViewsFixture.h"
#include "inspections/PlannerModel.h"

#include <QFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

using namespace regie;

TEST_CASE("the planner sorts by due date and exports and prints what it shows", "[planner][views]")
{
    test::CertificateViewsFixture f;
    const QString early = f.addPremises(QStringLiteral("1"));
    const QString late = f.addPremises(QStringLiteral("2"));
    auto dossier = f.s->certificates().apply(late, QDate(2023, 1, 10));
    REQUIRE(dossier.ok());
    for (const QString& kind : CertificateKinds::documentKinds())
        REQUIRE(f.s->certificates()
                    .addDocument(dossier.value(), {{}, kind, QDate(2023, 1, 5), {}})
                    .ok());
    for (const QString& kind : CertificateKinds::checkKinds())
        REQUIRE(f.s->certificates()
                    .addCheck(dossier.value(),
                              {{}, kind, QDate(2023, 1, 12), QStringLiteral("A"), true, {}})
                    .ok());
    REQUIRE(f.s->certificates()
                .decide(dossier.value(),
                        {QStringLiteral("granted-with-conditions"),
                         QDate(2023, 2, 1),
                         {{{}, QStringLiteral("Fix the door, now"), QDate(2023, 6, 30), {}}},
                         {}})
                .ok());
    f.addInspection(early); // the first premises has its proactive inspection this year

    PlannerPage page(f.s->planner(), f.t.writes(), f.t.clock());
    page.resize(1366, 768);
    page.show();
    auto* table = f.find<QTableView>(&page, QStringLiteral("plannerTable"));
    QAbstractItemModel* shown = table->model();
    // Schippersstraat 2: renewal due, condition overdue, no proactive inspection
    REQUIRE(shown->rowCount() == 3);
    table->sortByColumn(PlannerModel::DueColumn, Qt::AscendingOrder);
    CHECK(shown->index(0, PlannerModel::ReasonColumn).data().toString() ==
          QStringLiteral("Condition overdue"));
    CHECK(shown->index(0, PlannerModel::DueColumn)
              .data()
              .toString()
              .contains(QStringLiteral("overdue")));
    CHECK(shown->index(2, PlannerModel::ReasonColumn).data().toString() ==
          QStringLiteral("No proactive inspection this year"));
    table->sortByColumn(PlannerModel::DueColumn, Qt::DescendingOrder);
    CHECK(shown->index(0, PlannerModel::ReasonColumn).data(PlannerModel::ReasonRole) ==
          QStringLiteral("no-proactive-inspection"));

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("planner.csv"));
    REQUIRE(page.exportCsv(csvPath));
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).startsWith(QStringLiteral("premisesId,address,reason")));
    CHECK(lines.at(1).contains(QStringLiteral(",no-proactive-inspection,")));
    CHECK(lines.at(1).contains(QStringLiteral(",2026-12-31,")));
    CHECK(lines.at(3).endsWith(QStringLiteral("\"Fix the door, now\""))); // quoted comma

    const QString pdf = dir.filePath(QStringLiteral("planner.pdf"));
    REQUIRE(page.printToPdf(pdf));
    QFile printed(pdf);
    REQUIRE(printed.open(QIODevice::ReadOnly));
    CHECK(printed.read(5) == QByteArray("%PDF-"));
    CHECK(page.documentHtml().contains(QStringLiteral("Schippersstraat 2")));
}
