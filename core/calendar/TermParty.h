#pragma once

#include <QString>

namespace regie {

// Who must meet a term. Citizen terms whose last day is not a working day move to the next
// working day (Judicial Code art. 53); city terms never move (domain-rules.md §1).
enum class TermParty
{
    City,
    Citizen,
};

// Stable machine name: "city" or "citizen" (used in JSON output).
inline QString termPartyName(TermParty party)
{
    return party == TermParty::City ? QStringLiteral("city") : QStringLiteral("citizen");
}

} // namespace regie
