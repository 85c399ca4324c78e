#include "AppContext.h"

#include "letters/LetterService.h"
#include "sanctions/HolderSanctionService.h"
#include "rules/RuleStore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace regie {

namespace {
SystemClock& sharedSystemClock()
{
    static SystemClock clock;
    return clock;
}
// The templates are embedded resources; `regie-cli letter templates` reports a broken index.
LetterCatalogue embeddedLetterTemplates()
{
    auto catalogue = LetterCatalogue::load();
    return catalogue.ok() ? std::move(catalogue).value() : LetterCatalogue();
}
} // namespace

AppContext::AppContext(std::unique_ptr<Workspace> ws, RuleBook rules,
                       std::unique_ptr<CertificateServices> certificates)
    : m_ws(std::move(ws)), m_planRepo(m_ws->db()), m_planService(m_ws->writes()),
      m_people(m_ws->db(), m_ws->writes()), m_rules(std::move(rules)),
      m_gas(std::make_unique<GasService>(m_ws->db(), m_ws->writes(), m_ws->clock(), m_rules)),
      m_measures(
          std::make_unique<MeasureService>(m_ws->db(), m_ws->writes(), m_ws->clock(), m_rules)),
      m_certificates(std::move(certificates)),
      m_letters(std::make_unique<LetterService>(
          m_ws->db(), m_ws->writes(), m_ws->clock(), *m_gas, *m_measures,
          embeddedLetterTemplates())),
      m_holderSanctions(std::make_unique<HolderSanctionService>(
          m_ws->db(), m_ws->writes(), m_ws->clock(), m_rules, m_certificates->certificates()))
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
    std::unique_ptr<Workspace> workspace = std::move(opened).value();
    // The rule sets in force come from the database; the embedded defaults are stored on first
    // start (and on a database made before rule sets were stored).
    RuleStore store(workspace->db(), workspace->writes(), workspace->clock());
    if (auto seeded = store.seedDefaults(); !seeded.ok())
        return seeded.error();
    auto rules = store.book();
    if (!rules.ok())
        return rules.error();
    auto certificates = CertificateServices::create(*workspace);
    if (!certificates.ok())
        return certificates.error();
    return std::unique_ptr<AppContext>(new AppContext(
        std::move(workspace), std::move(rules).value(), std::move(certificates).value()));
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
#ifdef Q_OS_UNIX
    // Started without a login environment (a service, `env -i`): the account itself.
    if (const passwd* account = getpwuid(geteuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return QStringLiteral("unknown");
}

} // namespace regie
