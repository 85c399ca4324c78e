#include "MeasureCommand.h"

#include "CliRegistry.h"
#include "GasCommand.h"
#include "measures/MeasureJson.h"
#include "measures/MeasureService.h"
#include "procedures/GasRepository.h"
#include "rules/RuleBook.h"

#include <QJsonArray>
#include <memory>

namespace regie::cli {

namespace {

const QString kUsage = QStringLiteral(
    "measure new --kind place-ban|closure-trafficking|closure-public-order|hearing-order\n"
    "           (--person ID | --premises ID) --decided DATE [--start DATE] [--months N]\n"
    "           [--perimeter TEXT] [--reason TEXT] [--order TEXT] [--hearing DATE]\n"
    "           [--urgency TEXT] [--consulted DATE] [--confirmed DATE] [--valid-until DATE]\n"
    "           [--gas NUMBER|ID]\n"
    "       regie-cli measure event NUMBER|ID --type TYPE --date DATE [--months N] [--note TEXT]\n"
    "       regie-cli measure show NUMBER|ID\n"
    "       regie-cli measure list [--kind K] [--state S] [--person ID] [--premises ID] [--limit "
    "N]\n"
    "   (every form takes --json; DATE is YYYY-MM-DD)");

std::unique_ptr<MeasureService> makeService(CliEnv& env)
{
    AppContext* ctx = env.context();
    if (!ctx)
        return nullptr;
    Workspace& ws = ctx->workspace();
    return std::make_unique<MeasureService>(ws.db(), ws.writes(), ws.clock(), ctx->rules());
}

int printOutcome(CliEnv& env, const Result<MeasureOutcome>& outcome)
{
    if (!outcome.ok())
        return env.fail(outcome.error());
    for (const QString& warning : outcome->warnings)
        env.err << "warning: " << warning << Qt::endl;
    if (env.json)
        env.printJson(QJsonDocument(MeasureJson::outcome(*outcome)));
    else
        env.out << outcome->number << "  " << outcome->state << "  until "
                << outcome->endDate.toString(Qt::ISODate) << "  " << outcome->id << Qt::endl;
    return Exit::Ok;
}

Result<void> takeDates(QStringList& args, MeasureInput& in)
{
    const std::pair<const char*, QDate*> dates[] = {
        {"--decided", &in.decisionDate},       {"--start", &in.startDate},
        {"--hearing", &in.hearingDate},        {"--consulted", &in.consultationDate},
        {"--confirmed", &in.confirmationDate}, {"--valid-until", &in.validUntil}};
    for (const auto& [name, target] : dates) {
        auto date = takeDate(args, QLatin1String(name));
        if (!date.ok())
            return date.error();
        *target = *date;
    }
    auto months = takeNumber(args, QStringLiteral("--months"));
    if (!months.ok())
        return months.error();
    if (*months)
        in.months = int(**months);
    return {};
}

int add(CliEnv& env, QStringList args)
{
    MeasureInput in;
    in.kind = takeOption(args, QStringLiteral("--kind"));
    in.personId = takeOption(args, QStringLiteral("--person"));
    in.premisesId = takeOption(args, QStringLiteral("--premises"));
    in.perimeter = takeOption(args, QStringLiteral("--perimeter"));
    in.reason = takeOption(args, QStringLiteral("--reason"));
    in.orderText = takeOption(args, QStringLiteral("--order"));
    in.urgencyReason = takeOption(args, QStringLiteral("--urgency"));
    const QString gas = takeOption(args, QStringLiteral("--gas"));
    if (auto dates = takeDates(args, in); !dates.ok())
        return env.fail(dates.error());
    if (!args.isEmpty() || in.kind.isNull() || !in.decisionDate.isValid())
        return env.usage(kUsage);
    auto service = makeService(env);
    if (!service)
        return Exit::Refused;
    if (!gas.isNull()) {
        auto dossier = GasRepository(env.context()->workspace().db()).get(gas);
        if (!dossier.ok())
            return env.fail(dossier.error());
        in.gasDossierId = dossier->id;
    }
    return printOutcome(env, service->create(in));
}

int event(CliEnv& env, QStringList args)
{
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")))
        return env.usage(kUsage);
    const QString measure = args.takeFirst();
    MeasureEventInput in;
    in.type = takeOption(args, QStringLiteral("--type"));
    in.note = takeOption(args, QStringLiteral("--note"));
    auto date = takeDate(args, QStringLiteral("--date"));
    auto months = takeNumber(args, QStringLiteral("--months"));
    if (!date.ok())
        return env.fail(date.error());
    if (!months.ok())
        return env.fail(months.error());
    if (!args.isEmpty() || in.type.isNull() || !date->isValid())
        return env.usage(kUsage + QStringLiteral("\nevent types: ") +
                         MeasureService::eventTypes().join(QStringLiteral(", ")));
    in.date = *date;
    if (*months)
        in.months = int(**months);
    auto service = makeService(env);
    if (!service)
        return Exit::Refused;
    return printOutcome(env, service->record(measure, in));
}

int show(CliEnv& env, QStringList args)
{
    if (args.size() != 1)
        return env.usage(kUsage);
    auto service = makeService(env);
    if (!service)
        return Exit::Refused;
    auto view = service->view(args.first());
    if (!view.ok())
        return env.fail(view.error());
    if (env.json) {
        env.printJson(QJsonDocument(MeasureJson::view(*view)));
        return Exit::Ok;
    }
    const Measure& m = view->measure;
    env.out << m.number << "  " << m.kind << "  " << view->status << "  (" << m.ruleSet << ")\n"
            << "  decided " << m.decisionDate.toString(Qt::ISODate) << ", from "
            << m.startDate.toString(Qt::ISODate) << " to " << m.endDate.toString(Qt::ISODate)
            << ", renewals " << m.renewals << "\n";
    for (const MeasureEvent& e : view->events)
        env.out << "  " << e.date.toString(Qt::ISODate) << "  " << e.type << "\n";
    for (const auto& deadline : view->clock.deadlines)
        env.out << "  " << deadline.name << "  " << deadline.date.date.toString(Qt::ISODate)
                << "  (" << deadline.date.derivation << ")\n";
    if (!view->flags.isEmpty())
        env.out << "  flags: " << view->flags.join(QStringLiteral(", ")) << "\n";
    env.out.flush();
    return Exit::Ok;
}

int list(CliEnv& env, QStringList args)
{
    MeasureRepository::Filter f;
    f.kind = takeOption(args, QStringLiteral("--kind"));
    f.state = takeOption(args, QStringLiteral("--state"));
    f.personId = takeOption(args, QStringLiteral("--person"));
    f.premisesId = takeOption(args, QStringLiteral("--premises"));
    auto limit = takeNumber(args, QStringLiteral("--limit"));
    if (!limit.ok())
        return env.fail(limit.error());
    f.limit = int(limit->value_or(f.limit));
    if (!args.isEmpty() || f.limit < 1)
        return env.usage(kUsage);
    auto service = makeService(env);
    if (!service)
        return Exit::Refused;
    auto found = service->repository().find(f);
    if (!found.ok())
        return env.fail(found.error());
    QJsonArray array;
    for (const Measure& m : *found) {
        if (env.json)
            array.append(MeasureJson::measure(m));
        else
            env.out << m.number << "  " << m.kind.leftJustified(21) << m.state.leftJustified(9)
                    << m.startDate.toString(Qt::ISODate) << " .. "
                    << m.endDate.toString(Qt::ISODate) << "\n";
    }
    if (env.json)
        env.printJson(QJsonDocument(array));
    env.out.flush();
    return Exit::Ok;
}

} // namespace

int runMeasure(CliEnv& env, QStringList args)
{
    if (args.isEmpty())
        return env.usage(kUsage);
    const QString verb = args.takeFirst();
    if (verb == QLatin1String("new"))
        return add(env, args);
    if (verb == QLatin1String("event"))
        return event(env, args);
    if (verb == QLatin1String("show"))
        return show(env, args);
    if (verb == QLatin1String("list"))
        return list(env, args);
    return env.usage(kUsage);
}

REGIE_CLI_COMMAND(measure, "measure new|event|show|list",
                  "mayor's measures: place bans, closures, hearing orders", runMeasure)

} // namespace regie::cli
