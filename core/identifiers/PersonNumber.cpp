#include "PersonNumber.h"

#include "IdentifierText.h"

#include <utility>

namespace regie {

namespace {

int field(const QString& digits, int from, int length)
{
    return digits.mid(from, length).toInt();
}

int bisOffset(int rawMonth)
{
    if (rawMonth >= 40 && rawMonth <= 52)
        return 40;
    if (rawMonth >= 20 && rawMonth <= 32)
        return 20;
    return 0;
}

bool isPlainMonth(int rawMonth)
{
    return rawMonth >= 0 && rawMonth <= 12;
}

QString prefixOf(PersonNumber::Kind kind)
{
    return kind == PersonNumber::Kind::National ? QStringLiteral("nrn") : QStringLiteral("bis");
}

std::optional<IdentifierCheck> checkMonth(int rawMonth, PersonNumber::Kind kind)
{
    const QString month = identifiertext::padded(rawMonth, 2);
    if (kind == PersonNumber::Kind::National) {
        if (isPlainMonth(rawMonth))
            return std::nullopt;
        if (bisOffset(rawMonth) != 0)
            return IdentifierCheck::reject(
                QStringLiteral("nrn.bis-month"),
                QStringLiteral("month %1 is a birth month + %2: this is a BIS number")
                    .arg(month)
                    .arg(bisOffset(rawMonth)));
        return IdentifierCheck::reject(QStringLiteral("nrn.date"),
                                       QStringLiteral("month %1 does not exist").arg(month));
    }
    if (bisOffset(rawMonth) != 0)
        return std::nullopt;
    const QString why = isPlainMonth(rawMonth)
                            ? QStringLiteral("month %1 has no BIS offset (+20 or +40): this is a "
                                             "national register number")
                            : QStringLiteral("month %1 is neither a birth month + 20 nor + 40");
    return IdentifierCheck::reject(QStringLiteral("bis.month"), why.arg(month));
}

int expectedCheck(quint64 base9, int century)
{
    const quint64 value = century == 2000 ? 2000000000ULL + base9 : base9;
    return 97 - int(value % 97);
}

// 1900 or 2000 when the check digits match that century's rule, else 0.
int matchCentury(const QString& digits)
{
    const quint64 base9 = digits.left(9).toULongLong();
    const int check = field(digits, 9, 2);
    if (check == expectedCheck(base9, 1900))
        return 1900;
    if (check == expectedCheck(base9, 2000))
        return 2000;
    return 0;
}

QString checksumDetail(const QString& digits)
{
    const QString base = digits.left(9);
    const quint64 base9 = base.toULongLong();
    return QStringLiteral("check digits %1 do not match 97 - (%2 mod 97) = %3, nor the 2000+ "
                          "rule 97 - (2%2 mod 97) = %4")
        .arg(digits.right(2), base)
        .arg(expectedCheck(base9, 1900))
        .arg(expectedCheck(base9, 2000));
}

QString acceptDetail(const PersonNumber& number)
{
    const QString rule = number.birthCentury() == 2000 ? QStringLiteral("2000+ check rule")
                                                       : QStringLiteral("pre-2000 check rule");
    return QStringLiteral("%1: birth year %2").arg(rule).arg(number.birthYear());
}

} // namespace

PersonNumber::PersonNumber(Kind kind, QString digits, int century)
    : m_kind(kind), m_digits(std::move(digits)), m_century(century)
{
}

IdentifierCheck PersonNumber::check(const QString& input, Kind kind)
{
    const QString prefix = prefixOf(kind);
    QString digits;
    if (auto rejected = identifiertext::readDigits(input, u".-/", prefix, digits))
        return *rejected;
    if (digits.size() != 11)
        return IdentifierCheck::reject(
            prefix + QStringLiteral(".length"),
            QStringLiteral("expected 11 digits, got %1").arg(digits.size()));
    IdentifierCheck result = checkElevenDigits(digits, kind);
    if (!result.valid)
        result.normalized = digits;
    return result;
}

IdentifierCheck PersonNumber::checkElevenDigits(const QString& digits, Kind kind)
{
    const QString prefix = prefixOf(kind);
    if (auto rejected = checkMonth(field(digits, 2, 2), kind))
        return *rejected;
    if (field(digits, 4, 2) > 31)
        return IdentifierCheck::reject(
            prefix + QStringLiteral(".date"),
            QStringLiteral("day %1 does not exist").arg(digits.mid(4, 2)));
    const int century = matchCentury(digits);
    if (century == 0)
        return IdentifierCheck::reject(prefix + QStringLiteral(".checksum"),
                                       checksumDetail(digits));
    const PersonNumber number(kind, digits, century);
    if (number.birthMonth() != 0 && number.birthDay() != 0 && !number.birthDate())
        return IdentifierCheck::reject(
            prefix + QStringLiteral(".date"),
            QStringLiteral("%1-%2-%3 is not a real date (the %4 check rule matched)")
                .arg(number.birthYear())
                .arg(identifiertext::padded(number.birthMonth(), 2),
                     identifiertext::padded(number.birthDay(), 2))
                .arg(century == 2000 ? QStringLiteral("2000+") : QStringLiteral("pre-2000")));
    return IdentifierCheck::accept(digits, acceptDetail(number));
}

std::optional<PersonNumber> PersonNumber::parse(const QString& input, Kind kind)
{
    const IdentifierCheck checked = check(input, kind);
    if (!checked.valid)
        return std::nullopt;
    return PersonNumber(kind, checked.normalized, matchCentury(checked.normalized));
}

QString PersonNumber::format(const QString& digits)
{
    if (digits.size() != 11)
        return digits;
    return QStringLiteral("%1.%2.%3-%4.%5")
        .arg(digits.mid(0, 2), digits.mid(2, 2), digits.mid(4, 2), digits.mid(6, 3),
             digits.mid(9, 2));
}

int PersonNumber::birthYear() const
{
    return m_century + field(m_digits, 0, 2);
}

int PersonNumber::birthMonth() const
{
    const int rawMonth = field(m_digits, 2, 2);
    return rawMonth - bisOffset(rawMonth);
}

int PersonNumber::birthDay() const
{
    return field(m_digits, 4, 2);
}

std::optional<QDate> PersonNumber::birthDate() const
{
    if (birthMonth() == 0 || birthDay() == 0)
        return std::nullopt;
    const QDate date(birthYear(), birthMonth(), birthDay());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

int PersonNumber::sequence() const
{
    return field(m_digits, 6, 3);
}

RegisterSex PersonNumber::sex() const
{
    if (m_kind == Kind::Bis && bisOffset(field(m_digits, 2, 2)) == 20)
        return RegisterSex::Unknown;
    return sequence() % 2 == 1 ? RegisterSex::Male : RegisterSex::Female;
}

} // namespace regie
