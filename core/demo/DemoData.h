#pragma once

#include "common/Result.h"

namespace regie {

class WritePath;

// A deterministic synthetic data set for demos and benchmarks: the same size gives the same
// records (and the same ids) on every machine. Names are obviously fictitious and no person gets
// a national-register number: a generated valid number could belong to a real person.
class DemoData
{
public:
    struct Counts
    {
        int persons = 0;
        int premises = 0;
        int windows = 0;
    };

    explicit DemoData(WritePath& writes) : m_writes(writes) {}

    // Adds `size` people and size/10 premises (at most 120) in the tolerated zone.
    Result<Counts> generate(int size);

    static QString demoId(const QString& kind, int index);

private:
    Result<void> addPersons(int count, Counts& counts);
    Result<void> addPremises(int count, Counts& counts);

    WritePath& m_writes;
};

} // namespace regie
