// regie-cli conflicts: concurrent edits kept by sync, each with both values, who and when;
// resolved by a person choosing one value or typing another. A "deletion" conflict is an edit
// that the installation which deleted the record had not seen: keep the edit (the record is
// restored with that value) or confirm the deletion.

#include "CliRegistry.h"
#include "SyncCommands.h"
#include "storage/Hlc.h"
#include "sync/ConflictStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace regie::cli {

namespace {

const QString kUsage =
    QStringLiteral("conflicts list [--all] [--json] | conflicts resolve ID (--keep "
                   "local|remote|edit|deletion | --value TEXT)");

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
            {"kind", c.kind},
            {"deletion", c.isDeletion() ? QJsonValue(c.deletionSide) : QJsonValue()},
            {"entity", c.entity},
            {"entityId", c.entityId},
            {"record", c.recordLabel.isEmpty() ? QJsonValue() : QJsonValue(c.recordLabel)},
            {"recordDeleted", c.recordDeleted},
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

QString side(const SyncConflict& c, bool local)
{
    const QString& user = local ? c.localUser : c.remoteUser;
    const QString& hlc = local ? c.localHlc : c.remoteHlc;
    const bool deletion =
        c.isDeletion() && c.deletionSide == QLatin1String(local ? "local" : "remote");
    const QString what =
        deletion ? QStringLiteral("deleted the record")
                 : QStringLiteral("\"%1\"").arg((local ? c.localValue : c.remoteValue).toString());
    return QStringLiteral("%1  by %2 at %3").arg(what, user, when(hlc));
}

void printConflict(QTextStream& out, const SyncConflict& c)
{
    const QString record = c.recordLabel.isEmpty()
                               ? c.entityId
                               : QStringLiteral("%1 (%2)").arg(c.recordLabel, c.entityId);
    out << "#" << c.id << "  " << c.entity << " " << record << "  field " << c.field << "  ("
        << c.status << (c.isDeletion() ? ", edit against a deletion" : "") << ")\n"
        << "  local:  " << side(c, true) << "\n"
        << "  remote: " << side(c, false) << "\n";
    if (c.isDeletion())
        out << "  now:    " << (c.recordDeleted ? "deleted" : "present") << ", " << c.field << " \""
            << c.currentValue.toString() << "\"\n";
    else
        out << "  now:    \"" << c.currentValue.toString() << "\"\n";
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
    for (const SyncConflict& c : list.value())
        printConflict(env.out, c);
    env.out.flush();
    return Exit::Ok;
}

int conflictsResolve(CliEnv& env, QStringList args)
{
    const QString keep = takeOption(args, QStringLiteral("--keep"));
    const QString value = takeOption(args, QStringLiteral("--value"));
    bool numeric = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&numeric) : 0;
    static const QStringList keeps{QStringLiteral("local"), QStringLiteral("remote"),
                                   QStringLiteral("edit"), QStringLiteral("deletion")};
    const bool keepOk = keeps.contains(keep);
    if (!numeric || (keep.isNull() == value.isNull()) || (!keep.isNull() && !keepOk))
        return env.usage(kUsage);
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    static const ConflictStore::Keep byWord[] = {
        ConflictStore::Keep::Local, ConflictStore::Keep::Remote, ConflictStore::Keep::Edit,
        ConflictStore::Keep::Deletion};
    const ConflictStore::Keep choice =
        value.isNull() ? byWord[keeps.indexOf(keep)] : ConflictStore::Keep::Value;
    auto resolved =
        ConflictStore(ctx->workspace().db(), ctx->workspace().writes())
            .resolve(id, choice, value, ctx->clock().now().toUTC().toString(Qt::ISODate));
    if (!resolved.ok())
        return env.fail(resolved.error());
    if (env.json) {
        env.printJson(QJsonDocument(toJson(resolved.value())));
        return Exit::Ok;
    }
    const SyncConflict& done = resolved.value();
    if (done.isDeletion() && done.recordDeleted)
        env.out
            << "Conflict #" << id
            << " resolved: the deletion is confirmed; the choice travels with the next bundle\n";
    else
        env.out << "Conflict #" << id << " resolved: " << (done.isDeletion() ? "restored, " : "")
                << done.field << " is now \"" << done.currentValue.toString()
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
