// Every indicator of the action plan for a year-long round over a database with about 1,000,000
// recorded events (issue 5: target 500 ms): `regie-cli demo --size 20000`'s data set (20,000
// people and GAS dossiers with their events, about 1.1 million change-log records), built
// through the write path. REGIE_BENCH_SMOKE=1 runs once over 200 dossiers: the ctest smoke test,
// which proves the benchmark builds and its queries answer; it never checks a time.
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "demo/DemoProcedures.h"
#include "indicators/IndicatorServices.h"
#include "rules/RuleBook.h"
#include "storage/Workspace.h"

#include "BenchMain.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <map>
#include <memory>

namespace {

using namespace regie;

struct DemoDatabase
{
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<IndicatorServices> services;
    qint64 events = 0;
    QString error;

    explicit DemoDatabase(int size)
    {
        Workspace::Options options{dir.filePath(QStringLiteral("indicators.db")),
                                   Database::Lock::None, QStringLiteral("bench"),
                                   QStringLiteral("IB"), QStringLiteral("Indicator bench"), true};
        auto opened = Workspace::open(options, clock);
        if (!opened.ok()) {
            error = opened.error().detail;
            return;
        }
        ws = std::move(opened).value();
        auto rules = RuleBook::loadDefault();
        auto people = rules ? DemoData(ws->writes()).generate(size)
                            : Result<DemoData::Counts>(rules.error());
        auto dossiers = people ? addDemoProcedures(ws->writes(), ws->db(), clock, rules.value(),
                                                   size, size)
                               : Result<int>(people.error());
        auto made = dossiers ? IndicatorServices::create(*ws)
                             : Result<std::unique_ptr<IndicatorServices>>(dossiers.error());
        if (!made.ok()) {
            error = made.error().detail;
            return;
        }
        services = std::move(made).value();
        QSqlQuery q(ws->db().connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM change_log")) && q.next())
            events = q.value(0).toLongLong();
    }
};

std::map<int, std::unique_ptr<DemoDatabase>>& databases()
{
    static std::map<int, std::unique_ptr<DemoDatabase>> made;
    return made;
}

DemoDatabase& database(int size)
{
    auto& slot = databases()[size];
    if (!slot)
        slot = std::make_unique<DemoDatabase>(size);
    return *slot;
}

void BM_RoundIndicators(benchmark::State& state)
{
    DemoDatabase& d = database(int(state.range(0)));
    if (!d.services) {
        state.SkipWithError(d.error.toStdString().c_str());
        return;
    }
    const Period year{QDate(2025, 1, 1), QDate(2025, 12, 31)};
    double fines = 0;
    for (auto _ : state) {
        auto values = d.services->engine().values(d.services->catalogue(), year);
        if (!values.ok()) {
            state.SkipWithError(values.error().detail.toStdString().c_str());
            return;
        }
        fines = 0;
        for (const IndicatorValue& v : values.value())
            if (v.key.startsWith(QLatin1String("2.2.gas-fines")))
                fines += v.value.value_or(0);
    }
    if (fines <= 0)
        state.SkipWithError("the demo data should hold GAS fines decided in 2025");
    state.counters["events"] = double(d.events);
    state.counters["fines"] = fines;
}

} // namespace

int main(int argc, char** argv)
{
    return regie::bench::benchMain(
        argc, argv,
        [] {
            regie::bench::registerSized("BM_RoundIndicators", BM_RoundIndicators,
                                        regie::bench::smokeRun() ? 200 : 20000);
        },
        [] { databases().clear(); });
}
