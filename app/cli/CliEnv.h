#pragma once

#include "AppContext.h"

#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace regie::cli {

// Exit codes shared by every command (a contract for scripts).
enum Exit { Ok = 0, Refused = 1, Usage = 2 };

// What a command gets: the streams, the global options and the database, opened on demand.
class CliEnv
{
public:
    CliEnv(QTextStream& out, QTextStream& err, QTextStream& in)
        : out(out), err(err), in(in) {}

    QTextStream& out;
    QTextStream& err;
    QTextStream& in;
    QString databasePath;
    bool json = false;

    // Opens (creating when missing) the database; prints the reason and returns null on failure.
    AppContext* context();
    void setContextOptions(const AppContext::Options& options) { m_options = options; }

    // Prints an error as "regie-cli: <code>: <detail>" and returns the exit code for it.
    int fail(const Error& error);
    int usage(const QString& text);
    void printJson(const QJsonDocument& document);

private:
    AppContext::Options m_options;
    std::unique_ptr<AppContext> m_context;
};

// Takes "--name value" out of args; returns the value or a null string when absent.
QString takeOption(QStringList& args, const QString& name);
bool takeFlag(QStringList& args, const QString& name);

} // namespace regie::cli
