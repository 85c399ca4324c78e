#include "GuiPages.h"

#include "AppContext.h"
#include "AppSettings.h"
#include "actionplan/ActionPlanPage.h"
#include "certificates/PremisesPage.h"
#include "inspections/InspectionsPage.h"
#include "people/PeoplePage.h"
#include "planner/PlannerPage.h"
#include "shell/MainWindow.h"

namespace regie {

void addGuiPages(MainWindow& window, AppContext& context, AppSettings& settings)
{
    window.addPage(new PremisesPage(context.certificates(), context.workspace().writes(),
                                    context.clock(), &settings, &window));
    window.addPage(new InspectionsPage(context.certificates(), context.workspace().writes(),
                                       context.clock(), &settings, &window));
    window.addPage(new PlannerPage(context.certificates().planner(), context.workspace().writes(),
                                   context.clock(), &settings, &window));
    window.addPage(new ActionPlanPage(context.planRepository(), context.planService(), settings,
                                      &window));
    window.addPage(new PeoplePage(context.people(), context.workspace().writes(), settings,
                                  &window));
}

} // namespace regie
