// regie-cli: every capability of Regie's core without a screen, for scripting, tests and the
// central office's batch work. Human text by default, JSON with --json.

#include "ClockCommand.h"
#include "CliEnv.h"
#include "PersonCommand.h"
#include "PlanCommand.h"
#include "ValidateCommand.h"
#include "WorkspaceCommands.h"

#include <QCoreApplication>

#include <cstdio>
#include <map>

using namespace regie::cli;

namespace {

using Command = int (*)(CliEnv&, QStringList);

const std::map<QString, Command>& commands()
{
    static const std::map<QString, Command> table{
        {QStringLiteral("init"), runInit},
        {QStringLiteral("info"), runInfo},
        {QStringLiteral("demo"), runDemo},
        {QStringLiteral("plan"), runPlan},
        {QStringLiteral("person"), runPerson},
        {QStringLiteral("validate"),
         [](CliEnv& env, QStringList args) { return runValidateCommand(args, env.out, env.err); }},
        {QStringLiteral("clock"),
         [](CliEnv& env, QStringList args) {
             return runClockCommand(args, env.out, env.err, env.in);
         }},
    };
    return table;
}

void printHelp(QTextStream& out)
{
    out << "usage: regie-cli [--db PATH] [--json] COMMAND [ARGS]\n\n"
           "Commands:\n"
           "  init [--code CODE] [--name NAME]   create the database and installation identity\n"
           "  info                               database, installation, counts\n"
           "  plan list|show CODE|export         the action plan (export prints JSON)\n"
           "  person add|list                    people (validated identifiers)\n"
           "  validate nrn|bis|kbo|iban|ogm VALUE  check an identifier (exit 0 valid, 1 invalid)\n"
           "  clock FILE|-                       legal clock for a procedure scenario (JSON)\n"
           "  demo --size N                      add a deterministic fictitious data set\n\n"
           "The database defaults to the user's data folder; --db PATH picks another.\n";
    out.flush();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
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
    const auto found = commands().find(name);
    if (found == commands().end()) {
        err << "regie-cli: unknown command " << name << " (see regie-cli --help)" << Qt::endl;
        return Exit::Usage;
    }
    if (name != QLatin1String("clock") && name != QLatin1String("validate"))
        env.json = takeFlag(args, QStringLiteral("--json")) || env.json;
    return found->second(env, args);
}
