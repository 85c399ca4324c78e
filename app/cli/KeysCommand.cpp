// regie-cli keys: this installation's key pairs and the trust list of its peers.

#include "CliRegistry.h"
#include "Passphrase.h"
#include "SyncCommands.h"
#include "security/PublicKeyFile.h"
#include "sync/KeyStore.h"
#include "sync/TrustStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace regie::cli {

namespace {

const QString kUsage =
    QStringLiteral("keys init [--passphrase-file FILE] | keys export-public --out FILE | "
                   "keys trust FILE --name NAME | keys revoke NAME | keys list [--json]");

QJsonValue timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

int keysInit(CliEnv& env, QStringList args)
{
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    auto passphrase = readPassphrase(env, args, true);
    if (!passphrase.ok())
        return env.fail(passphrase.error());
    if (!args.isEmpty())
        return env.usage(kUsage);
    auto made = KeyStore(ctx->workspace().db())
                    .create(ctx->workspace().installation(), passphrase.value(), ctx->clock());
    if (!made.ok())
        return env.fail(made.error());
    env.out << "Keys made for installation " << made.value().shortCode << " ("
            << made.value().displayName << ")\nFingerprint: " << made.value().fingerprint() << "\n";
    env.out.flush();
    return Exit::Ok;
}

int keysExport(CliEnv& env, QStringList args)
{
    const QString out = takeOption(args, QStringLiteral("--out"));
    if (out.isEmpty() || !args.isEmpty())
        return env.usage(kUsage);
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    auto identity = KeyStore(ctx->workspace().db()).publicIdentity(ctx->workspace().installation());
    if (!identity.ok())
        return env.fail(identity.error());
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(security::PublicKeyFile::format(identity.value())) < 0 || !file.commit())
        return env.fail(
            makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(out, file.errorString())));
    env.out << "Public key written to " << out
            << "\nFingerprint: " << identity.value().fingerprint() << "\n";
    env.out.flush();
    return Exit::Ok;
}

int keysTrust(CliEnv& env, QStringList args)
{
    const QString name = takeOption(args, QStringLiteral("--name"));
    if (name.isEmpty() || args.size() != 1)
        return env.usage(kUsage);
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        return env.fail(makeError(ErrorCode::Io,
                                  QStringLiteral("%1: %2").arg(args.first(), file.errorString())));
    auto identity = security::PublicKeyFile::parse(file.read(8192));
    if (!identity.ok())
        return env.fail(identity.error());
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    auto peer =
        TrustStore(ctx->workspace().db())
            .trust(identity.value(), name, ctx->workspace().installation().id, ctx->clock());
    if (!peer.ok())
        return env.fail(peer.error());
    env.out << "Trusted " << name << ": installation " << identity.value().shortCode << " ("
            << identity.value().displayName << ")\nFingerprint: " << peer.value().fingerprint
            << "\nCompare this fingerprint with the other installation by phone; if it differs, "
               "revoke the key at once.\n";
    env.out.flush();
    return Exit::Ok;
}

int keysRevoke(CliEnv& env, QStringList args)
{
    if (args.size() != 1)
        return env.usage(kUsage);
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    auto peer = TrustStore(ctx->workspace().db()).revoke(args.first(), ctx->clock());
    if (!peer.ok())
        return env.fail(peer.error());
    env.out << "Revoked " << peer.value().name << " on "
            << peer.value().revokedAt.toString(Qt::ISODate)
            << ": its bundles are refused from now on\n";
    env.out.flush();
    return Exit::Ok;
}

int keysList(CliEnv& env, QStringList args)
{
    if (!args.isEmpty())
        return env.usage(kUsage);
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    auto self = KeyStore(ctx->workspace().db()).publicIdentity(ctx->workspace().installation());
    auto peers = TrustStore(ctx->workspace().db()).list();
    if (!peers.ok())
        return env.fail(peers.error());
    if (env.json) {
        QJsonArray list;
        for (const Peer& p : peers.value())
            list.append(QJsonObject{{"name", p.name},
                                    {"installation", p.identity.installationId},
                                    {"code", p.identity.shortCode},
                                    {"displayName", p.identity.displayName},
                                    {"fingerprint", p.fingerprint},
                                    {"trustedAt", timeOrNull(p.trustedAt)},
                                    {"revoked", p.isRevoked()},
                                    {"revokedAt", timeOrNull(p.revokedAt)},
                                    {"appliedSeq", p.appliedSeq},
                                    {"ackedSeq", p.ackedSeq}});
        const QJsonValue selfJson =
            self.ok() ? QJsonValue(QJsonObject{{"installation", self.value().installationId},
                                               {"code", self.value().shortCode},
                                               {"name", self.value().displayName},
                                               {"fingerprint", self.value().fingerprint()}})
                      : QJsonValue();
        env.printJson(QJsonDocument(QJsonObject{{"self", selfJson}, {"peers", list}}));
        return Exit::Ok;
    }
    env.out << "This installation: "
            << (self.ok() ? self.value().fingerprint() : QStringLiteral("no keys (keys init)"))
            << "\n";
    for (const Peer& p : peers.value())
        env.out << p.name << "  " << p.identity.shortCode << "  " << p.fingerprint << "  "
                << (p.isRevoked()
                        ? QStringLiteral("revoked %1").arg(p.revokedAt.toString(Qt::ISODate))
                        : QStringLiteral("trusted"))
                << "\n";
    env.out.flush();
    return Exit::Ok;
}

} // namespace

int runKeys(CliEnv& env, QStringList args)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("init"))
        return keysInit(env, args);
    if (sub == QLatin1String("export-public"))
        return keysExport(env, args);
    if (sub == QLatin1String("trust"))
        return keysTrust(env, args);
    if (sub == QLatin1String("revoke"))
        return keysRevoke(env, args);
    if (sub == QLatin1String("list"))
        return keysList(env, args);
    return env.usage(kUsage);
}

REGIE_CLI_COMMAND(keys, "keys init|export-public|trust|revoke|list",
                  "this installation's keys and the trust list of its peers", runKeys)

} // namespace regie::cli
