// regie-cli note, branch-count, figure and import-registration: what the indicators count
// besides Regie's own dossiers (meetings: MeetingCommand.cpp).

#include "CliRegistry.h"
#include "IndicatorCliSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace regie::cli {

namespace {

const QString kNoteUsage = QStringLiteral(
    "note add --kind policy-note|signal-note|covenant|report|explanation --date YYYY-MM-DD "
    "--title TEXT [--reference TEXT]\n"
    "       regie-cli note list --from YYYY-MM-DD --to YYYY-MM-DD");
const QString kBranchUsage = QStringLiteral(
    "branch-count add --branch BRANCH --from YYYY-MM-DD --to YYYY-MM-DD --source TEXT --date "
    "YYYY-MM-DD\n"
    "           [--establishments N] [--controls N] [--establishments-checked N]\n"
    "           [--persons-checked N] [--reports-pv N] [--rir N] [--information-reports N]\n"
    "           [--administrative-arrests N] [--judicial-arrests N]\n"
    "       regie-cli branch-count list --from YYYY-MM-DD --to YYYY-MM-DD\n"
    "   BRANCH: window, street, strip-club, escort, private-reception, home-reception, massage, "
    "other");
const QString kFigureUsage = QStringLiteral(
    "figure add --indicator KEY --from YYYY-MM-DD --to YYYY-MM-DD --value N --source TEXT "
    "--date YYYY-MM-DD [--note TEXT]\n"
    "       regie-cli figure list --from YYYY-MM-DD --to YYYY-MM-DD");
const QString kImportUsage = QStringLiteral("import-registration --kind care|safety FILE");

int printId(CliEnv& env, const Result<QString>& id)
{
    if (!id)
        return env.fail(id.error());
    if (env.json)
        env.printJson(QJsonDocument(QJsonObject{{"id", id.value()}}));
    else
        env.out << id.value() << Qt::endl;
    return Exit::Ok;
}

QString isoOrEmpty(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

void printRows(CliEnv& env, const QJsonArray& rows)
{
    if (env.json) {
        env.printJson(QJsonDocument(rows));
        return;
    }
    for (const QJsonValue& row : rows) {
        QStringList cells;
        const QJsonObject o = row.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            cells << it.key() + QLatin1Char('=') + it.value().toVariant().toString();
        env.out << cells.join(QStringLiteral("  ")) << "\n";
    }
    env.out.flush();
}

int runNote(CliEnv& env, QStringList args)
{
    const QString verb = args.isEmpty() ? QString() : args.takeFirst();
    if (verb == QLatin1String("list")) {
        Period p;
        if (!takePeriod(args, p) || !args.isEmpty())
            return env.usage(kNoteUsage);
        auto s = openIndicatorServices(env);
        if (!s)
            return Exit::Refused;
        auto all = s->records().notes(p);
        if (!all)
            return env.fail(all.error());
        QJsonArray rows;
        for (const PolicyNote& n : all.value())
            rows.append(QJsonObject{{"id", n.id},
                                    {"kind", n.kind},
                                    {"date", isoOrEmpty(n.date)},
                                    {"title", n.title},
                                    {"reference", n.reference}});
        printRows(env, rows);
        return Exit::Ok;
    }
    if (verb != QLatin1String("add"))
        return env.usage(kNoteUsage);
    PolicyNote n;
    n.kind = takeOption(args, QStringLiteral("--kind"));
    const QString date = takeOption(args, QStringLiteral("--date"));
    n.date = parseIsoDate(date);
    n.title = takeOption(args, QStringLiteral("--title"));
    n.reference = takeOption(args, QStringLiteral("--reference"));
    if (n.kind.isNull() || date.isNull() || !args.isEmpty())
        return env.usage(kNoteUsage);
    auto s = openIndicatorServices(env);
    if (!s)
        return Exit::Refused;
    return printId(env, s->records().addNote(n));
}

int runBranchCount(CliEnv& env, QStringList args)
{
    const QString verb = args.isEmpty() ? QString() : args.takeFirst();
    Period p;
    const bool dated = takePeriod(args, p);
    if (verb == QLatin1String("list")) {
        if (!dated || !args.isEmpty())
            return env.usage(kBranchUsage);
        auto s = openIndicatorServices(env);
        if (!s)
            return Exit::Refused;
        auto all = s->records().branchCounts(p);
        if (!all)
            return env.fail(all.error());
        QJsonArray rows;
        for (const BranchCount& c : all.value()) {
            QJsonObject o{{"id", c.id},
                          {"branch", c.branch},
                          {"from", isoOrEmpty(c.period.from)},
                          {"to", isoOrEmpty(c.period.to)},
                          {"source", c.source}};
            for (auto it = c.counts.cbegin(); it != c.counts.cend(); ++it)
                o.insert(it.key(), it.value());
            rows.append(o);
        }
        printRows(env, rows);
        return Exit::Ok;
    }
    if (verb != QLatin1String("add") || !dated)
        return env.usage(kBranchUsage);
    BranchCount c;
    c.period = p;
    c.branch = takeOption(args, QStringLiteral("--branch"));
    c.source = takeOption(args, QStringLiteral("--source"));
    const QString date = takeOption(args, QStringLiteral("--date"));
    c.sourceDate = parseIsoDate(date);
    for (const QString& field : IndicatorRecords::branchFields()) {
        QString option = QStringLiteral("--") + field;
        option.replace(QLatin1Char('_'), QLatin1Char('-'));
        const QString text = takeOption(args, option);
        if (text.isNull())
            continue;
        bool numeric = false;
        const int n = text.toInt(&numeric);
        if (!numeric)
            return env.usage(kBranchUsage);
        c.counts.insert(field, n);
    }
    if (c.branch.isNull() || c.source.isNull() || date.isNull() || !args.isEmpty())
        return env.usage(kBranchUsage);
    auto s = openIndicatorServices(env);
    if (!s)
        return Exit::Refused;
    return printId(env, s->records().addBranchCount(c));
}

int runFigure(CliEnv& env, QStringList args)
{
    const QString verb = args.isEmpty() ? QString() : args.takeFirst();
    Period p;
    const bool dated = takePeriod(args, p);
    if (verb == QLatin1String("list")) {
        if (!dated || !args.isEmpty())
            return env.usage(kFigureUsage);
        auto s = openIndicatorServices(env);
        if (!s)
            return Exit::Refused;
        auto all = s->records().figures(p);
        if (!all)
            return env.fail(all.error());
        QJsonArray rows;
        for (const IndicatorFigure& f : all.value())
            rows.append(QJsonObject{{"id", f.id},
                                    {"indicator", f.indicatorKey},
                                    {"from", isoOrEmpty(f.period.from)},
                                    {"to", isoOrEmpty(f.period.to)},
                                    {"value", f.value},
                                    {"source", f.source},
                                    {"sourceDate", isoOrEmpty(f.sourceDate)}});
        printRows(env, rows);
        return Exit::Ok;
    }
    if (verb != QLatin1String("add") || !dated)
        return env.usage(kFigureUsage);
    IndicatorFigure f;
    f.period = p;
    f.indicatorKey = takeOption(args, QStringLiteral("--indicator"));
    const QString value = takeOption(args, QStringLiteral("--value"));
    f.source = takeOption(args, QStringLiteral("--source"));
    const QString date = takeOption(args, QStringLiteral("--date"));
    f.sourceDate = parseIsoDate(date);
    f.note = takeOption(args, QStringLiteral("--note"));
    bool numeric = false;
    f.value = value.toDouble(&numeric);
    if (f.indicatorKey.isNull() || !numeric || f.source.isNull() || date.isNull() ||
        !args.isEmpty())
        return env.usage(kFigureUsage);
    auto s = openIndicatorServices(env);
    if (!s)
        return Exit::Refused;
    return printId(env, s->records().addFigure(s->catalogue(), f));
}

int runImportRegistration(CliEnv& env, QStringList args)
{
    const QString kind = takeOption(args, QStringLiteral("--kind"));
    if ((kind != QLatin1String("care") && kind != QLatin1String("safety")) || args.size() != 1)
        return env.usage(kImportUsage);
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        return env.fail(
            makeError(ErrorCode::Io,
                      QStringLiteral("cannot read %1: %2").arg(args.first(), file.errorString()),
                      QStringLiteral("FILE")));
    const QByteArray content = file.readAll();
    auto s = openIndicatorServices(env);
    if (!s)
        return Exit::Refused;
    auto summary = s->registration().import(kind, QFileInfo(file).fileName(), content);
    if (!summary)
        return env.fail(summary.error());
    if (env.json)
        env.printJson(QJsonDocument(
            QJsonObject{{"import", summary->importId},
                        {"kind", kind},
                        {"rows", summary->rows},
                        {"aggregates", summary->aggregates},
                        {"organisations", QJsonArray::fromStringList(summary->organisations)}}));
    else
        env.out << "imported " << summary->rows << " row(s) of "
                << summary->organisations.join(QStringLiteral(", ")) << " (" << summary->importId
                << ")" << Qt::endl;
    return Exit::Ok;
}

} // namespace

REGIE_CLI_COMMAND(note, "note add|list", "policy and signal notes, covenants, reports", runNote)
REGIE_CLI_COMMAND(figure, "figure add|list", "a partner's figure for an entered indicator",
                  runFigure)

// Names with a dash cannot go through the macro, which takes the name from an identifier.
namespace {
[[maybe_unused]] const bool registeredDashed =
    registerCliCommand(QStringLiteral("branch-count"),
                       {QStringLiteral("branch-count add|list"),
                        QStringLiteral("the police team's branch inventory (action 2.1)"),
                        runBranchCount}) &&
    registerCliCommand(QStringLiteral("import-registration"),
                       {QStringLiteral("import-registration --kind care|safety FILE"),
                        QStringLiteral("counts of a minimum-format registration file (3.1, 3.2)"),
                        runImportRegistration});
} // namespace

} // namespace regie::cli
