// regie-cli conflicts: concurrent edits kept by sync, each with both values, who and when;
// resolved by a person choosing one value or typing another.

#include "CliRegistry.h"
#include "SyncCommands.h"
#include "storage/Hlc.h"
#include "sync/ConflictStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace regie::cli {

namespace {

const QString kUsage = QStringLiteral(
    "conflicts list [--all] [--json] | conflicts resolve ID (--keep local|remote | --value TEXT)");

QJsonValue valueJson(const QVariant& v)
{
    return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v);
}

// "2026-11-28T10:00:00.000Z" from a stamp's physical part.
QString when(const QString& hlc)
{
    qint64 ms = 0;
    return Hlc::parse(hlc, &ms, nullptr, nullptr)
               ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)
               : hlc;
}

QJsonObject toJson(const SyncConflict& c)
{
    return {{"id", c.id},
            {"entity", c.entity},
            {"entityId", c.entityId},
            {"field", c.field},
            {"local", QJsonObject{{"value", valueJson(c.localValue)},
                                  {"installation", c.localInstallation},
                                  {"user", c.localUser},
                                  {"at", when(c.localHlc)},
                                  {"hlc", c.localHlc}}},
            {"remote", QJsonObject{{"value", valueJson(c.remoteValue)},
                                   {"installation", c.remoteInstallation},
                                   {"user", c.remoteUser},
                                   {"at", when(c.remoteHlc)},
                                   {"hlc", c.remoteHlc}}},
            {"current", valueJson(c.currentValue)},
            {"status", c.status},
            {"detectedAt", c.detectedAt},
            {"resolvedAt", c.resolvedAt.isEmpty() ? QJsonValue() : QJsonValue(c.resolvedAt)},
            {"resolvedBy", c.resolvedBy.isEmpty() ? QJsonValue() : QJsonValue(c.resolvedBy)}};
}

int conflictsList(CliEnv& env, QStringList args)
{
    const bool all = takeFlag(args, QStringLiteral("--all"));
    if (!args.isEmpty())
        return env.usage(kUsage);
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    auto list = ConflictStore(ctx->workspace().db(), ctx->workspace().writes()).list(!all);
    if (!list.ok())
        return env.fail(list.error());
    if (env.json) {
        QJsonArray array;
        for (const SyncConflict& c : list.value())
            array.append(toJson(c));
        env.printJson(QJsonDocument(array));
        return Exit::Ok;
    }
    if (list.value().isEmpty())
        env.out << (all ? "No conflicts.\n" : "No open conflicts.\n");
    for (const SyncConflict& c : list.value()) {
        env.out << "#" << c.id << "  " << c.entity << " " << c.entityId << "  field " << c.field
                << "  (" << c.status << ")\n"
                << "  local:  \"" << c.localValue.toString() << "\"  by " << c.localUser << " at "
                << when(c.localHlc) << "\n"
                << "  remote: \"" << c.remoteValue.toString() << "\"  by " << c.remoteUser << " at "
                << when(c.remoteHlc) << "\n"
                << "  now:    \"" << c.currentValue.toString() << "\"\n";
    }
    env.out.flush();
    return Exit::Ok;
}

int conflictsResolve(CliEnv& env, QStringList args)
{
    const QString keep = takeOption(args, QStringLiteral("--keep"));
    const QString value = takeOption(args, QStringLiteral("--value"));
    bool numeric = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&numeric) : 0;
    const bool keepOk = keep == QLatin1String("local") || keep == QLatin1String("remote");
    if (!numeric || (keep.isNull() == value.isNull()) || (!keep.isNull() && !keepOk))
        return env.usage(kUsage);
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    const ConflictStore::Keep choice =
        value.isNull() ? (keep == QLatin1String("local") ? ConflictStore::Keep::Local
                                                         : ConflictStore::Keep::Remote)
                       : ConflictStore::Keep::Value;
    auto resolved =
        ConflictStore(ctx->workspace().db(), ctx->workspace().writes())
            .resolve(id, choice, value, ctx->clock().now().toUTC().toString(Qt::ISODate));
    if (!resolved.ok())
        return env.fail(resolved.error());
    if (env.json) {
        env.printJson(QJsonDocument(toJson(resolved.value())));
        return Exit::Ok;
    }
    env.out << "Conflict #" << id << " resolved: " << resolved.value().field << " is now \""
            << resolved.value().currentValue.toString()
            << "\"; the choice travels with the next bundle\n";
    env.out.flush();
    return Exit::Ok;
}

} // namespace

int runConflicts(CliEnv& env, QStringList args)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("list"))
        return conflictsList(env, args);
    if (sub == QLatin1String("resolve"))
        return conflictsResolve(env, args);
    return env.usage(kUsage);
}

REGIE_CLI_COMMAND(conflicts, "conflicts list|resolve",
                  "concurrent edits from sync: both values, resolve by choosing", runConflicts)

} // namespace regie::cli
