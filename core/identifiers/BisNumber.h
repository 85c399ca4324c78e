#pragma once

#include "PersonNumber.h"

namespace regie {

// The BIS number (persons not in the National Register): month + 20 or + 40.
// Accepts punctuation: dots, dashes, slashes and spaces. See PersonNumber for the rules.
class BisNumber
{
public:
    static IdentifierCheck check(const QString& input)
    {
        return PersonNumber::check(input, PersonNumber::Kind::Bis);
    }
    static std::optional<PersonNumber> parse(const QString& input)
    {
        return PersonNumber::parse(input, PersonNumber::Kind::Bis);
    }
    // The birth date when the number is valid and its month and day are known.
    static std::optional<QDate> birthDate(const QString& input);
    // Unknown when the number is invalid.
    static RegisterSex sex(const QString& input);
    // "YY.MM.DD-SSS.CC"; empty when the number is invalid.
    static QString format(const QString& input);
};

} // namespace regie
