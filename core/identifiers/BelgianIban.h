#pragma once

#include "IdentifierCheck.h"

#include <QString>

namespace regie {

// A Belgian IBAN: "BE" + 2 IBAN check digits + 12 digits (3-digit bank code, 7-digit account,
// 2-digit national check). Accepts spaces, dashes and lower case. Two checks: the IBAN check
// (ISO 7064 MOD 97-10: the first four characters moved to the end, letters as 10..35, the whole
// number mod 97 must be 1) and the national check (first 10 account digits mod 97, 97 when 0,
// equal to the last two). Normalized form: 16 characters, upper case, no spaces.
// Rules: iban.empty, iban.characters, iban.country, iban.length, iban.checksum,
// iban.national-check.
class BelgianIban
{
public:
    static IdentifierCheck check(const QString& input);
    // "BE68 5390 0754 7034" (groups of four); empty when the IBAN is invalid.
    static QString format(const QString& input);
    // ISO 7064 MOD 97-10 remainder of an upper-case IBAN (1 for a correct IBAN).
    static int ibanRemainder(const QString& compactIban);
};

} // namespace regie
