#pragma once

#include "CliEnv.h"

#include <map>

namespace regie::cli {

// Every regie-cli command registers itself from its own file:
//   REGIE_CLI_COMMAND(premises, "premises add|list", "premises in the tolerated zone", runPremises)
// so adding a command never touches the dispatcher.
struct CliCommand
{
    QString usage; // "premises add|list"
    QString help;  // one line for --help
    int (*run)(CliEnv&, QStringList);
    // Commands that print JSON anyway or take --json themselves keep it in their arguments.
    bool keepsJsonFlag = false;
};

std::map<QString, CliCommand>& cliCommands();
bool registerCliCommand(const QString& name, CliCommand command);

} // namespace regie::cli

#define REGIE_CLI_COMMAND(name, usage, help, function)                                            \
    namespace {                                                                                   \
    [[maybe_unused]] const bool registered_##name = ::regie::cli::registerCliCommand(             \
        QStringLiteral(#name), {QStringLiteral(usage), QStringLiteral(help), function});          \
    }
