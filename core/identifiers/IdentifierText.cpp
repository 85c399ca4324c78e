#include "IdentifierText.h"

namespace regie::identifiertext {

std::optional<IdentifierCheck> readDigits(QStringView input, QStringView separators,
                                          const QString& prefix, QString& digits)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return IdentifierCheck::reject(prefix + QStringLiteral(".empty"),
                                       QStringLiteral("the value is empty"));
    digits.clear();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (!c.isSpace() && !separators.contains(c))
            return IdentifierCheck::reject(prefix + QStringLiteral(".characters"),
                                           describeCharacter(text, i) +
                                               QStringLiteral(" is not a digit or separator"));
    }
    return std::nullopt;
}

QString describeCharacter(QStringView text, qsizetype index)
{
    return QStringLiteral("character '%1' at position %2").arg(text.at(index)).arg(index + 1);
}

int mod97(QStringView digits)
{
    int remainder = 0;
    for (const QChar c : digits)
        remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
    return remainder;
}

QString padded(quint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

} // namespace regie::identifiertext
