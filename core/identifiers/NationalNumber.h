#pragma once

#include "PersonNumber.h"

namespace regie {

// The national register number (rijksregisternummer), e.g. 85.07.30-033.28.
// Accepts punctuation: dots, dashes, slashes and spaces. See PersonNumber for the rules.
class NationalNumber
{
public:
    static IdentifierCheck check(const QString& input)
    {
        return PersonNumber::check(input, PersonNumber::Kind::National);
    }
    static std::optional<PersonNumber> parse(const QString& input)
    {
        return PersonNumber::parse(input, PersonNumber::Kind::National);
    }
    // The birth date when the number is valid and its month and day are known.
    static std::optional<QDate> birthDate(const QString& input);
    // Unknown when the number is invalid.
    static RegisterSex sex(const QString& input);
    // "YY.MM.DD-SSS.CC"; empty when the number is invalid.
    static QString format(const QString& input);
};

} // namespace regie
