#pragma once

#include "common/Result.h"

namespace regie {

class Clock;
class Database;
class RuleBook;
class WritePath;

// Adds `count` fictitious GAS dossiers with their events, spread over the last two years and
// over every state (registered, started, defence-open, hearing-planned, heard, decided,
// appealed, judged, paid, unpaid-collection, closed-without-fine; some received late, some
// repeat offences), for the `persons` people that DemoData created (ids
// DemoData::demoId("person", i), i < persons). Deterministic: the same count and persons give the
// same dossiers, events and ids (DemoData::demoId("gas", i), DemoData::demoId("gas-event/<i>", k))
// against the same clock date. Every record goes through the write path, in batches of 500
// dossiers per change set; the derived deadline columns come from the legal clock, as in
// GasService. The installation's code and the next free sequence per year are used for the
// numbers. Returns the number of dossiers added.
Result<int> addDemoProcedures(WritePath& writes, Database& db, const Clock& clock,
                              const RuleBook& rules, int count, int persons);

} // namespace regie
