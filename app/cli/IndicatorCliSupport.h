#pragma once

#include "CliEnv.h"
#include "indicators/IndicatorServices.h"

#include <QJsonObject>
#include <QJsonValue>
#include <memory>

namespace regie::cli {

// Opens the indicator services on the command's database; prints the reason and returns null
// when that fails.
std::unique_ptr<IndicatorServices> openIndicatorServices(CliEnv& env);

// A strict YYYY-MM-DD date (invalid QDate when the text is not one).
QDate parseIsoDate(const QString& text);
// Takes --from and --to; false when either is missing or not a date.
bool takePeriod(QStringList& args, Period& period);

QJsonValue valueJson(const std::optional<double>& value);
QJsonObject indicatorJson(const IndicatorDefinition* definition, const IndicatorValue& value);
QJsonObject roundJson(const ReportRound& round);

} // namespace regie::cli
