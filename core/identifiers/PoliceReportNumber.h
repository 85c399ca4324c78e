#pragma once

#include "IdentifierCheck.h"

#include <QString>

namespace regie {

// A police report number (PV / proces-verbaal), e.g. "TG.69.L3.00572/24": judicial district
// code . category (2 digits) . reporting service (letter + digit) . sequence / year (2 digits).
// Stored as free text: the check is always valid and only warns ("pv.pattern") when the text
// does not look like XX.99.X9.99999/99 (spaces ignored). Empty text is valid without warning
// (findings by city officers have no PV number). Normalized form: trimmed, upper case.
class PoliceReportNumber
{
public:
    static IdentifierCheck check(const QString& input);
    static bool matchesPattern(const QString& input);
};

} // namespace regie
