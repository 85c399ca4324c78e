#pragma once

#include "IndicatorCatalogue.h"
#include "IndicatorEngine.h"
#include "IndicatorRecords.h"
#include "RegistrationImport.h"
#include "ReportRounds.h"

#include <memory>

namespace regie {

class Workspace;

// The indicator feature on one workspace: the plan's catalogue, the engine that counts it, the
// records it counts, the registration import and the reporting rounds.
class IndicatorServices
{
public:
    static Result<std::unique_ptr<IndicatorServices>> create(Workspace& ws);

    const IndicatorCatalogue& catalogue() const { return m_catalogue; }
    IndicatorEngine& engine() { return m_engine; }
    IndicatorRecords& records() { return m_records; }
    RegistrationImport& registration() { return m_import; }
    ReportRounds& rounds() { return m_rounds; }

private:
    IndicatorServices(Workspace& ws, IndicatorCatalogue catalogue);

    IndicatorCatalogue m_catalogue;
    IndicatorEngine m_engine;
    IndicatorRecords m_records;
    RegistrationImport m_import;
    ReportRounds m_rounds;
};

} // namespace regie
