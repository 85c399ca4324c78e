#include "BisNumber.h"

namespace regie {

std::optional<QDate> BisNumber::birthDate(const QString& input)
{
    const auto number = parse(input);
    return number ? number->birthDate() : std::nullopt;
}

RegisterSex BisNumber::sex(const QString& input)
{
    const auto number = parse(input);
    return number ? number->sex() : RegisterSex::Unknown;
}

QString BisNumber::format(const QString& input)
{
    const auto number = parse(input);
    return number ? number->formatted() : QString();
}

} // namespace regie
