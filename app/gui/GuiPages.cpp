#include "GuiPages.h"

#include "AppContext.h"
#include "AppSettings.h"
#include "actionplan/ActionPlanPage.h"
#include "certificates/PremisesPage.h"
#include "deadlines/DeadlineBoard.h"
#include "deadlines/TodayPage.h"
#include "indicators/IndicatorsPage.h"
#include "indicators/IndicatorServices.h"
#include "inspections/FieldModeView.h"
#include "inspections/InspectionsPage.h"
#include "meetings/MeetingService.h"
#include "meetings/MeetingsPage.h"
#include "people/PeoplePage.h"
#include "premises/WindowRegister.h"
#include "planner/PlannerPage.h"
#include "procedures/ProcedureNavigation.h"
#include "procedures/GasDossierPanel.h"
#include "procedures/GasListPanel.h"
#include "procedures/MeasureListPanel.h"
#include "procedures/ProceduresPage.h"
#include "sanctions/HolderSanctionPanel.h"
#include "shell/MainWindow.h"
#include "sync/ConflictsPage.h"
#include "sync/SyncPage.h"

namespace regie {

void addGuiPages(MainWindow& window, AppContext& context, AppSettings& settings)
{
    // Today is the home page: first in the navigation.
    auto* today = new TodayPage(
        std::make_unique<DeadlineBoard>(context.workspace().db(), context.clock(), context.rules()),
        context.workspace().writes(), &settings, &window);
    window.addPage(today);
    auto* procedures =
        new ProceduresPage(context.gas(), context.measures(), context.people().repository(),
                           context.rules(),
                           context.workspace().writes(), context.clock(), &settings, &window);
    window.addPage(procedures);
    procedures->gasPanel()->dossier()->setLetters(&context.letters());
    procedures->measurePanel()->setParties(context.people().repository(),
                                           context.certificates().premises().repository());
    procedures->measurePanel()->setGasDossiers(context.gas().repository());
    procedures->addHolderSanctions(context.holderSanctions(), &context.letters(), context.clock())
        ->setPremises(&context.certificates().premises().repository());
    openBoardRowsInProcedures(window, *today, *procedures);
    auto* premises = new PremisesPage(context.certificates(), context.workspace().writes(),
                                      context.clock(), &settings, &window);
    premises->setRegisters(&context.people(),
                           std::make_unique<WindowRegister>(context.workspace().db(),
                                                            context.workspace().writes(),
                                                            context.clock()),
                           &context.letters());
    window.addPage(premises);
    auto* inspections = new InspectionsPage(context.certificates(), context.workspace().writes(),
                                            context.clock(), &settings, &window);
    inspections->fieldMode()->setWindowRegister(premises->windowRegister());
    window.addPage(inspections);
    QObject::connect(premises, &PremisesPage::inspectionRequested, inspections,
                     [&window, inspections](const QString& premisesId, const QString& dossier) {
                         window.showPage(inspections->key());
                         inspections->newInspection(premisesId, dossier);
                     });
    window.addPage(new PlannerPage(context.certificates().planner(), context.workspace().writes(),
                                   context.clock(), &settings, &window));
    window.addPage(new ActionPlanPage(context.planRepository(), context.planService(), settings,
                                      &window));
    if (auto indicators = IndicatorServices::create(context.workspace()); indicators.ok())
        window.addPage(new IndicatorsPage(std::move(indicators).value(), context.workspace().db(),
                                          context.clock(), &window));
    window.addPage(new MeetingsPage(
        std::make_unique<MeetingService>(context.workspace().db(), context.workspace().writes(),
                                         context.clock()),
        context.workspace().writes(), &settings, &window));
    window.addPage(new PeoplePage(context.people(), context.workspace().writes(), settings,
                                  &window));
    auto* sync = new SyncPage(context.workspace(), &window);
    window.addPage(sync);
    auto* conflicts = new ConflictsPage(context.workspace(), &window);
    window.addPage(conflicts);
    QObject::connect(sync, &SyncPage::dataImported, conflicts, &ConflictsPage::reload);
}

} // namespace regie
