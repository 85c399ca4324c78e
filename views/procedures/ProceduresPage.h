#pragma once

#include "shell/Page.h"

class QTabWidget;

namespace regie {

class Clock;
class GasListPanel;
class HolderSanctionPanel;
class HolderSanctionService;
class LetterService;
class GasService;
class MeasureListPanel;
class MeasureService;
class PersonRepository;
class RuleBook;
class ViewState;
class WritePath;

// Procedures: the GAS fine dossiers and the mayor's measures, each a list with the selected
// record beside it; the rule sets in force are one click away.
class ProceduresPage : public Page
{
    Q_OBJECT
public:
    ProceduresPage(GasService& gas, MeasureService& measures, const PersonRepository& people,
                   const RuleBook& rules, WritePath& writes, const Clock& clock,
                   ViewState* state = nullptr, QWidget* parent = nullptr);

    QString key() const override { return QStringLiteral("procedures"); }
    QString title() const override { return tr("Procedures"); }
    QIcon icon() const override;
    void activate() override;
    void focusSearch() override;

    GasListPanel* gasPanel() const { return m_gas; }
    MeasureListPanel* measurePanel() const { return m_measures; }
    // Opens a GAS dossier or a measure (as the board asks: procedure "gas-fine" or a measure
    // kind) in its tab.
    bool open(const QString& procedure, const QString& id);
    void showRuleSets();
    // Adds the tab of the sanction procedures against certificate holders (the app gives it the
    // services; a page without them has the GAS and measure tabs only).
    HolderSanctionPanel* addHolderSanctions(HolderSanctionService& service, LetterService* letters,
                                            const Clock& clock);
    HolderSanctionPanel* holderSanctionPanel() const { return m_holders; }

private:
    const RuleBook& m_rules;
    QTabWidget* m_tabs = nullptr;
    GasListPanel* m_gas = nullptr;
    MeasureListPanel* m_measures = nullptr;
    HolderSanctionPanel* m_holders = nullptr;
};

} // namespace regie
