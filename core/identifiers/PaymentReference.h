#pragma once

#include "IdentifierCheck.h"
#include "common/Result.h"

#include <QString>

namespace regie {

// The Belgian structured payment reference (gestructureerde mededeling / OGM-VCS): 12 digits
// shown as "+++ddd/dddd/ddddd+++"; the last two digits are the first ten mod 97, 97 when the
// remainder is 0. Accepts "+++...+++", "***...***" (with or without the slashes, spaces ignored)
// and 12 bare digits. Normalized form: 12 digits.
// Rules: ogm.empty, ogm.format, ogm.checksum.
class PaymentReference
{
public:
    static constexpr quint64 kBaseLimit = 10000000000ULL; // bases are below 10^10

    static IdentifierCheck check(const QString& input);
    // "+++ddd/dddd/ddddd+++"; empty when the reference is invalid.
    static QString format(const QString& input);
    // base mod 97, or 97 when the remainder is 0.
    static int checkDigits(quint64 base);
    // The 12-digit reference for a 10-digit base; Usage error when base >= 10^10.
    static Result<QString> fromBase(quint64 base);
    // A deterministic base for a dossier number "PREFIX/YYYY/CODE/SEQUENCE"; see the .cpp for the
    // scheme. Validation error when the text is not a dossier number or the sequence > 99999.
    static Result<quint64> baseFromDossierNumber(const QString& dossierNumber);
    // fromBase(baseFromDossierNumber(dossierNumber)).
    static Result<QString> fromDossierNumber(const QString& dossierNumber);
    // The 3-digit slot (0..999) of an installation short code used in the base.
    static int installationSlot(const QString& shortCode);
};

} // namespace regie
