#pragma once

#include "Letter.h"
#include "LetterTemplate.h"

#include <QJsonObject>

namespace regie {

// JSON forms for regie-cli (ISO dates, null when absent).
namespace LetterJson {
QJsonObject letter(const Letter& letter, bool withData = false);
QJsonObject templateEntry(const LetterTemplate& letterTemplate);
} // namespace LetterJson

} // namespace regie
