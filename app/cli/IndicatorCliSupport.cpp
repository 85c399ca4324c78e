#include "IndicatorCliSupport.h"

#include <cmath>

namespace regie::cli {

std::unique_ptr<IndicatorServices> openIndicatorServices(CliEnv& env)
{
    AppContext* ctx = env.context();
    if (!ctx)
        return nullptr;
    auto services = IndicatorServices::create(ctx->workspace());
    if (!services) {
        env.fail(services.error());
        return nullptr;
    }
    return std::move(services).value();
}

QDate parseIsoDate(const QString& text)
{
    if (text.size() != 10)
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

bool takePeriod(QStringList& args, Period& period)
{
    period.from = parseIsoDate(takeOption(args, QStringLiteral("--from")));
    period.to = parseIsoDate(takeOption(args, QStringLiteral("--to")));
    return period.from.isValid() && period.to.isValid();
}

QJsonValue valueJson(const std::optional<double>& value)
{
    if (!value)
        return QJsonValue();
    const double v = *value;
    if (std::floor(v) == v && std::abs(v) < 1e15)
        return QJsonValue(qint64(v));
    return QJsonValue(v);
}

QJsonObject indicatorJson(const IndicatorDefinition* d, const IndicatorValue& v)
{
    QJsonObject o{{"fiche", v.ficheCode},
                  {"indicator", v.key},
                  {"kind", v.kind},
                  {"value", valueJson(v.value)},
                  {"source", v.source},
                  {"sourceDate", v.sourceDate.isValid()
                                     ? QJsonValue(v.sourceDate.toString(Qt::ISODate))
                                     : QJsonValue()}};
    if (d) {
        o.insert(QStringLiteral("label"), d->labelNl);
        o.insert(QStringLiteral("labelEn"), d->labelEn);
        o.insert(QStringLiteral("result"), d->result);
        o.insert(QStringLiteral("definition"), d->definitionNl);
        o.insert(QStringLiteral("definitionEn"), d->definitionEn);
    }
    return o;
}

QJsonObject roundJson(const ReportRound& r)
{
    return {{"name", r.name},
            {"kind", r.kind},
            {"from", r.period.from.toString(Qt::ISODate)},
            {"to", r.period.to.toString(Qt::ISODate)},
            {"frozen", r.frozen()},
            {"frozenAt", r.frozen() ? QJsonValue(r.frozenAt.toString(Qt::ISODate)) : QJsonValue()},
            {"frozenBy", r.frozen() ? QJsonValue(r.frozenBy) : QJsonValue()}};
}

} // namespace regie::cli
