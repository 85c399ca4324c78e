#pragma once

#include "IdentifierCheck.h"

#include <QString>

namespace regie {

// The company number (ondernemingsnummer / numéro d'entreprise) of the Crossroads Bank for
// Enterprises (KBO/BCE): 10 digits, first digit 0 or 1, last two digits = 97 - (first 8 digits
// mod 97). Accepts "0440.966.354", "BE0440966354" (the VAT form) and old 9-digit numbers, to
// which a leading 0 is added (warning "kbo.nine-digits"). Normalized form: 10 digits.
// Rules: kbo.empty, kbo.characters, kbo.length, kbo.first-digit, kbo.checksum.
class CompanyNumber
{
public:
    static IdentifierCheck check(const QString& input);
    // "0440.966.354"; empty when the number is invalid.
    static QString format(const QString& input);
    // "BE0440966354"; empty when the number is invalid.
    static QString vatNumber(const QString& input);
    // The two check digits for 8 leading digits: 97 - (base mod 97).
    static int checkDigits(quint32 base8);
};

} // namespace regie
