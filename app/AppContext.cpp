#include "AppContext.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>

namespace regie {

namespace {
SystemClock& sharedSystemClock()
{
    static SystemClock clock;
    return clock;
}
} // namespace

AppContext::AppContext(std::unique_ptr<Workspace> ws)
    : m_ws(std::move(ws)), m_planRepo(m_ws->db()), m_planService(m_ws->writes()),
      m_people(m_ws->db(), m_ws->writes())
{
}

AppContext::~AppContext() = default;

Result<std::unique_ptr<AppContext>> AppContext::open(const Options& options)
{
    const QString path = options.databasePath.isEmpty() ? defaultDatabasePath()
                                                        : options.databasePath;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::Io, info.absolutePath());
    Workspace::Options ws;
    ws.path = path;
    ws.lock = options.lock;
    ws.userName = currentUserName();
    ws.shortCode = options.shortCode;
    ws.displayName = options.displayName.isEmpty() ? QSysInfo::machineHostName()
                                                   : options.displayName;
    ws.seedActionPlan = options.seedActionPlan;
    auto opened = Workspace::open(ws, sharedSystemClock());
    if (!opened.ok())
        return opened.error();
    return std::unique_ptr<AppContext>(new AppContext(std::move(opened).value()));
}

QString AppContext::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/regie.db");
}

QString AppContext::currentUserName()
{
    for (const char* name : {"REGIE_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

} // namespace regie
