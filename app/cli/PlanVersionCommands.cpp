// regie-cli plan new-period and plan compare: plan periods (issue 5 §7).
#include "GasCommand.h"
#include "PlanCommand.h"

#include "actionplan/PlanVersions.h"

#include <QJsonArray>
#include <QJsonObject>

namespace regie::cli {

namespace {

Result<PlanInfo> planByVersion(ActionPlanRepository& repo, const QString& version)
{
    auto plans = repo.plans();
    if (!plans.ok())
        return plans.error();
    for (const PlanInfo& p : plans.value()) {
        if (p.version == version)
            return p;
    }
    return makeError(ErrorCode::NotFound, QStringLiteral("no plan with version %1").arg(version),
                     QStringLiteral("version"));
}

} // namespace

int runPlanNewPeriod(CliEnv& env, QStringList args, const QString& usage)
{
    const QString from = takeOption(args, QStringLiteral("--from"));
    PlanVersions::NewPeriod period;
    period.version = takeOption(args, QStringLiteral("--version"));
    period.title = takeOption(args, QStringLiteral("--title"));
    auto start = takeDate(args, QStringLiteral("--start"));
    auto end = takeDate(args, QStringLiteral("--end"));
    if (!start.ok())
        return env.fail(start.error());
    if (!end.ok())
        return env.fail(end.error());
    if (!args.isEmpty() || from.isNull() || period.version.isNull() || period.title.isNull() ||
        !start->isValid() || !end->isValid())
        return env.usage(usage);
    period.periodStart = *start;
    period.periodEnd = *end;
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    auto source = planByVersion(ctx->planRepository(), from);
    if (!source.ok())
        return env.fail(source.error());
    Workspace& ws = ctx->workspace();
    auto id = PlanVersions(ws.db(), ws.writes()).startNewPeriod(source->id, period);
    if (!id.ok())
        return env.fail(id.error());
    if (env.json)
        env.printJson(QJsonDocument(QJsonObject{{"id", id.value()}, {"version", period.version}}));
    else
        env.out << "Plan " << period.version << " started from " << from << " (" << id.value()
                << ")\n";
    env.out.flush();
    return Exit::Ok;
}

int runPlanCompare(CliEnv& env, QStringList args, const QString& usage)
{
    if (args.size() != 2)
        return env.usage(usage);
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    auto from = planByVersion(ctx->planRepository(), args.at(0));
    if (!from.ok())
        return env.fail(from.error());
    auto to = planByVersion(ctx->planRepository(), args.at(1));
    if (!to.ok())
        return env.fail(to.error());
    Workspace& ws = ctx->workspace();
    auto differences = PlanVersions(ws.db(), ws.writes()).compare(from->id, to->id);
    if (!differences.ok())
        return env.fail(differences.error());
    QJsonArray array;
    for (const PlanVersions::FicheDifference& d : differences.value()) {
        if (env.json)
            array.append(QJsonObject{{"fiche", d.code},
                                     {"change", d.change},
                                     {"aspects", QJsonArray::fromStringList(d.aspects)}});
        else
            env.out << d.code.leftJustified(6) << d.change.leftJustified(9)
                    << d.aspects.join(QStringLiteral(", ")) << "\n";
    }
    if (env.json)
        env.printJson(QJsonDocument(array));
    else if (differences->isEmpty())
        env.out << "No differences between " << args.at(0) << " and " << args.at(1) << ".\n";
    env.out.flush();
    return Exit::Ok;
}

} // namespace regie::cli
