#include "GasReportWarning.h"

#include "GasDossier.h"

#include <QRegularExpression>

namespace regie {

QString GasReportWarning::ruleId()
{
    return QStringLiteral("pv.pattern");
}

QString GasReportWarning::numberIn(const QString& stored)
{
    static const QRegularExpression shape(QStringLiteral(
        R"(^'(.*)' does not look like XX\.99\.X9\.99999/99 \(district \. category \. service )"
        R"(\. sequence / year\)$)"));
    const auto match = shape.match(stored);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString GasReportWarning::sentence(const QString& number)
{
    return tr("'%1' does not look like XX.99.X9.99999/99 (district . category . service . "
              "sequence / year)")
        .arg(number);
}

QString GasReportWarning::text(const GasDossier& dossier)
{
    const QString& stored = dossier.reportWarning;
    if (stored.isEmpty())
        return {};
    const QString number = numberIn(stored);
    if (!number.isEmpty())
        return sentence(number);
    return stored;
}

} // namespace regie
