#include "indicators/FigureDialogs.h"
#include "indicators/IndicatorServices.h"
#include "support/TestDatabase.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <catch2/catch.hpp>

using namespace regie;

TEST_CASE("a partner's figure entered in the dialog is counted for its indicator",
          "[indicators][views]")
{
    test::TestDatabase t(true);
    auto services = IndicatorServices::create(t.ws()).value();
    const Period firstHalf{QDate(2026, 1, 1), QDate(2026, 6, 30)};
    FigureDialog dialog(services->catalogue(), QStringLiteral("en"), firstHalf, t.clock().today());
    auto* indicator = dialog.findChild<QComboBox*>(QStringLiteral("figureIndicator"));
    REQUIRE(indicator);
    int entered = 0;
    for (const IndicatorDefinition& d : services->catalogue().all())
        entered += d.kind == QLatin1String("entered") ? 1 : 0;
    REQUIRE(indicator->count() == entered); // only the indicators a partner provides
    const QString key = indicator->itemData(0).toString();
    dialog.findChild<QDoubleSpinBox*>(QStringLiteral("figureValue"))->setValue(42);
    dialog.findChild<QLineEdit*>(QStringLiteral("figureSource"))
        ->setText(QStringLiteral("Ghapro, jaarverslag"));
    const IndicatorFigure figure = dialog.figure();
    CHECK(figure.indicatorKey == key);
    CHECK(figure.period.from == firstHalf.from);
    CHECK(figure.period.to == firstHalf.to);
    REQUIRE(services->records().addFigure(services->catalogue(), figure).ok());
    auto stored = services->records().figures(firstHalf);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().value == 42);
    CHECK(stored->first().source == QStringLiteral("Ghapro, jaarverslag"));
}

TEST_CASE("branch counts entered in the dialog are stored per branch and period",
          "[indicators][views]")
{
    test::TestDatabase t(true);
    auto services = IndicatorServices::create(t.ws()).value();
    const Period year{QDate(2025, 1, 1), QDate(2025, 12, 31)};
    BranchCountDialog dialog(year, t.clock().today());
    auto* branch = dialog.findChild<QComboBox*>(QStringLiteral("branch"));
    REQUIRE(branch);
    branch->setCurrentIndex(branch->findData(QStringLiteral("escort")));
    dialog.findChild<QSpinBox*>(QStringLiteral("count-controls"))->setValue(17);
    // who counted is required: without a source the counts are refused
    CHECK_FALSE(services->records().addBranchCount(dialog.count()).ok());
    dialog.findChild<QLineEdit*>(QStringLiteral("branchSource"))
        ->setText(QStringLiteral("Politie Antwerpen, prostitutieteam"));
    const BranchCount count = dialog.count();
    CHECK(count.branch == QStringLiteral("escort"));
    CHECK(count.counts.value(QStringLiteral("controls")) == 17);
    CHECK(count.counts.value(QStringLiteral("judicial_arrests")) == 0);
    REQUIRE(services->records().addBranchCount(count).ok());
    auto stored = services->records().branchCounts(year);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().counts.value(QStringLiteral("controls")) == 17);
}
