#include "Passphrase.h"

#include <QFile>
#include <cstdio>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace regie::cli {

namespace {

std::optional<QByteArray> prompt(CliEnv& env, const char* question)
{
    env.err << question;
    env.err.flush();
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char buffer[1024];
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    env.err << "\n";
    env.err.flush();
    if (!read)
        return std::nullopt;
    QByteArray line(buffer);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

Result<QByteArray> readPassphrase(CliEnv& env, QStringList& args, bool confirm)
{
    const QString path = takeOption(args, QStringLiteral("--passphrase-file"));
    if (args.contains(QStringLiteral("--passphrase"))) {
        return makeError(ErrorCode::Usage, QStringLiteral("a passphrase is never taken from the "
                                                          "command line: use --passphrase-file"));
    }
    if (!path.isNull()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, file.errorString()));
        }
        QByteArray line = file.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            return makeError(ErrorCode::Validation,
                             QStringLiteral("%1 holds no passphrase").arg(path),
                             QStringLiteral("--passphrase-file"));
        }
        return line;
    }
    if (!isatty(STDIN_FILENO)) {
        return makeError(ErrorCode::Usage,
                         QStringLiteral("a passphrase is needed: "
                                        "--passphrase-file FILE, or run on a terminal"));
    }
    auto first = prompt(env, "Passphrase: ");
    if (!first)
        return makeError(ErrorCode::Usage, QStringLiteral("no passphrase typed"));
    if (confirm) {
        auto second = prompt(env, "Passphrase again: ");
        if (!second || *second != *first)
            return makeError(ErrorCode::Validation, QStringLiteral("the two passphrases differ"));
    }
    return *first;
}

} // namespace regie::cli
