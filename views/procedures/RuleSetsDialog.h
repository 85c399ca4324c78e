#pragma once

#include <QDialog>

class QTreeWidget;

namespace regie {

class RuleBook;

// The rule sets Regie applies, read-only: per procedure each set with the day it took effect
// and the day it stopped (the day before the next set), and under it every number with its unit
// and legal basis. A procedure uses the set valid on its date of facts.
class RuleSetsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RuleSetsDialog(const RuleBook& rules, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }

private:
    QTreeWidget* m_tree = nullptr;
};

} // namespace regie
