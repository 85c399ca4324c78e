#include "indicators/IndicatorsPage.h"

#include "indicators/IndicatorServices.h"
#include "indicators/IndicatorTableModel.h"
#include "reports/RoundReport.h"
#include "support/TestDatabase.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <catch2/catch.hpp>

using namespace regie;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

} // namespace

TEST_CASE("the indicators page shows a round in its table and chart and freezes it",
          "[indicators-page]")
{
    test::TestDatabase t(true);
    auto services = IndicatorServices::create(t.ws()).value();
    IndicatorServices& s = *services;
    for (const char* date : {"2025-09-01", "2026-02-03", "2026-05-12"})
        REQUIRE(s.records().addMeeting({{}, QStringLiteral("owners"), day(date), {}, {}, {}}).ok());
    REQUIRE(
        s.rounds().create(QStringLiteral("2025-H2"), {day("2025-07-01"), day("2025-12-31")}).ok());
    REQUIRE(s.rounds().freeze(QStringLiteral("2025-H2"), s.engine(), s.catalogue()).ok());
    REQUIRE(
        s.rounds().create(QStringLiteral("2026-H1"), {day("2026-01-01"), day("2026-06-30")}).ok());

    IndicatorsPage page(std::move(services), t.db(), t.clock());
    page.resize(1200, 700);
    page.show();
    CHECK(page.currentRound() == QStringLiteral("2026-H1")); // the latest round
    CHECK(page.proxy()->rowCount() == RoundReport::keyIndicators().size());

    page.setFicheFilter(QStringLiteral("2.3"));
    int owners = -1;
    for (int r = 0; r < page.proxy()->rowCount(); ++r) {
        const QModelIndex key = page.proxy()->index(r, 0);
        CHECK(key.data().toString() == QStringLiteral("2.3"));
        if (key.data(IndicatorTableModel::KeyRole).toString() ==
            QLatin1String("2.3.meetings-owners")) {
            owners = r;
            CHECK(page.proxy()->index(r, IndicatorTableModel::Value).data().toDouble() == 2);
            CHECK(page.proxy()->index(r, IndicatorTableModel::Previous).data().toDouble() == 1);
        }
    }
    REQUIRE(owners >= 0);
    // The chart shows the same rows: two bar sets (this round, the previous), one value per row.
    auto* chart = page.findChildren<QChartView*>().first()->chart();
    REQUIRE(chart->series().size() == 1);
    auto* bars = qobject_cast<QAbstractBarSeries*>(chart->series().first());
    REQUIRE(bars);
    REQUIRE(bars->barSets().size() == 2);
    CHECK(bars->barSets().at(0)->count() == page.proxy()->rowCount());
    double sum = 0;
    for (int i = 0; i < bars->barSets().at(0)->count(); ++i)
        sum += bars->barSets().at(0)->at(i);
    CHECK(sum == 2); // only the owners' meetings have a count in this round

    // Trend across rounds for the selected indicator: the frozen round and the open one.
    page.setFicheFilter(QStringLiteral("2.3"));
    CHECK(page.trend()->rowCount() == 2);

    CHECK(page.freezeCurrent(false));
    CHECK(page.currentRound() == QStringLiteral("2026-H1"));
    CHECK_FALSE(page.freezeCurrent(false)); // never twice
    const QString pdf = t.dir() + QStringLiteral("/2026-H1.pdf");
    CHECK(page.writeReport(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(4) == "%PDF");

    // A registration file from the page: refused with row and column, then a good one.
    const QByteArray header = "organisation;period_start;period_end;clients;contacts_medical;"
                              "contacts_psychosocial;consultations_fixed;consultations_mobile;"
                              "outreach_moments;group_activities;online_sessions;tests;referrals;"
                              "cooperation_contacts\n";
    const QString bad = t.dir() + QStringLiteral("/bad.csv");
    QFile badFile(bad);
    REQUIRE(badFile.open(QIODevice::WriteOnly));
    badFile.write(header + "ghapro;2026-01-01;2026-06-30;-3;1;1;1;1;1;1;1;1;1;1\n");
    badFile.close();
    QString problems;
    CHECK_FALSE(page.importRegistration(QStringLiteral("care"), bad, &problems));
    CHECK(problems.contains(QStringLiteral("row 2, column clients: -3 is negative")));
    const QString good = t.dir() + QStringLiteral("/good.csv");
    QFile goodFile(good);
    REQUIRE(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(header + "ghapro;2026-01-01;2026-06-30;30;1;1;1;1;1;1;1;1;1;1\n");
    goodFile.close();
    CHECK(page.importRegistration(QStringLiteral("care"), good, &problems));
}
