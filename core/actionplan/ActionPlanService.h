#pragma once

#include "ActionPlan.h"
#include "common/Result.h"
#include "storage/WritePath.h"

namespace regie {

class ChangeSet;

// Changes to the action plan. Saving a fiche writes only what differs from the stored version,
// field by field and list item by list item, as one action through the write path.
class ActionPlanService
{
public:
    explicit ActionPlanService(WritePath& writes) : m_writes(writes) {}

    // `before` is the fiche as loaded, `after` as edited. Validates, then writes the difference.
    Result<Receipt> saveFiche(const Fiche& before, const Fiche& after);

    // Field and list problems of a fiche, empty when it may be saved.
    static Result<void> validate(const Fiche& fiche);

private:
    WritePath& m_writes;
};

} // namespace regie
