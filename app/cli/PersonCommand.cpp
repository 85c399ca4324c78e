#include "CliRegistry.h"
#include "PersonCommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace regie::cli {

namespace {

const QString kUsage = QStringLiteral(
    "person add (--family NAME [--given NAMES] [--birth YYYY-MM-DD] [--nrn NUMBER] | "
    "--legal NAME [--form FORM] [--kbo NUMBER]) [--address TEXT] [--json]\n"
    "       regie-cli person list [--search TEXT] [--limit N] [--json]");

QJsonObject toJson(const Person& p)
{
    return {{"id", p.id},
            {"kind", Person::kindName(p.kind)},
            {"name", p.displayName()},
            {"familyName", p.familyName},
            {"givenNames", p.givenNames},
            {"birthDate", p.birthDate.isValid() ? QJsonValue(p.birthDate.toString(Qt::ISODate))
                                                : QJsonValue()},
            {"nationalNumber", p.nationalNumber},
            {"legalName", p.legalName},
            {"legalForm", p.legalForm},
            {"companyNumber", p.companyNumber},
            {"address", p.address}};
}

int add(CliEnv& env, QStringList args)
{
    Person p;
    const QString legal = takeOption(args, QStringLiteral("--legal"));
    p.familyName = takeOption(args, QStringLiteral("--family"));
    p.givenNames = takeOption(args, QStringLiteral("--given"));
    const QString birth = takeOption(args, QStringLiteral("--birth"));
    p.nationalNumber = takeOption(args, QStringLiteral("--nrn"));
    p.legalForm = takeOption(args, QStringLiteral("--form"));
    p.companyNumber = takeOption(args, QStringLiteral("--kbo"));
    p.address = takeOption(args, QStringLiteral("--address"));
    if (!args.isEmpty() || (legal.isNull() == p.familyName.isNull()))
        return env.usage(kUsage);
    if (!legal.isNull()) {
        p.kind = Person::Kind::Legal;
        p.legalName = legal;
    }
    if (!birth.isNull()) {
        p.birthDate = QDate::fromString(birth, Qt::ISODate);
        if (!p.birthDate.isValid())
            return env.fail(makeError(ErrorCode::Validation,
                                      QStringLiteral("%1 is not a date (YYYY-MM-DD)").arg(birth),
                                      QStringLiteral("--birth")));
    }
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    auto id = ctx->people().add(p);
    if (!id.ok())
        return env.fail(id.error());
    if (env.json)
        env.printJson(QJsonDocument(QJsonObject{{"id", id.value()}}));
    else
        env.out << id.value() << Qt::endl;
    return Exit::Ok;
}

int list(CliEnv& env, QStringList args)
{
    PersonRepository::Filter filter;
    filter.text = takeOption(args, QStringLiteral("--search"));
    const QString limit = takeOption(args, QStringLiteral("--limit"));
    if (!limit.isNull())
        filter.limit = limit.toInt();
    if (!args.isEmpty() || filter.limit < 1)
        return env.usage(kUsage);
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    auto people = ctx->people().repository().find(filter);
    if (!people.ok())
        return env.fail(people.error());
    QJsonArray array;
    for (const Person& p : people.value()) {
        if (env.json)
            array.append(toJson(p));
        else
            env.out << p.id << "  " << p.displayName() << "\n";
    }
    if (env.json)
        env.printJson(QJsonDocument(array));
    env.out.flush();
    return Exit::Ok;
}

} // namespace

int runPerson(CliEnv& env, QStringList args)
{
    if (args.isEmpty())
        return env.usage(kUsage);
    const QString verb = args.takeFirst();
    if (verb == QLatin1String("add"))
        return add(env, args);
    if (verb == QLatin1String("list"))
        return list(env, args);
    return env.usage(kUsage);
}

REGIE_CLI_COMMAND(person, "person add|list", "people with validated identifiers", runPerson)

} // namespace regie::cli
