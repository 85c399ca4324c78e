#include "BelgianIban.h"

#include "IdentifierText.h"

#include <QStringList>

namespace regie {

namespace {

const int kLength = 16;

// Upper case without whitespace and dashes; `badIndex` is set for any other non-alphanumeric.
QString compact(const QString& input, qsizetype& badIndex)
{
    QString out;
    badIndex = -1;
    const QString text = input.trimmed();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == u'-')
            continue;
        const bool ascii = c.unicode() < 128 && c.isLetterOrNumber();
        if (!ascii && badIndex < 0)
            badIndex = i;
        out.append(c.toUpper());
    }
    return out;
}

std::optional<IdentifierCheck> checkShape(const QString& iban)
{
    const QString country = iban.left(2);
    if (country != QStringLiteral("BE"))
        return IdentifierCheck::reject(
            QStringLiteral("iban.country"),
            QStringLiteral("country code '%1' is not BE: only Belgian IBANs are accepted")
                .arg(country));
    if (iban.size() != kLength)
        return IdentifierCheck::reject(
            QStringLiteral("iban.length"),
            QStringLiteral("a Belgian IBAN has 16 characters, got %1").arg(iban.size()));
    for (qsizetype i = 2; i < kLength; ++i) {
        if (!iban.at(i).isDigit())
            return IdentifierCheck::reject(QStringLiteral("iban.characters"),
                                           identifiertext::describeCharacter(iban, i) +
                                               QStringLiteral(" is not a digit"));
    }
    return std::nullopt;
}

std::optional<IdentifierCheck> checkNational(const QString& iban)
{
    const QString bban = iban.mid(4);
    const int remainder = identifiertext::mod97(QStringView(bban).left(10));
    const int expected = remainder == 0 ? 97 : remainder;
    if (bban.right(2).toInt() == expected)
        return std::nullopt;
    return IdentifierCheck::reject(
        QStringLiteral("iban.national-check"),
        QStringLiteral("account check digits %1 do not match %2 mod 97 = %3")
            .arg(bban.right(2), bban.left(10))
            .arg(expected),
        iban);
}

} // namespace

IdentifierCheck BelgianIban::check(const QString& input)
{
    if (input.trimmed().isEmpty())
        return IdentifierCheck::reject(QStringLiteral("iban.empty"),
                                       QStringLiteral("the value is empty"));
    qsizetype badIndex = -1;
    const QString iban = compact(input, badIndex);
    if (badIndex >= 0)
        return IdentifierCheck::reject(
            QStringLiteral("iban.characters"),
            identifiertext::describeCharacter(input.trimmed(), badIndex) +
                QStringLiteral(" is not a letter or digit"));
    if (auto rejected = checkShape(iban))
        return *rejected;
    const int remainder = ibanRemainder(iban);
    if (remainder != 1)
        return IdentifierCheck::reject(
            QStringLiteral("iban.checksum"),
            QStringLiteral("IBAN check digits %1 are wrong: ISO 7064 MOD 97-10 gives %2, not 1")
                .arg(iban.mid(2, 2))
                .arg(remainder),
            iban);
    if (auto rejected = checkNational(iban))
        return *rejected;
    return IdentifierCheck::accept(iban);
}

QString BelgianIban::format(const QString& input)
{
    const IdentifierCheck checked = check(input);
    if (!checked.valid)
        return {};
    QStringList groups;
    for (qsizetype i = 0; i < checked.normalized.size(); i += 4)
        groups.append(checked.normalized.mid(i, 4));
    return groups.join(u' ');
}

int BelgianIban::ibanRemainder(const QString& compactIban)
{
    const QString rearranged = compactIban.mid(4) + compactIban.left(4);
    QString digits;
    for (const QChar c : rearranged) {
        if (c.isDigit())
            digits.append(c);
        else
            digits.append(QString::number(c.unicode() - u'A' + 10));
    }
    return identifiertext::mod97(digits);
}

} // namespace regie
