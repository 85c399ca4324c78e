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

int runVerb(CliEnv& env, QStringList args, const QString& usage,
            const std::map<QString, CliVerb>& verbs)
{
    if (args.isEmpty())
        return env.usage(usage);
    const auto verb = verbs.find(args.takeFirst());
    if (verb == verbs.end())
        return env.usage(usage);
    return verb->second(env, std::move(args));
}

} // namespace regie::cli
