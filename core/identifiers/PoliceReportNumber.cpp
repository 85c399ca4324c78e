#include "PoliceReportNumber.h"

#include <QRegularExpression>

namespace regie {

IdentifierCheck PoliceReportNumber::check(const QString& input)
{
    IdentifierCheck result = IdentifierCheck::accept(input.trimmed().toUpper());
    if (!result.normalized.isEmpty() && !matchesPattern(result.normalized)) {
        result.warnings.append(QStringLiteral("pv.pattern"));
        result.detail = QStringLiteral("'%1' does not look like XX.99.X9.99999/99 (district . "
                                       "category . service . sequence / year)")
                            .arg(result.normalized);
    }
    return result;
}

bool PoliceReportNumber::matchesPattern(const QString& input)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[A-Z]{2}\.[0-9]{2}\.[A-Z][0-9]\.[0-9]{1,8}/[0-9]{2}$)"));
    QString text = input.toUpper();
    static const QRegularExpression whitespace(QStringLiteral(R"(\s)"));
    text.remove(whitespace);
    return pattern.match(text).hasMatch();
}

} // namespace regie
