#pragma once

#include "common/Result.h"

#include <QJsonObject>

namespace regie {

class WritePath;

// Loads a transcribed action plan (resources/seed/*.json, format documented in docs/) through
// the write path, so that the seed is in the change log like every other change.
class ActionPlanSeeder
{
public:
    explicit ActionPlanSeeder(WritePath& writes) : m_writes(writes) {}

    // The 2016-2018 plan that ships with Regie.
    Result<QString> loadBundledPlan();
    // Returns the new plan's id.
    Result<QString> load(const QJsonObject& document);

    static QString bundledPlanResource();

private:
    WritePath& m_writes;
};

} // namespace regie
