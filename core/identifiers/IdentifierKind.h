#pragma once

#include "IdentifierCheck.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace regie {

// The identifiers Regie validates, for callers that choose the kind at run time (CLI, import).
enum class IdentifierKind
{
    Nrn,  // national register number
    Bis,  // BIS number
    Kbo,  // company number
    Iban, // Belgian IBAN
    Ogm,  // structured payment reference
    Pv,   // police report number (soft check)
};

// Stable short names: "nrn", "bis", "kbo", "iban", "ogm", "pv".
QString identifierKindName(IdentifierKind kind);
QStringList identifierKindNames();
std::optional<IdentifierKind> identifierKindFromName(QStringView name);

IdentifierCheck checkIdentifier(IdentifierKind kind, const QString& input);
// The display form ("85.07.30-033.28", "0440.966.354", "BE68 5390 0754 7034",
// "+++090/9337/55493+++"); empty when the input is invalid.
QString formatIdentifier(IdentifierKind kind, const QString& input);

} // namespace regie
