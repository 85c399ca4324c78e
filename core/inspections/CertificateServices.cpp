#include "CertificateServices.h"

#include "common/Clock.h"
#include "storage/Workspace.h"

namespace regie {

Result<std::unique_ptr<CertificateServices>> CertificateServices::create(Workspace& ws)
{
    auto rules = CertificateRuleBook::loadDefault();
    if (!rules.ok())
        return rules.error();
    return std::unique_ptr<CertificateServices>(
        new CertificateServices(ws, std::move(rules).value()));
}

CertificateServices::CertificateServices(Workspace& ws, CertificateRuleBook rules)
    : m_rules(std::move(rules)),
      m_premises(ws.db(), ws.writes(),
                 TolerationZone(m_rules.forDate(ws.clock().today()).zoneStreets)),
      m_certificates(ws.db(), ws.writes(), ws.clock(), m_rules),
      m_templates(ws.db(), ws.writes(), m_rules.checklistTemplates()),
      m_inspections(ws.db(), ws.writes(), ws.clock(), m_templates,
                    m_rules.forDate(ws.clock().today()).photoMaxBytes),
      m_planner(ws.db(), ws.clock(), m_rules)
{
}

} // namespace regie
