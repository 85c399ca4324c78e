// The legal staff's two busiest screens over 100,000 GAS dossiers made by the demo generator
// (issue 3: the deadline board ≤ 300 ms; the filtered list to its first rows ≤ 100 ms).
// REGIE_BENCH_SMOKE=1 runs each once over 1,000 dossiers: the ctest smoke test; it never checks
// a time.
#include "common/Clock.h"
#include "deadlines/DeadlineBoard.h"
#include "demo/DemoData.h"
#include "demo/DemoProcedures.h"
#include "procedures/GasRepository.h"
#include "rules/RuleBook.h"
#include "storage/Workspace.h"

#include "BenchMain.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <map>
#include <memory>

namespace {

using namespace regie;

struct Dossiers
{
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Workspace> ws;
    RuleBook rules = RuleBook::loadDefault().value();
    QString error;

    explicit Dossiers(int count)
    {
        Workspace::Options options{dir.filePath(QStringLiteral("board.db")), Database::Lock::None,
                                   QStringLiteral("bench"), QStringLiteral("BB"),
                                   QStringLiteral("Board bench"), false};
        auto opened = Workspace::open(options, clock);
        if (!opened.ok()) {
            error = opened.error().detail;
            return;
        }
        ws = std::move(opened).value();
        auto persons = DemoData(ws->writes()).generate(count);
        if (!persons.ok()) {
            error = persons.error().detail;
            ws.reset();
            return;
        }
        auto made = addDemoProcedures(ws->writes(), ws->db(), clock, rules, count, count);
        if (!made.ok()) {
            error = made.error().detail;
            ws.reset();
        }
    }
};

std::map<int, std::unique_ptr<Dossiers>>& made()
{
    static std::map<int, std::unique_ptr<Dossiers>> sets;
    return sets;
}

Dossiers& dossiers(int count)
{
    auto& slot = made()[count];
    if (!slot)
        slot = std::make_unique<Dossiers>(count);
    return *slot;
}

void BM_DeadlineBoard(benchmark::State& state)
{
    Dossiers& d = dossiers(int(state.range(0)));
    if (!d.ws) {
        state.SkipWithError(d.error.toStdString().c_str());
        return;
    }
    const DeadlineBoard board(d.ws->db(), d.clock, d.rules);
    qsizetype rows = 0;
    for (auto _ : state) {
        auto items = board.compute();
        if (!items.ok()) {
            state.SkipWithError(items.error().detail.toStdString().c_str());
            return;
        }
        rows = items->size();
    }
    if (rows == 0)
        state.SkipWithError("the board is empty: the demo made no deadlines");
    state.counters["rows"] = double(rows);
}

// The procedures page opening on a state filter: the count and the first page of 100 rows.
void BM_GasListFirstRows(benchmark::State& state)
{
    Dossiers& d = dossiers(int(state.range(0)));
    if (!d.ws) {
        state.SkipWithError(d.error.toStdString().c_str());
        return;
    }
    const GasRepository repo(d.ws->db());
    GasRepository::Filter filter;
    filter.states = {QStringLiteral("started"), QStringLiteral("defence-open"),
                     QStringLiteral("decided")};
    filter.limit = 100;
    int total = 0;
    qsizetype rows = 0;
    for (auto _ : state) {
        auto count = repo.count(filter);
        auto page = repo.find(filter);
        if (!count.ok() || !page.ok()) {
            state.SkipWithError("the list query failed");
            return;
        }
        total = count.value();
        rows = page->size();
    }
    if (rows == 0 || total < rows)
        state.SkipWithError("the filtered list is empty");
    state.counters["matching"] = double(total);
}

} // namespace

int main(int argc, char** argv)
{
    const int count = regie::bench::smokeRun() ? 1000 : 100000;
    return regie::bench::benchMain(
        argc, argv,
        [count] {
            regie::bench::registerSized("BM_DeadlineBoard", BM_DeadlineBoard, count);
            regie::bench::registerSized("BM_GasListFirstRows", BM_GasListFirstRows, count);
        },
        [] { made().clear(); });
}
