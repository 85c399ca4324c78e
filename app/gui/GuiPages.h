#pragma once

namespace regie {

class AppContext;
class AppSettings;
class MainWindow;

// Builds every page of the GUI from the context's services, in navigation order.
void addGuiPages(MainWindow& window, AppContext& context, AppSettings& settings);

} // namespace regie
