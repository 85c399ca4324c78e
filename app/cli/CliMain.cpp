// regie-cli: every capability of Regie's core without a screen, for scripting, tests and the
// central office's batch work. Human text by default, JSON with --json.

#include "CliEnv.h"
#include "CliGui.h"
#include "CliRegistry.h"
#include "ClockCommand.h"
#include "ValidateCommand.h"

#include <QCoreApplication>

using namespace regie::cli;

namespace {

int runValidate(CliEnv& env, QStringList args)
{
    return runValidateCommand(args, env.out, env.err);
}

int runClock(CliEnv& env, QStringList args)
{
    return runClockCommand(args, env.out, env.err, env.in);
}

[[maybe_unused]] const bool registeredBuiltIns =
    registerCliCommand(QStringLiteral("validate"),
                       {QStringLiteral("validate nrn|bis|kbo|iban|ogm|pv VALUE"),
                        QStringLiteral("check an identifier (exit 0 valid, 1 invalid, 2 usage)"),
                        runValidate, true}) &&
    registerCliCommand(QStringLiteral("clock"),
                       {QStringLiteral("clock FILE|-"),
                        QStringLiteral("legal clock of a procedure scenario (JSON, no database)"),
                        runClock, true});

void printHelp(QTextStream& out)
{
    out << "usage: regie-cli [--db PATH] [--json] COMMAND [ARGS]\n\nCommands:\n";
    for (const auto& [name, command] : cliCommands())
        out << QStringLiteral("  %1 %2\n").arg(command.usage, -44).arg(command.help);
    out << "\nThe database defaults to the user's data folder; --db PATH picks another.\n"
           "Exit codes: 0 done, 1 refused (the reason on stderr), 2 usage or malformed input.\n";
    out.flush();
}

} // namespace

int main(int argc, char** argv)
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Regie"));
    QCoreApplication::setApplicationName(QStringLiteral("regie"));
    QTextStream out(stdout), err(stderr), in(stdin);
    CliEnv env(out, err, in);

    QStringList args = app.arguments().mid(1);
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--db") && !args.isEmpty()) {
            env.databasePath = args.takeFirst();
        } else if (option == QLatin1String("--json")) {
            env.json = true;
        } else if (option == QLatin1String("--help")) {
            printHelp(out);
            return Exit::Ok;
        } else if (option == QLatin1String("--version")) {
            out << "regie-cli " << REGIE_VERSION << Qt::endl;
            return Exit::Ok;
        } else {
            err << "regie-cli: unknown option " << option << Qt::endl;
            return Exit::Usage;
        }
    }
    if (args.isEmpty()) {
        printHelp(err);
        return Exit::Usage;
    }
    const QString name = args.takeFirst();
    const auto found = cliCommands().find(name);
    if (found == cliCommands().end()) {
        err << "regie-cli: unknown command " << name << " (see regie-cli --help)" << Qt::endl;
        return Exit::Usage;
    }
    if (!found->second.keepsJsonFlag)
        env.json = takeFlag(args, QStringLiteral("--json")) || env.json;
    return found->second.run(env, args);
}
