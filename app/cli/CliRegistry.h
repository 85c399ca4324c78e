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

// Runs the verb (the first argument) of a command with several forms; usage when the verb is
// missing or unknown.
using CliVerb = std::function<int(CliEnv&, QStringList)>;
int runVerb(CliEnv& env, QStringList args, const QString& usage,
            const std::map<QString, CliVerb>& verbs);

} // namespace regie::cli

#define REGIE_CLI_COMMAND(name, usage, help, function)                                            \
    namespace {                                                                                   \
    [[maybe_unused]] const bool registered_##name = ::regie::cli::registerCliCommand(             \
        QStringLiteral(#name), {QStringLiteral(usage), QStringLiteral(help), function});          \
    }

// For a command whose name is not a C++ identifier ("window-register").
#define REGIE_CLI_COMMAND_NAMED(id, name, usage, help, function)                                  \
    namespace {                                                                                   \
    [[maybe_unused]] const bool registered_##id = ::regie::cli::registerCliCommand(               \
        QStringLiteral(name), {QStringLiteral(usage), QStringLiteral(help), function});           \
    }
