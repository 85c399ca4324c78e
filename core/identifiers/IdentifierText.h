#pragma once

#include "IdentifierCheck.h"

#include <QString>
#include <QStringView>
#include <optional>

// Text helpers shared by the identifier validators. Internal to core/identifiers.
namespace regie::identifiertext {

// Reads the digits of `input`, skipping whitespace and the given separator characters.
// Rejects empty input with "<prefix>.empty" and any other character with "<prefix>.characters".
// On success stores the digits in `digits` and returns nullopt.
std::optional<IdentifierCheck> readDigits(QStringView input, QStringView separators,
                                          const QString& prefix, QString& digits);

// "character 'x' at position 3" (1-based), for details.
QString describeCharacter(QStringView text, qsizetype index);

// Remainder of an arbitrarily long decimal digit string modulo 97.
int mod97(QStringView digits);

// Zero-padded decimal text of `value` with at least `width` digits.
QString padded(quint64 value, int width);

} // namespace regie::identifiertext
