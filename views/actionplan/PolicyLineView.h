#pragma once

#include "actionplan/ActionPlan.h"

#include <QTextBrowser>

namespace regie {

// Read-only view of a policy line (krachtlijn): goal, vision, objectives, result indicators.
class PolicyLineView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PolicyLineView(QWidget* parent = nullptr);
    void showLine(const PolicyLine& line);
    void showPlan(const PlanInfo& plan, int lines, int fiches);
};

} // namespace regie
