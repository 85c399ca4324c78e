#include "indicators/IndicatorCharts.h"

#include <QValueAxis>
#include <catch2/catch.hpp>

using namespace regie;

namespace {

// The axis's tick labels as the chart shows them: (min, max, number of ticks).
struct Ticks
{
    double min, max;
    int count;
};

Ticks ticksFor(double top)
{
    QValueAxis axis;
    IndicatorCharts::setWholeRange(&axis, top);
    return {axis.min(), axis.max(), axis.tickCount()};
}

bool whole(const Ticks& t)
{
    const double step = (t.max - t.min) / (t.count - 1);
    return step >= 1 && step == static_cast<int>(step);
}

} // namespace

TEST_CASE("chart axes of counts step by whole numbers and reach the largest value",
          "[indicators-page]")
{
    for (double top : {0.0, 1.0, 2.4, 3.3, 7.0, 13.0, 37.0, 99.0, 1234.0}) {
        INFO("top " << top);
        const Ticks t = ticksFor(top);
        CHECK(t.min == 0);
        CHECK(t.max >= top);
        CHECK(t.count <= 7);
        CHECK(whole(t));
    }
    const Ticks small = ticksFor(2.4); // a few meetings: 0, 1, 2, 3, 4
    CHECK(small.max == 4);
    CHECK(small.count == 5);
    const Ticks tens = ticksFor(37); // 0, 10, 20, 30, 40
    CHECK(tens.max == 40);
    CHECK(tens.count == 5);
}
