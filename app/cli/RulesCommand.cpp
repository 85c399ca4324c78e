// regie-cli rules: the rule sets stored in the database, read-only except for adding a newer set.
#include "CliRegistry.h"
#include "procedures/GasRuleRefresh.h"
#include "rules/RuleStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace regie::cli {

namespace {

const QString kUsage = QStringLiteral(
    "rules list\n"
    "       regie-cli rules show NAME\n"
    "       regie-cli rules add FILE.json   (one rule set; it must start after the newest set\n"
    "                                        of its procedure; GAS dossiers it governs are\n"
    "                                        recomputed)\n"
    "   (every form takes --json)");

std::unique_ptr<RuleStore> openStore(CliEnv& env)
{
    AppContext* ctx = env.context();
    if (!ctx)
        return nullptr;
    Workspace& ws = ctx->workspace();
    return std::make_unique<RuleStore>(ws.db(), ws.writes(), ws.clock());
}

QJsonObject summary(const RuleStore::Stored& s)
{
    return {{"id", s.id},
            {"name", s.set.name},
            {"procedure", procedureKindName(s.set.procedure)},
            {"validFrom", s.set.validFrom.toString(Qt::ISODate)},
            {"origin", s.origin}};
}

int list(CliEnv& env, QStringList args)
{
    if (!args.isEmpty())
        return env.usage(kUsage);
    auto store = openStore(env);
    if (!store)
        return Exit::Refused;
    auto sets = store->list();
    if (!sets.ok())
        return env.fail(sets.error());
    QJsonArray array;
    for (const RuleStore::Stored& s : sets.value()) {
        if (env.json)
            array.append(summary(s));
        else
            env.out << procedureKindName(s.set.procedure).leftJustified(22)
                    << s.set.validFrom.toString(Qt::ISODate) << "  " << s.set.name
                    << (s.origin == QLatin1String("added") ? "  (added)" : "") << "\n";
    }
    if (env.json)
        env.printJson(QJsonDocument(array));
    env.out.flush();
    return Exit::Ok;
}

int show(CliEnv& env, QStringList args)
{
    if (args.size() != 1)
        return env.usage(kUsage);
    auto store = openStore(env);
    if (!store)
        return Exit::Refused;
    auto sets = store->list();
    if (!sets.ok())
        return env.fail(sets.error());
    for (const RuleStore::Stored& s : sets.value()) {
        if (s.set.name != args.first())
            continue;
        if (env.json) {
            QJsonObject object = summary(s);
            object.insert(QStringLiteral("rules"), s.set.toJson().value(QLatin1String("rules")));
            env.printJson(QJsonDocument(object));
            return Exit::Ok;
        }
        env.out << s.set.name << "  " << procedureKindName(s.set.procedure) << ", valid from "
                << s.set.validFrom.toString(Qt::ISODate) << "\n";
        const QJsonObject rules = s.set.toJson().value(QLatin1String("rules")).toObject();
        for (auto it = rules.begin(); it != rules.end(); ++it) {
            const QJsonObject rule = it.value().toObject();
            env.out << "  " << it.key().leftJustified(30) << " "
                    << rule.value(QLatin1String("value")).toVariant().toString() << " "
                    << rule.value(QLatin1String("unit")).toString() << "\n      "
                    << rule.value(QLatin1String("basis")).toString() << "\n";
        }
        env.out.flush();
        return Exit::Ok;
    }
    return env.fail(makeError(ErrorCode::NotFound,
                              QStringLiteral("no rule set named %1").arg(args.first())));
}

int add(CliEnv& env, QStringList args)
{
    if (args.size() != 1)
        return env.usage(kUsage);
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        return env.fail(makeError(ErrorCode::Io, QStringLiteral("%1: %2")
                                                     .arg(args.first(), file.errorString())));
    auto store = openStore(env);
    if (!store)
        return Exit::Refused;
    auto added = store->add(file.readAll());
    if (!added.ok())
        return env.fail(added.error());
    auto book = store->book();
    if (!book.ok())
        return env.fail(book.error());
    Workspace& ws = env.context()->workspace();
    auto refreshed = GasRuleRefresh::run(ws.db(), ws.writes(), *book);
    if (!refreshed.ok())
        return env.fail(refreshed.error());
    if (env.json) {
        QJsonObject object = summary(*added);
        object.insert(QStringLiteral("dossiersRecomputed"), refreshed->changed);
        env.printJson(QJsonDocument(object));
    } else {
        env.out << "Added " << added->set.name << ", valid from "
                << added->set.validFrom.toString(Qt::ISODate) << "; " << refreshed->changed
                << " GAS dossier(s) recomputed.\n";
    }
    env.out.flush();
    return Exit::Ok;
}

int runRules(CliEnv& env, QStringList args)
{
    return runVerb(env, std::move(args), kUsage,
                   {{QStringLiteral("list"), list},
                    {QStringLiteral("show"), show},
                    {QStringLiteral("add"), add}});
}

} // namespace

REGIE_CLI_COMMAND(rules, "rules list|show|add", "the legal rule sets in force", runRules)

} // namespace regie::cli
