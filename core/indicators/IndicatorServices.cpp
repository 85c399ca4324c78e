#include "IndicatorServices.h"

#include "storage/Workspace.h"

namespace regie {

IndicatorServices::IndicatorServices(Workspace& ws, IndicatorCatalogue catalogue)
    : m_catalogue(std::move(catalogue)), m_engine(ws.db(), ws.clock()),
      m_records(ws.db(), ws.writes(), ws.clock()), m_import(ws.db(), ws.writes(), ws.clock()),
      m_rounds(ws.db(), ws.writes(), ws.clock())
{
}

Result<std::unique_ptr<IndicatorServices>> IndicatorServices::create(Workspace& ws)
{
    auto catalogue = IndicatorCatalogue::loadDefault();
    if (!catalogue)
        return catalogue.error();
    return std::unique_ptr<IndicatorServices>(
        new IndicatorServices(ws, std::move(catalogue).value()));
}

} // namespace regie
