#include "CliRegistry.h"
#include "PlannerCommand.h"
#include "PremisesCommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace regie::cli {

namespace {

const QString kUsage = QStringLiteral("planner --year YYYY [--json]");

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject toJson(const Planner::Item& item)
{
    return {{"premisesId", item.premisesId},
            {"address", item.address},
            {"reason", item.reason},
            {"dueDate", item.dueDate.isValid() ? QJsonValue(item.dueDate.toString(Qt::ISODate))
                                               : QJsonValue()},
            {"certificateId", textOrNull(item.certificateId)},
            {"conditionId", textOrNull(item.conditionId)},
            {"detail", item.detail}};
}

} // namespace

int runPlanner(CliEnv& env, QStringList args)
{
    const QString yearText = takeOption(args, QStringLiteral("--year"));
    bool numeric = false;
    const int year = yearText.toInt(&numeric);
    if (!args.isEmpty() || !numeric)
        return env.usage(kUsage);
    auto services = openCertificateServices(env);
    if (!services)
        return Exit::Refused;
    auto items = services->planner().forYear(year);
    if (!items.ok())
        return env.fail(items.error());
    QJsonArray array;
    for (const Planner::Item& item : items.value()) {
        if (env.json)
            array.append(toJson(item));
        else
            env.out << item.address << "  " << item.reason << "  "
                    << item.dueDate.toString(Qt::ISODate) << "  " << item.detail << "  ("
                    << item.premisesId << ")\n";
    }
    if (env.json)
        env.printJson(QJsonDocument(array));
    env.out.flush();
    return Exit::Ok;
}

REGIE_CLI_COMMAND(planner, "planner --year YYYY",
                  "inspections, renewals and conditions to plan for a year", runPlanner)

} // namespace regie::cli
