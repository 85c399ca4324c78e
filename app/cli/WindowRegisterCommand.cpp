// regie-cli window-register: the outcome of the police's registration tool per window and period
// (pseudonymous references only), and the check of a worker met at an inspection.
#include "CliRegistry.h"
#include "GasCommand.h"
#include "premises/WindowRegister.h"

#include <QJsonArray>
#include <QJsonObject>

namespace regie::cli {

namespace {

const QString kUsage = QStringLiteral(
    "window-register add --premises ID --window N --from DATE --to DATE --ref REFERENCE\n"
    "           --registered yes|no --validated yes|no [--source TEXT]\n"
    "       regie-cli window-register correct LINE_ID --from DATE --to DATE --ref REFERENCE\n"
    "           --registered yes|no --validated yes|no [--source TEXT]\n"
    "       regie-cli window-register list --premises ID\n"
    "       regie-cli window-register check --inspection ID --window N --ref REFERENCE\n"
    "   (every form takes --json; REFERENCE is the pseudonym of the police registration tool)");

std::optional<bool> yesNo(const QString& text)
{
    if (text == QLatin1String("yes"))
        return true;
    if (text == QLatin1String("no"))
        return false;
    return std::nullopt;
}

std::unique_ptr<WindowRegister> openRegister(CliEnv& env)
{
    AppContext* ctx = env.context();
    if (!ctx)
        return nullptr;
    Workspace& ws = ctx->workspace();
    return std::make_unique<WindowRegister>(ws.db(), ws.writes(), ws.clock());
}

// The fields a register line is made of (--from, --to, --ref, --registered, --validated,
// --source), taken from args; false (after saying why) when one is missing or wrong.
bool takeLine(CliEnv& env, QStringList& args, WindowRegistration* line, int* exit)
{
    line->workerRef = takeOption(args, QStringLiteral("--ref"));
    line->source = takeOption(args, QStringLiteral("--source"));
    const auto registered = yesNo(takeOption(args, QStringLiteral("--registered")));
    const auto validated = yesNo(takeOption(args, QStringLiteral("--validated")));
    auto from = takeDate(args, QStringLiteral("--from"));
    auto to = takeDate(args, QStringLiteral("--to"));
    if (!from.ok() || !to.ok()) {
        *exit = env.fail(from.ok() ? to.error() : from.error());
        return false;
    }
    if (line->workerRef.isNull() || !registered || !validated || !from->isValid() ||
        !to->isValid()) {
        *exit = env.usage(kUsage);
        return false;
    }
    line->registered = *registered;
    line->policeValidated = *validated;
    line->from = *from;
    line->to = *to;
    return true;
}

int add(CliEnv& env, QStringList args)
{
    const QString premises = takeOption(args, QStringLiteral("--premises"));
    const QString window = takeOption(args, QStringLiteral("--window"));
    WindowRegistration line;
    int exit = Exit::Ok;
    if (!takeLine(env, args, &line, &exit))
        return exit;
    if (!args.isEmpty() || premises.isNull() || window.isNull())
        return env.usage(kUsage);
    auto reg = openRegister(env);
    if (!reg)
        return Exit::Refused;
    auto id = reg->record(premises, window, line);
    if (!id.ok())
        return env.fail(id.error());
    if (env.json)
        env.printJson(QJsonDocument(QJsonObject{{"id", id.value()}}));
    else
        env.out << id.value() << "\n";
    env.out.flush();
    return Exit::Ok;
}

// A correction of a line (same window): every field anew, with the same checks as a new line.
int correct(CliEnv& env, QStringList args)
{
    WindowRegistration line;
    int exit = Exit::Ok;
    if (!takeLine(env, args, &line, &exit))
        return exit;
    if (args.size() != 1)
        return env.usage(kUsage);
    auto reg = openRegister(env);
    if (!reg)
        return Exit::Refused;
    auto done = reg->correct(args.first(), line);
    return done.ok() ? Exit::Ok : env.fail(done.error());
}

int list(CliEnv& env, QStringList args)
{
    const QString premises = takeOption(args, QStringLiteral("--premises"));
    if (!args.isEmpty() || premises.isNull())
        return env.usage(kUsage);
    auto reg = openRegister(env);
    if (!reg)
        return Exit::Refused;
    auto lines = reg->list(premises);
    if (!lines.ok())
        return env.fail(lines.error());
    QJsonArray array;
    for (const WindowRegistration& r : lines.value()) {
        if (env.json)
            array.append(QJsonObject{{"id", r.id},
                                     {"window", r.windowNumber},
                                     {"from", r.from.toString(Qt::ISODate)},
                                     {"to", r.to.toString(Qt::ISODate)},
                                     {"reference", r.workerRef},
                                     {"registered", r.registered},
                                     {"policeValidated", r.policeValidated},
                                     {"source", r.source}});
        else
            env.out << "window " << r.windowNumber << "  " << r.from.toString(Qt::ISODate)
                    << ".." << r.to.toString(Qt::ISODate) << "  " << r.workerRef
                    << (r.registered ? "  registered" : "  NOT registered")
                    << (r.policeValidated ? ", validated" : ", not validated") << "\n";
    }
    if (env.json)
        env.printJson(QJsonDocument(array));
    env.out.flush();
    return Exit::Ok;
}

int check(CliEnv& env, QStringList args)
{
    const QString inspection = takeOption(args, QStringLiteral("--inspection"));
    const QString window = takeOption(args, QStringLiteral("--window"));
    const QString ref = takeOption(args, QStringLiteral("--ref"));
    if (!args.isEmpty() || inspection.isNull() || window.isNull() || ref.isNull())
        return env.usage(kUsage);
    auto reg = openRegister(env);
    if (!reg)
        return Exit::Refused;
    auto checked = reg->checkAtInspection(inspection, window, ref);
    if (!checked.ok())
        return env.fail(checked.error());
    if (env.json)
        env.printJson(QJsonDocument(QJsonObject{{"conform", checked->conform},
                                                {"reason", checked->reason},
                                                {"findingId", checked->findingId}}));
    else if (checked->conform)
        env.out << "Registered and validated.\n";
    else
        env.out << "Not conform: " << checked->reason << "\nDraft finding " << checked->findingId
                << "\n";
    env.out.flush();
    return Exit::Ok;
}

int runWindowRegister(CliEnv& env, QStringList args)
{
    return runVerb(env, std::move(args), kUsage,
                   {{QStringLiteral("add"), add},
                    {QStringLiteral("correct"), correct},
                    {QStringLiteral("list"), list},
                    {QStringLiteral("check"), check}});
}

} // namespace

REGIE_CLI_COMMAND_NAMED(window_register, "window-register", "window-register add|correct|list|check",
                  "the police registration tool's outcome per window", runWindowRegister)

} // namespace regie::cli
