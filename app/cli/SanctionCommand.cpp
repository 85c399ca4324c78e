// regie-cli sanction: the sanction procedure against a certificate holder (domain-rules.md §3).
#include "CliRegistry.h"
#include "GasCommand.h"
#include "certificates/CertificateService.h"
#include "sanctions/HolderSanctionService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace regie::cli {

namespace {

const QString kUsage = QStringLiteral(
    "sanction open (--premises ID | --finding ID) --date DATE --report PV\n"
    "       regie-cli sanction event NUMBER|ID --type TYPE --date DATE [--report PV]\n"
    "           [--decision suspension|withdrawal|temporary-closure|definitive-closure|"
    "no-sanction]\n"
    "           [--start DATE] [--end DATE] [--notified DATE] [--outcome TEXT] [--note TEXT]\n"
    "       regie-cli sanction show NUMBER|ID\n"
    "       regie-cli sanction list [--premises ID]\n"
    "       regie-cli sanction link-gas --finding ID --gas DOSSIER-ID\n"
    "   (every form takes --json; DATE is YYYY-MM-DD; types: finding, warning-letter,\n"
    "    hearing-invitation, hearing-held, decision, execution-control, appeal, appeal-outcome)");

QString iso(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(iso(date)) : QJsonValue();
}

QJsonObject toJson(const HolderSanction& d, const HolderSanctionState& state)
{
    QJsonArray events;
    for (const HolderSanctionEvent& e : d.events)
        events.append(QJsonObject{{"type", e.type},
                                  {"date", dateJson(e.date)},
                                  {"reportNumber", e.reportNumber},
                                  {"findingId", e.findingId},
                                  {"decision", e.decision},
                                  {"start", dateJson(e.start)},
                                  {"end", dateJson(e.end)},
                                  {"notifiedOn", dateJson(e.notifiedOn)},
                                  {"outcome", e.outcome},
                                  {"note", e.note}});
    return {{"id", d.id},
            {"number", d.number},
            {"premisesId", d.premisesId},
            {"certificateId", d.certificateId},
            {"openedOn", dateJson(d.openedOn)},
            {"phase", state.phase},
            {"appealDeadline", dateJson(state.appealDeadline)},
            {"appealDerivation", state.appealDerivation},
            {"events", events}};
}

struct Session
{
    std::unique_ptr<HolderSanctionService> service;
};

std::optional<Session> open(CliEnv& env)
{
    AppContext* ctx = env.context();
    if (!ctx)
        return std::nullopt;
    Workspace& ws = ctx->workspace();
    Session s;
    s.service = std::make_unique<HolderSanctionService>(ws.db(), ws.writes(), ws.clock(),
                                                        ctx->rules(),
                                                        ctx->certificates().certificates());
    return s;
}

int print(CliEnv& env, const HolderSanctionService& service, const Result<HolderSanction>& d,
          const QStringList& warnings = {})
{
    if (!d.ok())
        return env.fail(d.error());
    for (const QString& warning : warnings)
        env.err << "warning: " << warning << "\n";
    env.err.flush();
    const HolderSanctionState state = service.stateOf(d.value());
    if (env.json) {
        env.printJson(QJsonDocument(toJson(d.value(), state)));
        return Exit::Ok;
    }
    env.out << d->number << "  " << state.phase << "  premises " << d->premisesId << "\n";
    for (const HolderSanctionEvent& e : d->events) {
        env.out << "  " << iso(e.date) << "  " << e.type;
        if (!e.reportNumber.isEmpty())
            env.out << "  PV " << e.reportNumber;
        if (!e.decision.isEmpty())
            env.out << "  " << e.decision << " " << iso(e.start) << ".." << iso(e.end);
        if (!e.outcome.isEmpty())
            env.out << "  " << e.outcome;
        env.out << "\n";
    }
    if (state.appealDeadline.isValid())
        env.out << "  appeal to the Council of State until " << iso(state.appealDeadline) << "  ("
                << state.appealDerivation << ")\n";
    env.out.flush();
    return Exit::Ok;
}

int openDossier(CliEnv& env, QStringList args)
{
    const QString premises = takeOption(args, QStringLiteral("--premises"));
    const QString finding = takeOption(args, QStringLiteral("--finding"));
    const QString report = takeOption(args, QStringLiteral("--report"));
    auto date = takeDate(args, QStringLiteral("--date"));
    if (!date.ok())
        return env.fail(date.error());
    if (!args.isEmpty() || premises.isNull() == finding.isNull() || !date->isValid())
        return env.usage(kUsage);
    auto s = open(env);
    if (!s)
        return Exit::Refused;
    if (!finding.isNull())
        return print(env, *s->service, s->service->openFromFinding(finding, *date, report));
    HolderSanctionEvent first;
    first.type = QStringLiteral("finding");
    first.date = *date;
    first.reportNumber = report;
    return print(env, *s->service, s->service->open(premises, first));
}

int event(CliEnv& env, QStringList args)
{
    HolderSanctionEvent e;
    e.type = takeOption(args, QStringLiteral("--type"));
    e.reportNumber = takeOption(args, QStringLiteral("--report"));
    e.decision = takeOption(args, QStringLiteral("--decision"));
    e.outcome = takeOption(args, QStringLiteral("--outcome"));
    e.note = takeOption(args, QStringLiteral("--note"));
    for (auto [name, target] : {std::pair{"--date", &e.date}, std::pair{"--start", &e.start},
                                std::pair{"--end", &e.end}, std::pair{"--notified", &e.notifiedOn}}) {
        auto date = takeDate(args, QLatin1String(name));
        if (!date.ok())
            return env.fail(date.error());
        *target = *date;
    }
    if (args.size() != 1 || e.type.isNull())
        return env.usage(kUsage);
    auto s = open(env);
    if (!s)
        return Exit::Refused;
    QStringList warnings;
    return print(env, *s->service, s->service->record(args.first(), e, &warnings), warnings);
}

int show(CliEnv& env, QStringList args)
{
    if (args.size() != 1)
        return env.usage(kUsage);
    auto s = open(env);
    if (!s)
        return Exit::Refused;
    return print(env, *s->service, s->service->repository().find(args.first()));
}

int list(CliEnv& env, QStringList args)
{
    const QString premises = takeOption(args, QStringLiteral("--premises"));
    if (!args.isEmpty())
        return env.usage(kUsage);
    auto s = open(env);
    if (!s)
        return Exit::Refused;
    auto all = s->service->repository().list(premises.isNull() ? QString() : premises);
    if (!all.ok())
        return env.fail(all.error());
    QJsonArray array;
    for (const HolderSanction& d : all.value()) {
        const HolderSanctionState state = s->service->stateOf(d);
        if (env.json)
            array.append(toJson(d, state));
        else
            env.out << d.number << "  " << state.phase.leftJustified(11) << iso(d.openedOn)
                    << "  premises " << d.premisesId << "\n";
    }
    if (env.json)
        env.printJson(QJsonDocument(array));
    env.out.flush();
    return Exit::Ok;
}

int linkGas(CliEnv& env, QStringList args)
{
    const QString finding = takeOption(args, QStringLiteral("--finding"));
    const QString gas = takeOption(args, QStringLiteral("--gas"));
    if (!args.isEmpty() || finding.isNull() || gas.isNull())
        return env.usage(kUsage);
    auto s = open(env);
    if (!s)
        return Exit::Refused;
    auto linked = s->service->linkFindingToGas(finding, gas);
    if (!linked.ok())
        return env.fail(linked.error());
    env.out << "Finding " << finding << " linked to GAS dossier " << gas << "\n";
    env.out.flush();
    return Exit::Ok;
}

int runSanction(CliEnv& env, QStringList args)
{
    return runVerb(env, std::move(args), kUsage,
                   {{QStringLiteral("open"), openDossier},
                    {QStringLiteral("event"), event},
                    {QStringLiteral("show"), show},
                    {QStringLiteral("list"), list},
                    {QStringLiteral("link-gas"), linkGas}});
}

} // namespace

REGIE_CLI_COMMAND(sanction, "sanction open|event|show|list|link-gas",
                  "sanction procedures against a certificate holder", runSanction)

} // namespace regie::cli
