#pragma once

#include "ChecklistTemplates.h"
#include "InspectionService.h"
#include "Planner.h"
#include "certificates/CertificateRuleBook.h"
#include "certificates/CertificateService.h"
#include "premises/PremisesService.h"

#include <memory>

namespace regie {

class Workspace;

// The premises, certificate, inspection and planner services of one workspace, built on the
// certificate rules in force today. What AppContext (or a CLI command, a test) holds for the
// certificate feature.
class CertificateServices
{
public:
    // ErrorCode::Io/Format when the embedded certificate rules cannot be read.
    static Result<std::unique_ptr<CertificateServices>> create(Workspace& ws);

    PremisesService& premises() { return m_premises; }
    CertificateService& certificates() { return m_certificates; }
    ChecklistTemplates& templates() { return m_templates; }
    InspectionService& inspections() { return m_inspections; }
    const Planner& planner() const { return m_planner; }
    const CertificateRuleBook& rules() const { return m_rules; }

private:
    CertificateServices(Workspace& ws, CertificateRuleBook rules);

    CertificateRuleBook m_rules;
    PremisesService m_premises;
    CertificateService m_certificates;
    ChecklistTemplates m_templates;
    InspectionService m_inspections;
    Planner m_planner;
};

} // namespace regie
