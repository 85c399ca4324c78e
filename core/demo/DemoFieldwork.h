#pragma once

#include "common/Result.h"

namespace regie {

class CertificateServices;
class Clock;
class Database;
class MeasureService;
class RuleBook;
class WritePath;

// The certificate side of the demo, through the services a user would use, for the premises and
// persons DemoData made: a main holder per premises, a certificate dossier each (complete
// documents and checks, granted — some with conditions, one overdue; some close to renewal; a
// few refused), this year's proactive inspections for most premises (one with a not-conform item
// and its draft finding), a window register for the first premises, a few place bans and
// closures, and two sanction dossiers against holders at different stages. Deterministic in
// content for a clock date (the ids are new).
struct DemoFieldworkCounts
{
    int certificates = 0;
    int inspections = 0;
    int measures = 0;
    int sanctions = 0;
};

Result<DemoFieldworkCounts> addDemoFieldwork(Database& db, WritePath& writes, const Clock& clock,
                                             const RuleBook& rules,
                                             CertificateServices& services, int premises,
                                             int persons);

} // namespace regie
