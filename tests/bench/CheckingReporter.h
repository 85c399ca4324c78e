#pragma once

#include <benchmark/benchmark.h>

#include <vector>

namespace regie::bench {

// The console reporter, remembering whether a run reported an error (a wrong count, a failed
// query), so that the program and its ctest smoke test fail. It never judges a time.
class CheckingReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run>& runs) override
    {
        for (const Run& run : runs)
            m_failed = m_failed || run.error_occurred;
        ConsoleReporter::ReportRuns(runs);
    }
    bool failed() const { return m_failed; }

private:
    bool m_failed = false;
};

} // namespace regie::bench
