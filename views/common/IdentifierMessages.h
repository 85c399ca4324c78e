#pragma once

#include "identifiers/IdentifierCheck.h"

#include <QString>
#include <QStringList>

namespace regie {

// User-facing, translated sentences (context "IdentifierMessages") for the rule codes of
// core/identifiers. Each names what is wrong and what to do.

// The sentence for a rejected check; an empty string when the check is valid.
QString identifierMessage(const IdentifierCheck& check);
// The sentences for the soft findings of a check (e.g. "pv.pattern", "kbo.nine-digits").
QStringList identifierWarningMessages(const IdentifierCheck& check);
// The sentence for one rule code; a general sentence for a code it does not know.
QString identifierRuleMessage(const QString& rule);

} // namespace regie
