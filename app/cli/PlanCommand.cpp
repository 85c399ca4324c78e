#include "CliRegistry.h"
#include "PlanCommand.h"

#include "actionplan/ActionPlanJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace regie::cli {

namespace {

const QString kUsage = QStringLiteral(
    "plan list [--json] | plan show CODE [--json] | plan export [--version V] [--out FILE]\n"
    "       regie-cli plan new-period --from VERSION --version V --title TEXT --start DATE "
    "--end DATE\n"
    "       regie-cli plan compare VERSION VERSION [--json]");

Result<PlanInfo> choosePlan(ActionPlanRepository& repo, const QString& version)
{
    if (version.isEmpty())
        return repo.currentPlan();
    auto plans = repo.plans();
    if (!plans.ok())
        return plans.error();
    for (const PlanInfo& p : plans.value()) {
        if (p.version == version)
            return p;
    }
    return makeError(ErrorCode::NotFound, QStringLiteral("no plan with version %1").arg(version),
                     QStringLiteral("--version"));
}

int list(CliEnv& env, ActionPlanRepository& repo)
{
    auto plans = repo.plans();
    if (!plans.ok())
        return env.fail(plans.error());
    QJsonArray array;
    for (const PlanInfo& p : plans.value()) {
        QJsonObject object = ActionPlanJson::plan(p);
        auto fiches = repo.fiches(p.id);
        object.insert(QStringLiteral("fiches"), fiches.ok() ? int(fiches->size()) : 0);
        array.append(object);
        if (!env.json)
            env.out << p.version << "  " << p.title << "  (" << object[u"fiches"].toInt()
                    << " fiches)\n";
    }
    if (env.json)
        env.printJson(QJsonDocument(array));
    env.out.flush();
    return Exit::Ok;
}

int show(CliEnv& env, ActionPlanRepository& repo, const QString& code, const QString& version)
{
    auto plan = choosePlan(repo, version);
    if (!plan.ok())
        return env.fail(plan.error());
    const QJsonObject all = ActionPlanJson::exportPlan(repo, plan.value());
    for (const QJsonValue& value : all[u"fiches"].toArray()) {
        const QJsonObject fiche = value.toObject();
        if (fiche[u"code"].toString() != code)
            continue;
        if (env.json) {
            env.printJson(QJsonDocument(fiche));
            return Exit::Ok;
        }
        env.out << "Fiche " << code << ": " << fiche[u"title"].toString() << "\n"
                << "Uitvoerder: " << fiche[u"executor"].toString() << "\n\n"
                << fiche[u"description"].toString() << "\n\nVoorziene acties:\n";
        for (const QJsonValue& a : fiche[u"plannedActions"].toArray())
            env.out << "  - " << a[u"text"].toString() << "\n";
        env.out << "Meetresultaten:\n";
        for (const QJsonValue& i : fiche[u"indicators"].toArray())
            env.out << "  - " << i[u"text"].toString() << "\n";
        env.out.flush();
        return Exit::Ok;
    }
    return env.fail(makeError(ErrorCode::NotFound, QStringLiteral("no fiche %1").arg(code),
                              QStringLiteral("CODE")));
}

int exportPlan(CliEnv& env, ActionPlanRepository& repo, const QString& version,
               const QString& outPath)
{
    auto plan = choosePlan(repo, version);
    if (!plan.ok())
        return env.fail(plan.error());
    const QJsonDocument doc(ActionPlanJson::exportPlan(repo, plan.value()));
    if (outPath.isEmpty()) {
        env.printJson(doc);
        return Exit::Ok;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(doc.toJson()) < 0 || !file.commit())
        return env.fail(makeError(ErrorCode::Io, file.errorString(), outPath));
    return Exit::Ok;
}

} // namespace

int runPlan(CliEnv& env, QStringList args)
{
    if (args.isEmpty())
        return env.usage(kUsage);
    const QString verb = args.takeFirst();
    if (verb == QLatin1String("new-period"))
        return runPlanNewPeriod(env, args, kUsage);
    if (verb == QLatin1String("compare"))
        return runPlanCompare(env, args, kUsage);
    const QString version = takeOption(args, QStringLiteral("--version"));
    const QString outPath = takeOption(args, QStringLiteral("--out"));
    if (!(verb == QLatin1String("list") && args.isEmpty()) &&
        !(verb == QLatin1String("show") && args.size() == 1) &&
        !(verb == QLatin1String("export") && args.isEmpty()))
        return env.usage(kUsage);
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    ActionPlanRepository& repo = ctx->planRepository();
    if (verb == QLatin1String("list"))
        return list(env, repo);
    if (verb == QLatin1String("show"))
        return show(env, repo, args.first(), version);
    return exportPlan(env, repo, version, outPath);
}

REGIE_CLI_COMMAND(plan, "plan list|show CODE|export|new-period|compare", "the action plan (export prints JSON)", runPlan)

} // namespace regie::cli
