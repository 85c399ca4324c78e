#pragma once

#include "CheckingReporter.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

namespace regie::bench {

// True under the ctest smoke run (REGIE_BENCH_SMOKE=1): every benchmark once, on small data, to
// prove only that it still runs.
inline bool smokeRun()
{
    return qEnvironmentVariableIntValue("REGIE_BENCH_SMOKE") == 1;
}

// Registers one benchmark over `size` records, in milliseconds; once under the smoke run.
inline void registerSized(const char* name, void (*fn)(benchmark::State&), int size)
{
    auto* b = benchmark::RegisterBenchmark(name, fn);
    b->Arg(size)->Unit(benchmark::kMillisecond);
    if (smokeRun())
        b->Iterations(1);
}

// The main of a Regie benchmark: the application object (Qt Sql needs it), Google Benchmark's
// flags, registerAll(), the checking reporter, then release() of the databases while Qt is still
// there. Exit status 1 when a run reported an error or nothing ran.
template <typename Register, typename Release>
int benchMain(int argc, char** argv, Register registerAll, Release release)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    registerAll();
    CheckingReporter reporter;
    const size_t ran = benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    release();
    return ran > 0 && !reporter.failed() ? 0 : 1;
}

} // namespace regie::bench
