#include "GasCommand.h"

#include "CliRegistry.h"
#include "procedures/GasJson.h"
#include "procedures/GasService.h"
#include "procedures/GasState.h"
#include "procedures/GasTransitions.h"
#include "rules/RuleBook.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <memory>

namespace regie::cli {

namespace {

const QString kUsage = QStringLiteral(
    "gas new --person ID --facts YYYY-MM-DD --offence CODE --report TEXT --received YYYY-MM-DD\n"
    "           [--report-kind police|administrative] [--fine EUR] [--place TEXT] [--notes TEXT]\n"
    "       regie-cli gas event NUMBER|ID --type TYPE --date YYYY-MM-DD [--amount EUR]\n"
    "           [--court TEXT] [--outcome TEXT] [--reference TEXT] [--note TEXT]\n"
    "       regie-cli gas show NUMBER|ID\n"
    "       regie-cli gas list [--state S[,S]] [--person ID] [--offence CODE] [--from DATE]\n"
    "           [--to DATE] [--search TEXT] [--limit N] [--offset N]\n"
    "       regie-cli gas offences\n"
    "   (every form takes --json)");

std::unique_ptr<GasService> makeService(CliEnv& env)
{
    AppContext* ctx = env.context();
    if (!ctx)
        return nullptr;
    Workspace& ws = ctx->workspace();
    return std::make_unique<GasService>(ws.db(), ws.writes(), ws.clock(), ctx->rules());
}

void printWarnings(CliEnv& env, const QStringList& warnings)
{
    for (const QString& warning : warnings)
        env.err << "warning: " << warning << Qt::endl;
}

int printOutcome(CliEnv& env, const Result<GasOutcome>& outcome)
{
    if (!outcome.ok())
        return env.fail(outcome.error());
    printWarnings(env, outcome->warnings);
    if (env.json)
        env.printJson(QJsonDocument(GasJson::outcome(*outcome)));
    else
        env.out << outcome->number << "  " << outcome->state << "  " << outcome->id << Qt::endl;
    return Exit::Ok;
}

int add(CliEnv& env, QStringList args)
{
    GasIntake in;
    in.personId = takeOption(args, QStringLiteral("--person"));
    in.offenceCode = takeOption(args, QStringLiteral("--offence"));
    in.reportNumber = takeOption(args, QStringLiteral("--report"));
    const QString kind = takeOption(args, QStringLiteral("--report-kind"));
    in.place = takeOption(args, QStringLiteral("--place"));
    in.notes = takeOption(args, QStringLiteral("--notes"));
    auto facts = takeDate(args, QStringLiteral("--facts"));
    auto received = takeDate(args, QStringLiteral("--received"));
    auto fine = takeNumber(args, QStringLiteral("--fine"));
    for (const auto* r : {&facts, &received}) {
        if (!r->ok())
            return env.fail(r->error());
    }
    if (!fine.ok())
        return env.fail(fine.error());
    if (!args.isEmpty() || in.personId.isNull() || in.offenceCode.isNull() ||
        in.reportNumber.isNull() || !facts->isValid() || !received->isValid())
        return env.usage(kUsage);
    in.factsDate = *facts;
    in.receivedDate = *received;
    in.intendedFine = *fine;
    if (!kind.isNull())
        in.reportKind = kind;
    auto service = makeService(env);
    if (!service)
        return Exit::Refused;
    return printOutcome(env, service->intake(in));
}

int event(CliEnv& env, QStringList args)
{
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")))
        return env.usage(kUsage);
    const QString dossier = args.takeFirst();
    GasEventInput in;
    in.type = takeOption(args, QStringLiteral("--type"));
    in.court = takeOption(args, QStringLiteral("--court"));
    in.outcome = takeOption(args, QStringLiteral("--outcome"));
    in.reference = takeOption(args, QStringLiteral("--reference"));
    in.note = takeOption(args, QStringLiteral("--note"));
    auto date = takeDate(args, QStringLiteral("--date"));
    auto amount = takeNumber(args, QStringLiteral("--amount"));
    if (!date.ok())
        return env.fail(date.error());
    if (!amount.ok())
        return env.fail(amount.error());
    if (!args.isEmpty() || in.type.isNull() || !date->isValid())
        return env.usage(kUsage + QStringLiteral("\nevent types: ") +
                         GasTransitions::eventTypes().join(QStringLiteral(", ")));
    in.date = *date;
    in.amount = *amount;
    auto service = makeService(env);
    if (!service)
        return Exit::Refused;
    return printOutcome(env, service->record(dossier, in));
}

void printView(CliEnv& env, const GasDossierView& v)
{
    const GasDossier& d = v.dossier;
    env.out << d.number << "  " << d.state << "  (" << d.ruleSet << ")\n"
            << "  offender:  " << d.personName << (d.minor ? "  [minor]" : "") << "\n"
            << "  offence:   " << d.offenceCode << " on " << d.factsDate.toString(Qt::ISODate)
            << (d.place.isEmpty() ? QString() : QStringLiteral(" at ") + d.place) << "\n"
            << "  report:    " << d.reportNumber << " (" << d.reportKind << "), received "
            << d.receivedDate.toString(Qt::ISODate) << "\n";
    for (const GasEvent& e : v.events)
        env.out << "  " << e.date.toString(Qt::ISODate) << "  " << e.type
                << (e.amount ? QStringLiteral("  %1 EUR").arg(*e.amount) : QString()) << "\n";
    env.out << "  deadlines:\n";
    for (const auto& deadline : v.clock.deadlines)
        env.out << "    " << deadline.name << "  " << deadline.date.date.toString(Qt::ISODate)
                << "  (" << termPartyName(deadline.party) << ": " << deadline.date.derivation
                << ")\n";
    for (const auto& violation : v.clock.violations)
        env.out << "  violation " << violation.rule << ": " << violation.message << "\n";
    if (!v.flags.isEmpty())
        env.out << "  flags: " << v.flags.join(QStringLiteral(", ")) << "\n";
    env.out << "  payment: " << v.paymentStatus << ", paid " << d.paidAmount << " EUR\n";
    env.out.flush();
}

int show(CliEnv& env, QStringList args)
{
    if (args.size() != 1)
        return env.usage(kUsage);
    auto service = makeService(env);
    if (!service)
        return Exit::Refused;
    auto view = service->open(args.first());
    if (!view.ok())
        return env.fail(view.error());
    if (env.json)
        env.printJson(QJsonDocument(GasJson::view(*view)));
    else
        printView(env, *view);
    return Exit::Ok;
}

Result<GasRepository::Filter> takeFilter(QStringList& args)
{
    GasRepository::Filter f;
    const QString states = takeOption(args, QStringLiteral("--state"));
    if (!states.isNull()) {
        f.states = states.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& s : f.states) {
            if (!GasState::all().contains(s))
                return makeError(ErrorCode::Usage,
                                 QStringLiteral("unknown state %1; known: %2")
                                     .arg(s, GasState::all().join(QStringLiteral(", "))),
                                 QStringLiteral("--state"));
        }
    }
    f.personId = takeOption(args, QStringLiteral("--person"));
    f.offenceCode = takeOption(args, QStringLiteral("--offence"));
    f.search = takeOption(args, QStringLiteral("--search"));
    auto from = takeDate(args, QStringLiteral("--from"));
    auto to = takeDate(args, QStringLiteral("--to"));
    auto limit = takeNumber(args, QStringLiteral("--limit"));
    auto offset = takeNumber(args, QStringLiteral("--offset"));
    for (const auto* r : {&from, &to}) {
        if (!r->ok())
            return r->error();
    }
    for (const auto* r : {&limit, &offset}) {
        if (!r->ok())
            return r->error();
    }
    f.factsFrom = *from;
    f.factsTo = *to;
    f.limit = int(limit->value_or(f.limit));
    f.offset = int(offset->value_or(0));
    if (f.limit < 1 || f.offset < 0)
        return makeError(ErrorCode::Usage, QStringLiteral("limit >= 1, offset >= 0"),
                         QStringLiteral("--limit"));
    return f;
}

int list(CliEnv& env, QStringList args)
{
    auto filter = takeFilter(args);
    if (!filter.ok())
        return env.fail(filter.error());
    if (!args.isEmpty())
        return env.usage(kUsage);
    auto service = makeService(env);
    if (!service)
        return Exit::Refused;
    auto found = service->repository().find(*filter);
    auto total = service->repository().count(*filter);
    if (!found.ok() || !total.ok())
        return env.fail(found.ok() ? total.error() : found.error());
    QJsonArray array;
    for (const GasDossier& d : *found) {
        if (env.json)
            array.append(GasJson::dossier(d));
        else
            env.out << d.number << "  " << d.factsDate.toString(Qt::ISODate) << "  "
                    << d.state.leftJustified(19) << "  " << d.offenceCode << "  " << d.personName
                    << "\n";
    }
    if (env.json)
        env.printJson(QJsonDocument(QJsonObject{{"total", *total}, {"dossiers", array}}));
    else
        env.out << *total << " dossier(s)" << Qt::endl;
    return Exit::Ok;
}

int offences(CliEnv& env, QStringList args)
{
    if (!args.isEmpty())
        return env.usage(kUsage);
    auto service = makeService(env);
    if (!service)
        return Exit::Refused;
    if (auto seeded = service->offences().ensureDefaults(); !seeded.ok())
        return env.fail(seeded.error());
    auto all = service->offences().list();
    if (!all.ok())
        return env.fail(all.error());
    QJsonArray array;
    for (const Offence& o : *all) {
        if (env.json)
            array.append(GasJson::offence(o));
        else
            env.out << o.code.leftJustified(24) << o.offenderRole.leftJustified(11) << o.article
                    << " - " << o.description << (o.active ? "" : " (inactive)") << "\n";
    }
    if (env.json)
        env.printJson(QJsonDocument(array));
    env.out.flush();
    return Exit::Ok;
}

} // namespace

Result<QDate> takeDate(QStringList& args, const QString& name)
{
    const QString text = takeOption(args, name);
    if (text.isNull())
        return QDate();
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!pattern.match(text).hasMatch() || !date.isValid())
        return makeError(ErrorCode::Usage,
                         QStringLiteral("'%1' is not a date (YYYY-MM-DD)").arg(text), name);
    return date;
}

Result<std::optional<double>> takeNumber(QStringList& args, const QString& name)
{
    const QString text = takeOption(args, name);
    if (text.isNull())
        return std::optional<double>();
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return makeError(ErrorCode::Usage, QStringLiteral("'%1' is not a number").arg(text), name);
    return std::optional<double>(value);
}

int runGas(CliEnv& env, QStringList args)
{
    if (args.isEmpty())
        return env.usage(kUsage);
    const QString verb = args.takeFirst();
    if (verb == QLatin1String("new"))
        return add(env, args);
    if (verb == QLatin1String("event"))
        return event(env, args);
    if (verb == QLatin1String("show"))
        return show(env, args);
    if (verb == QLatin1String("list"))
        return list(env, args);
    if (verb == QLatin1String("offences"))
        return offences(env, args);
    return env.usage(kUsage);
}

REGIE_CLI_COMMAND(gas, "gas new|event|show|list|offences",
                  "GAS fine dossiers: intake, steps, payments", runGas)

} // namespace regie::cli
