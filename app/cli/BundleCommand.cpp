// regie-cli bundle: export, inspect and import signed, encrypted sync bundles (.regiebundle).

#include "CliRegistry.h"
#include "Passphrase.h"
#include "SyncCommands.h"
#include "sync/BundleReader.h"
#include "sync/KeyStore.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "sync/SyncReceipt.h"
#include "sync/TrustStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace regie::cli {

namespace {

const QString kUsage = QStringLiteral(
    "bundle export --to NAME --out FILE [--since SEQ] [--scope premises,certificates,...] "
    "[--passphrase-file FILE] | bundle inspect FILE [--json] | bundle import FILE [--dry-run] "
    "[--receipt PATH] [--passphrase-file FILE] [--json]");

Result<security::InstallationKeys> unlock(CliEnv& env, AppContext& ctx, QStringList& args)
{
    auto passphrase = readPassphrase(env, args);
    if (!passphrase.ok())
        return passphrase.error();
    return KeyStore(ctx.workspace().db())
        .unlock(ctx.workspace().installation(), passphrase.value());
}

// A bundle or receipt that is damaged, forged or malformed is refused (exit 1), not a usage error.
int refuse(CliEnv& env, const Error& error)
{
    const int code = env.fail(error);
    return error.code == ErrorCode::Usage ? code : int(Exit::Refused);
}

QString peerName(AppContext& ctx, const QString& installationId)
{
    if (installationId == ctx.workspace().installation().id)
        return QStringLiteral("this installation (%1)")
            .arg(ctx.workspace().installation().shortCode);
    auto peer = TrustStore(ctx.workspace().db()).byInstallation(installationId);
    return peer.ok() ? peer.value().name : installationId;
}

int bundleExport(CliEnv& env, QStringList args)
{
    ExportOptions options;
    options.peerName = takeOption(args, QStringLiteral("--to"));
    options.outPath = takeOption(args, QStringLiteral("--out"));
    const QString since = takeOption(args, QStringLiteral("--since"));
    const QString scope = takeOption(args, QStringLiteral("--scope"));
    bool ok = true;
    if (!since.isNull())
        options.since = since.toLongLong(&ok);
    if (!scope.isNull())
        options.scope = scope.split(QLatin1Char(','), Qt::SkipEmptyParts);
    AppContext* ctx = nullptr;
    if (options.peerName.isEmpty() || options.outPath.isEmpty() || !ok || options.since < -1)
        return env.usage(kUsage);
    if (!(ctx = env.context()))
        return Exit::Refused;
    auto keys = unlock(env, *ctx, args);
    if (!keys.ok())
        return env.fail(keys.error());
    if (!args.isEmpty())
        return env.usage(kUsage);
    auto header = SyncExporter(ctx->workspace()).run(keys.value(), options);
    if (!header.ok())
        return env.fail(header.error());
    const BundleHeader& h = header.value();
    if (env.json) {
        env.printJson(QJsonDocument(QJsonObject{{"bundle", h.bundleId},
                                                {"peer", options.peerName},
                                                {"from", h.fromSeq},
                                                {"to", h.toSeq},
                                                {"changes", h.changes},
                                                {"file", options.outPath}}));
        return Exit::Ok;
    }
    env.out << "Wrote " << options.outPath << " for " << options.peerName << ": " << h.changes
            << " change(s), sequences " << h.fromSeq << "-" << h.toSeq
            << (h.scope.isEmpty() ? QString()
                                  : QStringLiteral(", scope ") + h.scope.join(QLatin1Char(',')))
            << "\n";
    env.out.flush();
    return Exit::Ok;
}

QJsonObject headerJson(AppContext& ctx, const BundleHeader& h)
{
    QJsonArray recipients;
    for (const BundleHeader::Recipient& r : h.recipients)
        recipients.append(QJsonObject{{"installation", r.installationId},
                                      {"name", peerName(ctx, r.installationId)}});
    return {
        {"bundle", h.bundleId},
        {"format", h.format},
        {"sender",
         QJsonObject{{"installation", h.senderId}, {"code", h.senderCode}, {"name", h.senderName}}},
        {"recipients", recipients},
        {"from", h.fromSeq},
        {"to", h.toSeq},
        {"changes", h.changes},
        {"schema", h.schemaVersion},
        {"created", h.createdAt.toUTC().toString(Qt::ISODate)},
        {"scope", QJsonArray::fromStringList(h.scope)}};
}

int bundleInspect(CliEnv& env, QStringList args)
{
    if (args.size() != 1)
        return env.usage(kUsage);
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    Database& db = ctx->workspace().db();
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        return refuse(env, makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(
                                                        args.first(), file.errorString())));
    BundleReader reader(file);
    auto key = reader.signerKey();
    if (!key.ok())
        return refuse(env, key.error());
    auto peer = TrustStore(db).bySignKey(key.value());
    if (!peer.ok())
        return refuse(env,
                      ruleError(ErrorCode::RuleViolation, QStringLiteral("unknown-signer"),
                                QStringLiteral("signed by key %1, which is not on the trust list; "
                                               "nothing else is read")
                                    .arg(QString::fromLatin1(key.value().toHex()))));
    if (auto verified = reader.verify(key.value()); !verified.ok())
        return refuse(env, verified.error());
    auto header = reader.header();
    if (!header.ok())
        return refuse(env, header.error());
    const BundleHeader& h = header.value();
    QJsonObject json = headerJson(*ctx, h);
    json.insert("signer", peer.value().name);
    json.insert("signerRevoked", peer.value().isRevoked());
    json.insert("signatureValid", true);
    if (env.json) {
        env.printJson(QJsonDocument(json));
        return Exit::Ok;
    }
    QStringList to;
    for (const BundleHeader::Recipient& r : h.recipients)
        to << peerName(*ctx, r.installationId);
    env.out << "Signed by:   " << peer.value().name << " (" << peer.value().fingerprint
            << "), signature valid" << (peer.value().isRevoked() ? ", KEY REVOKED" : "") << "\n"
            << "Bundle:      " << h.bundleId << " (format " << h.format << ")\n"
            << "Sender:      " << h.senderCode << " - " << h.senderName << "\n"
            << "Recipients:  " << to.join(QStringLiteral(", ")) << "\n"
            << "Sequences:   " << h.fromSeq << "-" << h.toSeq << " (" << h.changes << " changes)\n"
            << "Schema:      " << h.schemaVersion << "\n"
            << "Created:     " << h.createdAt.toUTC().toString(Qt::ISODate) << "\n"
            << "Scope:       "
            << (h.scope.isEmpty() ? QStringLiteral("everything")
                                  : h.scope.join(QStringLiteral(", ")))
            << "\n";
    env.out.flush();
    return Exit::Ok;
}

void printCounts(CliEnv& env, const QMap<QString, EntityCounts>& counts)
{
    env.out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                   .arg(QStringLiteral("entity"), -24)
                   .arg(QStringLiteral("new"), 7)
                   .arg(QStringLiteral("changed"), 8)
                   .arg(QStringLiteral("outdated"), 9)
                   .arg(QStringLiteral("conflicts"), 10)
                   .arg(QStringLiteral("known"), 7);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        env.out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                       .arg(it.key(), -24)
                       .arg(it->created, 7)
                       .arg(it->changed, 8)
                       .arg(it->outdated, 9)
                       .arg(it->conflicts, 10)
                       .arg(it->known, 7);
}

QJsonObject resultJson(const ImportResult& r)
{
    static const char* outcomes[] = {"applied", "waiting", "preview", "receipt"};
    QJsonObject counts;
    for (auto it = r.counts.cbegin(); it != r.counts.cend(); ++it)
        counts.insert(it.key(), QJsonObject{{"new", it->created},
                                            {"changed", it->changed},
                                            {"outdated", it->outdated},
                                            {"conflicts", it->conflicts},
                                            {"known", it->known}});
    return {{"outcome", QLatin1String(outcomes[int(r.outcome)])},
            {"bundle", r.header.bundleId},
            {"sender", r.senderName},
            {"from", r.header.fromSeq},
            {"to", r.header.toSeq},
            {"changes", r.header.changes},
            {"applied", r.applied},
            {"appliedSeq", r.appliedSeq},
            {"counts", counts},
            {"receipt", r.receiptPath.isEmpty() ? QJsonValue() : QJsonValue(r.receiptPath)},
            {"fromBacklog", QJsonArray::fromStringList(r.fromBacklog)}};
}

void printResult(CliEnv& env, const ImportResult& r)
{
    switch (r.outcome) {
    case ImportResult::Outcome::ReceiptRead:
        env.out << "Receipt from " << r.senderName << ": it has applied this installation's "
                << "changes up to sequence " << r.appliedSeq << "\n";
        break;
    case ImportResult::Outcome::Waiting:
        env.out << "Bundle " << r.header.bundleId << " from " << r.senderName
                << " waits in the backlog: it starts at sequence " << r.header.fromSeq
                << ", this installation has applied up to " << r.appliedSeq
                << ". It is applied when the bundle before it arrives.\n";
        break;
    case ImportResult::Outcome::Preview:
        env.out << "Preview of bundle " << r.header.bundleId << " from " << r.senderName
                << " (nothing changed):\n";
        printCounts(env, r.counts);
        break;
    case ImportResult::Outcome::Applied:
        env.out << "Applied bundle " << r.header.bundleId << " from " << r.senderName << ": "
                << r.applied << " change(s)\n";
        printCounts(env, r.counts);
        if (!r.fromBacklog.isEmpty())
            env.out << "Also applied from the backlog: " << r.fromBacklog.join(QStringLiteral(", "))
                    << "\n";
        break;
    }
    if (!r.receiptPath.isEmpty())
        env.out << "Receipt for the sender: " << r.receiptPath << "\n";
    if (!r.backlogProblem.isEmpty())
        env.err << "regie-cli: warning: a waiting bundle stays in the backlog: " << r.backlogProblem
                << "\n";
    if (!r.receiptProblem.isEmpty())
        env.err << "regie-cli: warning: no receipt written: " << r.receiptProblem << "\n";
    env.out.flush();
    env.err.flush();
}

int bundleImport(CliEnv& env, QStringList args)
{
    ImportOptions options;
    options.dryRun = takeFlag(args, QStringLiteral("--dry-run"));
    options.receiptPath = takeOption(args, QStringLiteral("--receipt"));
    const QString passphraseFile = takeOption(args, QStringLiteral("--passphrase-file"));
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return env.usage(kUsage);
    const QString path = args.takeFirst();
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return refuse(
            env, makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, probe.errorString())));
    const bool receipt = SyncReceipt::looksLikeReceipt(probe.peek(8));
    probe.close();
    SyncImporter importer(ctx->workspace());
    Result<ImportResult> result = makeError(ErrorCode::Usage, QString());
    if (receipt) {
        result = importer.runReceipt(path, options.dryRun); // needs no passphrase
    } else {
        QStringList passArgs;
        if (!passphraseFile.isNull())
            passArgs << QStringLiteral("--passphrase-file") << passphraseFile;
        auto keys = unlock(env, *ctx, passArgs);
        if (!keys.ok())
            return refuse(env, keys.error());
        result = importer.run(path, keys.value(), options);
    }
    if (!result.ok())
        return refuse(env, result.error());
    if (env.json)
        env.printJson(QJsonDocument(resultJson(result.value())));
    else
        printResult(env, result.value());
    return Exit::Ok;
}

} // namespace

int runBundle(CliEnv& env, QStringList args)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("export"))
        return bundleExport(env, args);
    if (sub == QLatin1String("inspect"))
        return bundleInspect(env, args);
    if (sub == QLatin1String("import"))
        return bundleImport(env, args);
    return env.usage(kUsage);
}

REGIE_CLI_COMMAND(bundle, "bundle export|inspect|import",
                  "signed, encrypted sync bundles between installations", runBundle)

} // namespace regie::cli
