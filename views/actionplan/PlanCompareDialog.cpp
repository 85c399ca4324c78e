#include "PlanCompareDialog.h"

#include "actionplan/ActionPlanRepository.h"
#include "actionplan/PlanVersions.h"
#include "common/ErrorText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace regie {

PlanCompareDialog::PlanCompareDialog(const ActionPlanRepository& repo, QWidget* parent)
    : QDialog(parent), m_repo(repo)
{
    setWindowTitle(tr("Compare plan periods"));
    resize(760, 520);
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("compareFrom"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("compareTo"));
    if (auto plans = repo.plans(); plans.ok()) {
        for (const PlanInfo& p : plans.value()) {
            m_from->addItem(p.version, p.id);
            m_to->addItem(p.version, p.id);
        }
    }
    m_from->setCurrentIndex(std::max(0, m_from->count() - 2));
    m_to->setCurrentIndex(m_to->count() - 1);
    auto* choose = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    choose->addWidget(fromLabel);
    choose->addWidget(m_from);
    choose->addWidget(toLabel);
    choose->addWidget(m_to);
    choose->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("compareDifferences"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Fiche"), tr("Change"), tr("What changed")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    connect(m_from, &QComboBox::currentIndexChanged, this, &PlanCompareDialog::refresh);
    connect(m_to, &QComboBox::currentIndexChanged, this, &PlanCompareDialog::refresh);
    refresh();
}

void PlanCompareDialog::choose(const QString& fromPlanId, const QString& toPlanId)
{
    m_from->setCurrentIndex(m_from->findData(fromPlanId));
    m_to->setCurrentIndex(m_to->findData(toPlanId));
    refresh();
}

QString PlanCompareDialog::aspectLabel(const QString& aspect)
{
    if (aspect == QLatin1String("title"))
        return tr("title");
    if (aspect == QLatin1String("description"))
        return tr("description");
    if (aspect == QLatin1String("critical conditions"))
        return tr("critical conditions");
    if (aspect == QLatin1String("executor"))
        return tr("executor");
    if (aspect == QLatin1String("contact"))
        return tr("contact");
    if (aspect == QLatin1String("staff effort"))
        return tr("staff effort");
    if (aspect == QLatin1String("funding"))
        return tr("funding");
    if (aspect == QLatin1String("actions"))
        return tr("planned actions");
    if (aspect == QLatin1String("indicators"))
        return tr("measurement results");
    return tr("partners");
}

void PlanCompareDialog::refresh()
{
    m_tree->clear();
    const QString from = m_from->currentData().toString();
    const QString to = m_to->currentData().toString();
    if (from.isEmpty() || to.isEmpty())
        return;
    auto differences = PlanVersions::compare(m_repo, from, to);
    if (!differences.ok()) {
        m_summary->setText(ErrorText::message(differences.error()));
        return;
    }
    int added = 0, dropped = 0, changed = 0;
    for (const PlanVersions::FicheDifference& d : differences.value()) {
        QString change;
        if (d.change == QLatin1String("added")) {
            change = tr("added");
            ++added;
        } else if (d.change == QLatin1String("dropped")) {
            change = tr("dropped");
            ++dropped;
        } else {
            change = tr("changed");
            ++changed;
        }
        QStringList aspects;
        for (const QString& aspect : d.aspects)
            aspects << aspectLabel(aspect);
        new QTreeWidgetItem(m_tree, {d.code, change, aspects.join(QStringLiteral(", "))});
    }
    m_summary->setText(differences->isEmpty()
                           ? tr("The two periods hold the same fiches.")
                           : tr("Added: %1 · dropped: %2 · changed: %3")
                                 .arg(added)
                                 .arg(dropped)
                                 .arg(changed));
}

} // namespace regie
