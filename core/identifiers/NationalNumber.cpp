#include "NationalNumber.h"

namespace regie {

std::optional<QDate> NationalNumber::birthDate(const QString& input)
{
    const auto number = parse(input);
    return number ? number->birthDate() : std::nullopt;
}

RegisterSex NationalNumber::sex(const QString& input)
{
    const auto number = parse(input);
    return number ? number->sex() : RegisterSex::Unknown;
}

QString NationalNumber::format(const QString& input)
{
    const auto number = parse(input);
    return number ? number->formatted() : QString();
}

} // namespace regie
