#include "ProcedureNavigation.h"

#include "ProceduresPage.h"
#include "deadlines/TodayPage.h"
#include "shell/MainWindow.h"

namespace regie {

void openBoardRowsInProcedures(MainWindow& window, TodayPage& today, ProceduresPage& procedures)
{
    QObject::connect(&today, &TodayPage::openRequested, &procedures,
                     [&window, &procedures](const QString& procedure, const QString& id) {
                         window.showPage(procedures.key());
                         procedures.open(procedure, id);
                     });
}

} // namespace regie
