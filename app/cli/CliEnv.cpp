#include "CliEnv.h"

namespace regie::cli {

AppContext* CliEnv::context()
{
    if (m_context)
        return m_context.get();
    AppContext::Options options = m_options;
    options.databasePath = databasePath;
    auto opened = AppContext::open(options);
    if (!opened.ok()) {
        fail(opened.error());
        return nullptr;
    }
    m_context = std::move(opened).value();
    return m_context.get();
}

int CliEnv::fail(const Error& error)
{
    err << "regie-cli: " << errorCodeName(error.code);
    if (!error.field.isEmpty())
        err << " (" << error.field << ")";
    err << ": " << error.detail << Qt::endl;
    return error.code == ErrorCode::Usage || error.code == ErrorCode::Format ? Exit::Usage
                                                                             : Exit::Refused;
}

int CliEnv::usage(const QString& text)
{
    err << "usage: regie-cli [--db PATH] " << text << Qt::endl;
    return Exit::Usage;
}

void CliEnv::printJson(const QJsonDocument& document)
{
    out << document.toJson(QJsonDocument::Indented);
    out.flush();
}

QString takeOption(QStringList& args, const QString& name)
{
    const int at = args.indexOf(name);
    if (at < 0 || at + 1 >= args.size())
        return {};
    const QString value = args.at(at + 1);
    args.remove(at, 2);
    return value;
}

bool takeFlag(QStringList& args, const QString& name)
{
    return args.removeAll(name) > 0;
}

} // namespace regie::cli
