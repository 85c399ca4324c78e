// regie-cli report: a round's PDF report, or its indicator tables as CSV or XLSX.

#include "CliGui.h"
#include "reports/TableExport.h"
#include "CliRegistry.h"
#include "IndicatorCliSupport.h"
#include "indicators/IndicatorTables.h"
#include "reports/RoundReport.h"

#include <QFileInfo>
#include <QTranslator>

namespace regie::cli {

namespace {

const QString kUsage =
    QStringLiteral("report --round NAME --out FILE.pdf|FILE.csv|FILE.xlsx [--lang nl|en]");

void loadTranslation(const QString& language)
{
    static QTranslator translator;
    if (translator.load(QStringLiteral("regie_") + language, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
}

int runReport(CliEnv& env, QStringList args)
{
    const QString name = takeOption(args, QStringLiteral("--round"));
    const QString out = takeOption(args, QStringLiteral("--out"));
    QString language = takeOption(args, QStringLiteral("--lang"));
    if (language.isNull())
        language = QStringLiteral("nl");
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (name.isEmpty() || out.isEmpty() || !args.isEmpty() ||
        !QStringList{QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("xlsx")}.contains(
            suffix) ||
        (language != QLatin1String("nl") && language != QLatin1String("en")))
        return env.usage(kUsage);
    auto s = openIndicatorServices(env);
    if (!s)
        return Exit::Refused;
    auto round = s->rounds().find(name);
    if (!round)
        return env.fail(round.error());
    if (suffix == QLatin1String("pdf")) {
        loadTranslation(language);
        auto data = RoundReportData::load(*s, env.context()->workspace().db(), name, language,
                                          env.context()->clock().today());
        if (!data)
            return env.fail(data.error());
        RoundReport report(std::move(data).value());
        auto pages = report.writePdf(out);
        if (!pages)
            return env.fail(pages.error());
        if (env.json)
            env.printJson(QJsonDocument(QJsonObject{{"out", out}, {"pages", pages.value()}}));
        else
            env.out << out << ": " << pages.value() << " page(s)" << Qt::endl;
        return Exit::Ok;
    }
    IndicatorTables tables(*s);
    Result<void> written;
    if (suffix == QLatin1String("csv")) {
        auto table = tables.indicators(round.value(), language);
        if (!table)
            return env.fail(table.error());
        written = TableExport::writeCsv(table.value(), out);
    } else {
        auto all = tables.all(round.value(), language);
        if (!all)
            return env.fail(all.error());
        written = TableExport::writeXlsx(all.value(), out);
    }
    if (!written)
        return env.fail(written.error());
    if (env.json)
        env.printJson(QJsonDocument(QJsonObject{{"out", out}}));
    else
        env.out << out << Qt::endl;
    return Exit::Ok;
}

[[maybe_unused]] const bool rendersCharts = registerGuiCommand(QStringLiteral("report"));

} // namespace

REGIE_CLI_COMMAND(report, "report --round NAME --out FILE.pdf|.csv|.xlsx",
                  "a round's PDF report with charts, or its indicator tables", runReport)

} // namespace regie::cli
