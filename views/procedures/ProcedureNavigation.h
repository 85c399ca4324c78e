#pragma once

namespace regie {

class MainWindow;
class ProceduresPage;
class TodayPage;

// Enter or a double-click on a row of the Today board shows the Procedures page with that GAS
// dossier or measure open.
void openBoardRowsInProcedures(MainWindow& window, TodayPage& today, ProceduresPage& procedures);

} // namespace regie
