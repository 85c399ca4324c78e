#include "CliRegistry.h"

namespace regie::cli {

std::map<QString, CliCommand>& cliCommands()
{
    static std::map<QString, CliCommand> commands;
    return commands;
}

bool registerCliCommand(const QString& name, CliCommand command)
{
    return cliCommands().emplace(name, std::move(command)).second;
}

} // namespace regie::cli
