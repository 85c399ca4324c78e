// regie-cli indicators and round: the action plan's indicators for a period, reporting rounds.

#include "CliRegistry.h"
#include "IndicatorCliSupport.h"

#include <QJsonArray>

namespace regie::cli {

namespace {

const QString kIndicatorsUsage =
    QStringLiteral("indicators --from YYYY-MM-DD --to YYYY-MM-DD [--fiche CODE] [--json]");
const QString kRoundUsage =
    QStringLiteral("round new --name NAME --from YYYY-MM-DD --to YYYY-MM-DD\n"
                   "       regie-cli round freeze --name NAME\n"
                   "       regie-cli round period --name NAME --from YYYY-MM-DD --to YYYY-MM-DD\n"
                   "       regie-cli round show --name NAME\n"
                   "       regie-cli round list\n"
                   "   (every form takes --json)");

QString valueText(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 12) : QStringLiteral("-");
}

int runIndicators(CliEnv& env, QStringList args)
{
    Period period;
    const bool dated = takePeriod(args, period);
    const QString fiche = takeOption(args, QStringLiteral("--fiche"));
    if (!dated || !args.isEmpty())
        return env.usage(kIndicatorsUsage);
    auto services = openIndicatorServices(env);
    if (!services)
        return Exit::Refused;
    auto values = services->engine().values(services->catalogue(), period);
    if (!values)
        return env.fail(values.error());
    QJsonArray array;
    for (const IndicatorValue& v : values.value()) {
        if (!fiche.isNull() && v.ficheCode != fiche)
            continue;
        const IndicatorDefinition* d = services->catalogue().find(v.key);
        if (env.json)
            array.append(indicatorJson(d, v));
        else
            env.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                           .arg(v.ficheCode, -4)
                           .arg(v.key, -40)
                           .arg(v.kind, -8)
                           .arg(valueText(v.value), 8)
                           .arg(v.source);
    }
    if (env.json)
        env.printJson(QJsonDocument(array));
    env.out.flush();
    return Exit::Ok;
}

int printRound(CliEnv& env, const ReportRound& r)
{
    if (env.json)
        env.printJson(QJsonDocument(roundJson(r)));
    else
        env.out << r.name << "  " << r.kind << "  " << r.period.from.toString(Qt::ISODate) << " .. "
                << r.period.to.toString(Qt::ISODate) << "  "
                << (r.frozen() ? QStringLiteral("frozen %1 by %2")
                                     .arg(r.frozenAt.toString(Qt::ISODate), r.frozenBy)
                               : QStringLiteral("open"))
                << Qt::endl;
    return Exit::Ok;
}

QString takeName(QStringList& args)
{
    QString name = takeOption(args, QStringLiteral("--name"));
    if (name.isNull() && args.size() == 1 && !args.first().startsWith(QLatin1String("--")))
        name = args.takeFirst();
    return name;
}

int show(CliEnv& env, IndicatorServices& s, const ReportRound& round)
{
    auto rows = s.rounds().compare(round, s.engine(), s.catalogue());
    if (!rows)
        return env.fail(rows.error());
    auto previous = s.rounds().previous(round);
    if (!previous)
        return env.fail(previous.error());
    if (env.json) {
        QJsonArray array;
        for (const RoundRow& row : rows.value()) {
            QJsonObject o = indicatorJson(s.catalogue().find(row.current.key), row.current);
            o.insert(QStringLiteral("previous"),
                     row.previous ? valueJson(row.previous->value) : QJsonValue());
            array.append(o);
        }
        QJsonObject doc = roundJson(round);
        doc.insert(QStringLiteral("previousRound"),
                   previous.value() ? QJsonValue(previous.value()->name) : QJsonValue());
        doc.insert(QStringLiteral("indicators"), array);
        env.printJson(QJsonDocument(doc));
        return Exit::Ok;
    }
    printRound(env, round);
    if (previous.value())
        env.out << "previous round: " << previous.value()->name << "\n";
    for (const RoundRow& row : rows.value())
        env.out << QStringLiteral("%1  %2  %3  %4\n")
                       .arg(row.current.ficheCode, -4)
                       .arg(row.current.key, -40)
                       .arg(valueText(row.current.value), 8)
                       .arg(row.previous ? valueText(row.previous->value) : QStringLiteral(""), 8);
    env.out.flush();
    return Exit::Ok;
}

int runRound(CliEnv& env, QStringList args)
{
    if (args.isEmpty())
        return env.usage(kRoundUsage);
    const QString verb = args.takeFirst();
    if (verb == QLatin1String("list")) {
        if (!args.isEmpty())
            return env.usage(kRoundUsage);
        auto s = openIndicatorServices(env);
        if (!s)
            return Exit::Refused;
        auto all = s->rounds().list();
        if (!all)
            return env.fail(all.error());
        QJsonArray array;
        for (const ReportRound& r : all.value()) {
            if (env.json)
                array.append(roundJson(r));
            else
                printRound(env, r);
        }
        if (env.json)
            env.printJson(QJsonDocument(array));
        return Exit::Ok;
    }
    Period period;
    const bool dated = (verb == QLatin1String("new") || verb == QLatin1String("period")) &&
                       takePeriod(args, period);
    const QString kind =
        verb == QLatin1String("new") ? takeOption(args, QStringLiteral("--kind")) : QString();
    const QString name = takeName(args);
    if (name.isEmpty() || !args.isEmpty())
        return env.usage(kRoundUsage);
    if ((verb == QLatin1String("new") || verb == QLatin1String("period")) && !dated)
        return env.usage(kRoundUsage);
    if (verb != QLatin1String("new") && verb != QLatin1String("freeze") &&
        verb != QLatin1String("period") && verb != QLatin1String("show"))
        return env.usage(kRoundUsage);
    auto s = openIndicatorServices(env);
    if (!s)
        return Exit::Refused;
    if (verb == QLatin1String("new")) {
        // The kind follows the dates; a --kind that says otherwise is refused, not guessed.
        if (!kind.isNull() && kind != ReportRounds::kindOf(period))
            return env.fail(makeError(
                ErrorCode::Validation,
                QStringLiteral("%1 to %2 is not a %3 (a half year runs 1 "
                               "January-30 June or 1 July-31 December, a "
                               "year 1 January-31 December)")
                    .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate), kind),
                QStringLiteral("kind")));
        auto r = s->rounds().create(name, period);
        return r ? printRound(env, r.value()) : env.fail(r.error());
    }
    if (verb == QLatin1String("period")) {
        auto r = s->rounds().setPeriod(name, period);
        return r ? printRound(env, r.value()) : env.fail(r.error());
    }
    if (verb == QLatin1String("show")) {
        auto r = s->rounds().find(name);
        return r ? show(env, *s, r.value()) : env.fail(r.error());
    }
    auto r = s->rounds().freeze(name, s->engine(), s->catalogue());
    if (!r)
        return env.fail(r.error());
    if (r->period.to >= r->frozenAt.date())
        env.err << "warning: round " << r->name << " was frozen on "
                << r->frozenAt.date().toString(Qt::ISODate) << ", before its period ends ("
                << r->period.to.toString(Qt::ISODate) << ")" << Qt::endl;
    return printRound(env, r.value());
}

} // namespace

REGIE_CLI_COMMAND(indicators, "indicators --from D --to D [--fiche CODE]",
                  "every indicator of the action plan for a period", runIndicators)
REGIE_CLI_COMMAND(round, "round new|freeze|period|show|list",
                  "half-yearly and yearly reporting rounds; freezing stores every value", runRound)

} // namespace regie::cli
