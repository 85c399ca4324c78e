#include "CompanyNumber.h"

#include "IdentifierText.h"

namespace regie {

namespace {

// Strips an optional "BE" prefix (the VAT form), case-insensitively.
QString withoutCountry(const QString& input)
{
    const QString text = input.trimmed();
    if (text.startsWith(QStringLiteral("BE"), Qt::CaseInsensitive))
        return text.mid(2);
    return text;
}

IdentifierCheck checkTenDigits(const QString& digits)
{
    const QChar first = digits.at(0);
    const int expected = CompanyNumber::checkDigits(digits.left(8).toUInt());
    const bool checksumOk = digits.right(2).toInt() == expected;
    if (first != u'0' && first != u'1') {
        const QString kind = checksumOk && first >= u'2' && first <= u'8'
                                 ? QStringLiteral(": this is an establishment unit number")
                                 : QString();
        return IdentifierCheck::reject(
            QStringLiteral("kbo.first-digit"),
            QStringLiteral("first digit %1 is not 0 or 1%2").arg(first).arg(kind), digits);
    }
    if (!checksumOk)
        return IdentifierCheck::reject(
            QStringLiteral("kbo.checksum"),
            QStringLiteral("check digits %1 do not match 97 - (%2 mod 97) = %3")
                .arg(digits.right(2), digits.left(8))
                .arg(expected),
            digits);
    return IdentifierCheck::accept(digits);
}

} // namespace

IdentifierCheck CompanyNumber::check(const QString& input)
{
    QString digits;
    if (auto rejected = identifiertext::readDigits(withoutCountry(input), u".-/",
                                                   QStringLiteral("kbo"), digits))
        return *rejected;
    const bool oldForm = digits.size() == 9;
    if (oldForm)
        digits.prepend(u'0');
    if (digits.size() != 10)
        return IdentifierCheck::reject(QStringLiteral("kbo.length"),
                                       QStringLiteral("expected 10 digits (or 9 in the old form), "
                                                      "got %1")
                                           .arg(digits.size()));
    IdentifierCheck result = checkTenDigits(digits);
    if (result.valid && oldForm) {
        result.warnings.append(QStringLiteral("kbo.nine-digits"));
        result.detail = QStringLiteral("old 9-digit number: a leading 0 was added");
    }
    return result;
}

QString CompanyNumber::format(const QString& input)
{
    const IdentifierCheck checked = check(input);
    if (!checked.valid)
        return {};
    const QString& d = checked.normalized;
    return QStringLiteral("%1.%2.%3").arg(d.mid(0, 4), d.mid(4, 3), d.mid(7, 3));
}

QString CompanyNumber::vatNumber(const QString& input)
{
    const IdentifierCheck checked = check(input);
    return checked.valid ? QStringLiteral("BE") + checked.normalized : QString();
}

int CompanyNumber::checkDigits(quint32 base8)
{
    return 97 - int(base8 % 97);
}

} // namespace regie
