// regie-cli digest: prints only the hex SHA-256 over all user data (sync/Digest.h), so two
// installations can compare what they hold.

#include "CliRegistry.h"
#include "SyncCommands.h"
#include "sync/Digest.h"

namespace regie::cli {

int runDigest(CliEnv& env, QStringList args)
{
    if (!args.isEmpty())
        return env.usage(QStringLiteral("digest"));
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    auto digest = Digest::compute(ctx->workspace().db());
    if (!digest.ok())
        return env.fail(digest.error());
    env.out << digest.value() << "\n";
    env.out.flush();
    return Exit::Ok;
}

REGIE_CLI_COMMAND(digest, "digest", "SHA-256 of all user data (compare two installations)",
                  runDigest)

} // namespace regie::cli
