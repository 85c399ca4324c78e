#include "CliRegistry.h"
#include "PremisesCommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace regie::cli {

namespace {

const QString kUsage = QStringLiteral(
    "premises add --street S --number N --windows K [--box B] [--parcel P] [--json]\n"
    "       regie-cli premises list [--json]\n"
    "       regie-cli premises show ID [--json]\n"
    "       regie-cli premises holder ID --person PERSON --role main-holder|holder|manager "
    "--from YYYY-MM-DD [--until YYYY-MM-DD] [--json]\n"
    "       regie-cli premises holder-end HOLDER_ID --until YYYY-MM-DD\n"
    "       regie-cli premises parcel ID --parcel P");

QJsonObject toJson(const Premises& p)
{
    return {{"id", p.id},
            {"street", p.street},
            {"number", p.number},
            {"box", p.box},
            {"postcode", p.postcode},
            {"city", p.city},
            {"address", p.address()},
            {"cadastralParcel", p.cadastralParcel},
            {"windows", p.windowCount}};
}

QJsonValue isoOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject detailJson(const Premises& p)
{
    QJsonObject object = toJson(p);
    QJsonArray windows, holders;
    for (const PremisesWindow& w : p.windows)
        windows.append(QJsonObject{{"id", w.id}, {"number", w.number}, {"floor", w.floor}});
    for (const PremisesHolder& h : p.holders)
        holders.append(QJsonObject{{"id", h.id},
                                   {"personId", h.personId},
                                   {"name", h.personName},
                                   {"role", PremisesHolder::roleName(h.role)},
                                   {"begins", isoOrNull(h.begins)},
                                   {"ends", isoOrNull(h.ends)}});
    object.insert(QStringLiteral("windowList"), windows);
    object.insert(QStringLiteral("holders"), holders);
    return object;
}

int printId(CliEnv& env, const QString& id)
{
    if (env.json)
        env.printJson(QJsonDocument(QJsonObject{{"id", id}}));
    else
        env.out << id << Qt::endl;
    return Exit::Ok;
}

int add(CliEnv& env, QStringList args)
{
    PremisesService::NewPremises input;
    input.street = takeOption(args, QStringLiteral("--street"));
    input.number = takeOption(args, QStringLiteral("--number"));
    input.box = takeOption(args, QStringLiteral("--box"));
    input.cadastralParcel = takeOption(args, QStringLiteral("--parcel"));
    const QString windows = takeOption(args, QStringLiteral("--windows"));
    bool numeric = true;
    input.windows = windows.isNull() ? 1 : windows.toInt(&numeric);
    if (!args.isEmpty() || input.street.isNull() || input.number.isNull() || !numeric)
        return env.usage(kUsage);
    auto services = openCertificateServices(env);
    if (!services)
        return Exit::Refused;
    auto id = services->premises().add(input);
    return id.ok() ? printId(env, id.value()) : env.fail(id.error());
}

int list(CliEnv& env, QStringList args)
{
    if (!args.isEmpty())
        return env.usage(kUsage);
    auto services = openCertificateServices(env);
    if (!services)
        return Exit::Refused;
    auto all = services->premises().repository().list();
    if (!all.ok())
        return env.fail(all.error());
    QJsonArray array;
    for (const Premises& p : all.value()) {
        if (env.json)
            array.append(toJson(p));
        else
            env.out << p.id << "  " << p.address() << "  " << p.windowCount << " window(s)\n";
    }
    if (env.json)
        env.printJson(QJsonDocument(array));
    env.out.flush();
    return Exit::Ok;
}

int show(CliEnv& env, QStringList args)
{
    if (args.size() != 1)
        return env.usage(kUsage);
    auto services = openCertificateServices(env);
    if (!services)
        return Exit::Refused;
    auto p = services->premises().repository().find(args.first());
    if (!p.ok())
        return env.fail(p.error());
    if (env.json) {
        env.printJson(QJsonDocument(detailJson(p.value())));
        return Exit::Ok;
    }
    env.out << p->address() << "  (" << p->id << ")\n"
            << "cadastral parcel: " << p->cadastralParcel << "\nwindows:";
    for (const PremisesWindow& w : p->windows)
        env.out << ' ' << w.number;
    env.out << '\n';
    for (const PremisesHolder& h : p->holders)
        env.out << PremisesHolder::roleName(h.role) << ": " << h.personName << " from "
                << h.begins.toString(Qt::ISODate)
                << (h.ends.isValid() ? QStringLiteral(" until ") + h.ends.toString(Qt::ISODate)
                                     : QString())
                << '\n';
    env.out.flush();
    return Exit::Ok;
}

int holder(CliEnv& env, QStringList args)
{
    PremisesHolder h;
    h.personId = takeOption(args, QStringLiteral("--person"));
    const QString role = takeOption(args, QStringLiteral("--role"));
    const QString from = takeOption(args, QStringLiteral("--from"));
    const QString until = takeOption(args, QStringLiteral("--until"));
    if (args.size() != 1 || h.personId.isNull() || from.isNull() ||
        !PremisesHolder::roleFromName(role, &h.role))
        return env.usage(kUsage);
    h.premisesId = args.first();
    if (!parseDateOption(env, from, QStringLiteral("--from"), &h.begins) ||
        !parseDateOption(env, until, QStringLiteral("--until"), &h.ends))
        return Exit::Usage;
    auto services = openCertificateServices(env);
    if (!services)
        return Exit::Refused;
    auto id = services->premises().addHolder(h);
    return id.ok() ? printId(env, id.value()) : env.fail(id.error());
}

// Ends a holder's role on its last day (HOLDER_ID: the "holders" ids of `premises show --json`).
int holderEnd(CliEnv& env, QStringList args)
{
    const QString until = takeOption(args, QStringLiteral("--until"));
    if (args.size() != 1 || until.isNull())
        return env.usage(kUsage);
    QDate ends;
    if (!parseDateOption(env, until, QStringLiteral("--until"), &ends))
        return Exit::Usage;
    auto services = openCertificateServices(env);
    if (!services)
        return Exit::Refused;
    auto done = services->premises().endHolder(args.first(), ends);
    return done.ok() ? Exit::Ok : env.fail(done.error());
}

int parcel(CliEnv& env, QStringList args)
{
    const QString value = takeOption(args, QStringLiteral("--parcel"));
    if (args.size() != 1 || value.isNull())
        return env.usage(kUsage);
    auto services = openCertificateServices(env);
    if (!services)
        return Exit::Refused;
    auto done = services->premises().setCadastralParcel(args.first(), value);
    return done.ok() ? Exit::Ok : env.fail(done.error());
}

} // namespace

std::unique_ptr<CertificateServices> openCertificateServices(CliEnv& env)
{
    AppContext* ctx = env.context();
    if (!ctx)
        return nullptr;
    auto services = CertificateServices::create(ctx->workspace());
    if (!services.ok()) {
        env.fail(services.error());
        return nullptr;
    }
    return std::move(services).value();
}

bool parseDateOption(CliEnv& env, const QString& text, const QString& option, QDate* date)
{
    *date = QDate();
    if (text.isNull())
        return true;
    *date = QDate::fromString(text, Qt::ISODate);
    if (date->isValid())
        return true;
    env.fail(makeError(ErrorCode::Usage, QStringLiteral("%1 is not a date (YYYY-MM-DD)").arg(text),
                       option));
    return false;
}

int runPremises(CliEnv& env, QStringList args)
{
    if (args.isEmpty())
        return env.usage(kUsage);
    const QString verb = args.takeFirst();
    if (verb == QLatin1String("add"))
        return add(env, args);
    if (verb == QLatin1String("list"))
        return list(env, args);
    if (verb == QLatin1String("show"))
        return show(env, args);
    if (verb == QLatin1String("holder"))
        return holder(env, args);
    if (verb == QLatin1String("holder-end"))
        return holderEnd(env, args);
    if (verb == QLatin1String("parcel"))
        return parcel(env, args);
    return env.usage(kUsage);
}

REGIE_CLI_COMMAND(premises, "premises add|list|show|holder|holder-end|parcel",
                  "window premises in the tolerated zone, their windows and holders", runPremises)

} // namespace regie::cli
