#pragma once

#include "common/Result.h"
#include "rules/RuleBook.h"

namespace regie {

class Database;
class WritePath;

// After a rule set is added: every GAS dossier whose date of facts falls under another set than
// the one it was computed with gets the new set's name and its derived deadline columns
// (limitation, payment due, next deadline) recomputed, through the write path, in one action.
class GasRuleRefresh
{
public:
    struct Outcome
    {
        int examined = 0;
        int changed = 0;
    };
    static Result<Outcome> run(Database& db, WritePath& writes, const RuleBook& book);
};

} // namespace regie
