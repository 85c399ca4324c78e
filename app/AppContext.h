#pragma once

#include "actionplan/ActionPlanRepository.h"
#include "actionplan/ActionPlanService.h"
#include "common/Clock.h"
#include "inspections/CertificateServices.h"
#include "measures/MeasureService.h"
#include "procedures/GasService.h"
#include "rules/RuleBook.h"
#include "people/PeopleService.h"
#include "storage/Workspace.h"

#include <memory>

namespace regie {

class HolderSanctionService;
class LetterService;

// The composition root: opens the database and builds the clock, repositories and services
// that the GUI and the CLI hand down through constructors. No singletons.
class AppContext
{
public:
    struct Options
    {
        QString databasePath;
        Database::Lock lock = Database::Lock::None;
        QString shortCode = QStringLiteral("BH");
        QString displayName;
        bool seedActionPlan = true;
    };

    static Result<std::unique_ptr<AppContext>> open(const Options& options);
    ~AppContext();

    // The user's data folder: <AppDataLocation>/regie.db
    static QString defaultDatabasePath();
    // The operating-system user, who is named in the change log and audit trail.
    static QString currentUserName();

    Workspace& workspace() { return *m_ws; }
    const Clock& clock() const { return m_ws->clock(); }
    ActionPlanRepository& planRepository() { return m_planRepo; }
    ActionPlanService& planService() { return m_planService; }
    PeopleService& people() { return m_people; }
    // The legal rule sets in force (GAS, measures), loaded once at open.
    const RuleBook& rules() const { return m_rules; }
    GasService& gas() { return *m_gas; }
    MeasureService& measures() { return *m_measures; }
    // Premises, certificates, inspections and the planner.
    CertificateServices& certificates() { return *m_certificates; }
    // Letters from templates and the registered-letter register (views/letters renders them).
    LetterService& letters() { return *m_letters; }
    // Sanction procedures against certificate holders (domain-rules.md §3).
    HolderSanctionService& holderSanctions() { return *m_holderSanctions; }

private:
    AppContext(std::unique_ptr<Workspace> ws, RuleBook rules,
               std::unique_ptr<CertificateServices> certificates);

    std::unique_ptr<Workspace> m_ws;
    ActionPlanRepository m_planRepo;
    ActionPlanService m_planService;
    PeopleService m_people;
    RuleBook m_rules;
    std::unique_ptr<GasService> m_gas;
    std::unique_ptr<MeasureService> m_measures;
    std::unique_ptr<CertificateServices> m_certificates;
    std::unique_ptr<LetterService> m_letters;
    std::unique_ptr<HolderSanctionService> m_holderSanctions;
};

} // namespace regie
