#include "CliRegistry.h"
#include "WorkspaceCommands.h"

#include "demo/DemoData.h"
#include "demo/DemoFieldwork.h"
#include "demo/DemoMeetings.h"
#include "demo/DemoSteering.h"
#include "indicators/IndicatorServices.h"
#include "meetings/MeetingService.h"
#include "demo/DemoProcedures.h"
#include "rules/RuleBook.h"
#include "storage/InstallationStore.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>

namespace regie::cli {

namespace {

int countRows(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(table)) && q.next())
        return q.value(0).toInt();
    return -1;
}

} // namespace

int runInit(CliEnv& env, QStringList args)
{
    AppContext::Options options;
    const QString code = takeOption(args, QStringLiteral("--code"));
    const QString name = takeOption(args, QStringLiteral("--name"));
    options.seedActionPlan = !takeFlag(args, QStringLiteral("--no-seed"));
    if (!args.isEmpty())
        return env.usage(QStringLiteral("init [--code CODE] [--name NAME] [--no-seed]"));
    if (!code.isNull()) {
        if (!InstallationStore::isValidShortCode(code))
            return env.fail(makeError(ErrorCode::Validation,
                                      QStringLiteral("installation code must be 2 to 4 capital "
                                                     "letters or digits, starting with a letter"),
                                      QStringLiteral("--code")));
        options.shortCode = code;
    }
    options.displayName = name;
    env.setContextOptions(options);
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    const Installation& self = ctx->workspace().installation();
    if (ctx->workspace().wasCreated())
        env.out << "Created " << ctx->workspace().db().path() << " for installation "
                << self.shortCode << " (" << self.displayName << ")" << Qt::endl;
    else
        env.out << ctx->workspace().db().path() << " already exists (installation "
                << self.shortCode << "); nothing changed" << Qt::endl;
    return Exit::Ok;
}

int runInfo(CliEnv& env, QStringList args)
{
    if (!args.isEmpty())
        return env.usage(QStringLiteral("info [--json]"));
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    Database& db = ctx->workspace().db();
    const Installation& self = ctx->workspace().installation();
    QJsonObject counts;
    for (const char* table : {"persons", "premises", "windows", "organisations", "fiches"})
        counts.insert(QLatin1String(table), countRows(db, QLatin1String(table)));
    const QJsonObject info{{"database", QFileInfo(db.path()).absoluteFilePath()},
                           {"schemaVersion", db.schemaVersion()},
                           {"installation", QJsonObject{{"id", self.id},
                                                        {"code", self.shortCode},
                                                        {"name", self.displayName}}},
                           {"user", ctx->workspace().writes().actor().userName},
                           {"counts", counts}};
    if (env.json) {
        env.printJson(QJsonDocument(info));
        return Exit::Ok;
    }
    env.out << "Database:      " << info[u"database"].toString() << "\n"
            << "Schema:        " << db.schemaVersion() << "\n"
            << "Installation:  " << self.shortCode << " - " << self.displayName << " (" << self.id
            << ")\n"
            << "User:          " << info[u"user"].toString() << "\n";
    for (auto it = counts.begin(); it != counts.end(); ++it)
        env.out << QStringLiteral("%1 %2\n").arg(it.key() + QLatin1Char(':'), -14).arg(it.value().toInt());
    env.out.flush();
    return Exit::Ok;
}

int runDemo(CliEnv& env, QStringList args)
{
    const QString sizeText = takeOption(args, QStringLiteral("--size"));
    bool ok = false;
    const int size = sizeText.toInt(&ok);
    if (!args.isEmpty() || !ok || size < 1)
        return env.usage(QStringLiteral("demo --size N   (N >= 1)"));
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    Workspace& ws = ctx->workspace();
    auto counts = DemoData(ws.writes()).generate(size);
    if (!counts.ok())
        return env.fail(counts.error());
    // One GAS dossier per person, across every state of the procedure.
    auto dossiers = addDemoProcedures(ws.writes(), ws.db(), ws.clock(), ctx->rules(), size, size);
    if (!dossiers.ok())
        return env.fail(dossiers.error());
    // Holders, certificates, inspections, the window register, measures and holder sanctions.
    auto field = addDemoFieldwork(ws.db(), ws.writes(), ws.clock(), ctx->rules(),
                                  ctx->certificates(), counts->premises, counts->persons);
    if (!field.ok())
        return env.fail(field.error());
    // Meetings and two frozen half-year rounds for the indicators page and its report.
    auto indicators = IndicatorServices::create(ws);
    if (!indicators.ok())
        return env.fail(indicators.error());
    auto rounds = addDemoSteering(**indicators, ws.clock());
    if (!rounds.ok())
        return env.fail(rounds.error());
    // Attendees, agenda, minutes and action points (one overdue) of the core-group and owners'
    // meetings.
    MeetingService meetings(ws.db(), ws.writes(), ws.clock());
    if (auto details = addDemoMeetingDetails(meetings); !details.ok())
        return env.fail(details.error());
    if (env.json) {
        env.printJson(QJsonDocument(QJsonObject{{"persons", counts->persons},
                                                {"premises", counts->premises},
                                                {"windows", counts->windows},
                                                {"gasDossiers", dossiers.value()},
                                                {"certificates", field->certificates},
                                                {"inspections", field->inspections},
                                                {"measures", field->measures},
                                                {"holderSanctions", field->sanctions},
                                                {"frozenRounds", rounds.value()}}));
    } else {
        env.out << "Added " << counts->persons << " fictitious persons, " << counts->premises
                << " premises with " << counts->windows << " windows, " << dossiers.value()
                << " GAS dossiers, " << field->certificates << " certificate dossiers, "
                << field->inspections << " inspections, " << field->measures
                << " mayor's measures, " << field->sanctions << " holder sanctions, "
                << rounds.value() << " frozen reporting rounds" << Qt::endl;
    }
    return Exit::Ok;
}

REGIE_CLI_COMMAND(init, "init [--code CODE] [--name NAME] [--no-seed]", "create the database and this installation's identity", runInit)

REGIE_CLI_COMMAND(info, "info", "database, installation, user and counts", runInfo)

REGIE_CLI_COMMAND(demo, "demo --size N", "add a deterministic fictitious data set", runDemo)

} // namespace regie::cli
