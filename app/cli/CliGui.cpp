#include "CliGui.h"

#include <QApplication>
#include <QSet>

namespace regie::cli {

namespace {

QSet<QString>& guiCommands()
{
    static QSet<QString> names;
    return names;
}

// The command name: the first argument that is not a global option (--db takes a value).
QString commandName(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (!arg.startsWith(QLatin1String("--")))
            return arg;
    }
    return {};
}

} // namespace

bool registerGuiCommand(const QString& name)
{
    guiCommands().insert(name);
    return true;
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    if (!guiCommands().contains(commandName(argc, argv)))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace regie::cli
