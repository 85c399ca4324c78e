#include "ProceduresPage.h"
#include "sanctions/HolderSanctionPanel.h"

#include "GasListPanel.h"
#include "MeasureListPanel.h"
#include "RuleSetsDialog.h"
#include "common/ViewState.h"

#include <QAction>
#include <QFile>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace regie {

ProceduresPage::ProceduresPage(GasService& gas, MeasureService& measures,
                               const PersonRepository& people, const RuleBook& rules,
                               WritePath& writes, const Clock& clock, ViewState* state,
                               QWidget* parent)
    : Page(parent), m_rules(rules)
{
    setObjectName(QStringLiteral("proceduresPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("proceduresTabs"));
    m_tabs->setDocumentMode(true);
    m_gas = new GasListPanel(gas, people, writes, clock, state, m_tabs);
    m_measures = new MeasureListPanel(measures, writes, clock, m_tabs);
    m_tabs->addTab(m_gas, tr("&GAS fines"));
    m_tabs->addTab(m_measures, tr("&Mayor's measures"));

    auto* rulesAction = new QAction(tr("R&ule sets…"), this);
    rulesAction->setObjectName(QStringLiteral("ruleSetsAction"));
    rulesAction->setToolTip(tr("The terms and limits in force, with their legal basis"));
    connect(rulesAction, &QAction::triggered, this, &ProceduresPage::showRuleSets);
    auto* rulesButton = new QToolButton(m_tabs);
    rulesButton->setDefaultAction(rulesAction);
    rulesButton->setAutoRaise(true);
    m_tabs->setCornerWidget(rulesButton, Qt::TopRightCorner);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    if (state) {
        // The tab the user worked in last: "gas" or "measures".
        const QString tabKey = QStringLiteral("procedures/tab");
        if (state->viewState(tabKey) == "measures")
            m_tabs->setCurrentWidget(m_measures);
        connect(m_tabs, &QTabWidget::currentChanged, this, [this, state, tabKey] {
            state->setViewState(tabKey, m_tabs->currentWidget() == m_measures ? "measures" : "gas");
        });
    }
    connect(m_gas, &GasListPanel::statusMessage, this, &Page::statusMessage);
    connect(m_measures, &MeasureListPanel::statusMessage, this, &Page::statusMessage);
}

HolderSanctionPanel* ProceduresPage::addHolderSanctions(HolderSanctionService& service,
                                                       LetterService* letters, const Clock& clock)
{
    if (m_holders)
        return m_holders;
    m_holders = new HolderSanctionPanel(service, letters, clock, m_tabs);
    m_tabs->addTab(m_holders, tr("Sanctions against &holders"));
    connect(m_holders, &HolderSanctionPanel::statusMessage, this, &Page::statusMessage);
    return m_holders;
}

QIcon ProceduresPage::icon() const
{
    const QString embedded = QStringLiteral(":/regie/icons/procedures.svg");
    if (QFile::exists(embedded))
        return QIcon(embedded);
    return QIcon::fromTheme(QStringLiteral("folder-documents"));
}

void ProceduresPage::activate()
{
    if (m_tabs->currentWidget() == m_gas) {
        m_gas->focusList();
        m_gas->announceCount();
    }
}

void ProceduresPage::focusSearch()
{
    m_tabs->setCurrentWidget(m_gas);
    m_gas->focusSearch();
}

bool ProceduresPage::open(const QString& procedure, const QString& id)
{
    if (procedure == QLatin1String("gas-fine")) {
        m_tabs->setCurrentWidget(m_gas);
        return m_gas->openDossier(id);
    }
    m_tabs->setCurrentWidget(m_measures);
    return m_measures->openMeasure(id);
}

void ProceduresPage::showRuleSets()
{
    auto* dialog = new RuleSetsDialog(m_rules, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace regie
