#include "RuleSetsDialog.h"

#include "procedures/ProcedureText.h"
#include "rules/RuleBook.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <cmath>

namespace regie {

namespace {

QString valueText(const RuleValue& rule)
{
    if (rule.value.isBool())
        return rule.value.toBool() ? RuleSetsDialog::tr("yes") : RuleSetsDialog::tr("no");
    const double number = rule.value.toDouble();
    const QString amount = number == std::floor(number) ? QLocale().toString(qint64(number))
                                                        : QLocale().toString(number, 'f', 2);
    if (rule.unit == QLatin1String("days"))
        return RuleSetsDialog::tr("%1 days").arg(amount);
    if (rule.unit == QLatin1String("months"))
        return RuleSetsDialog::tr("%1 months").arg(amount);
    if (rule.unit == QLatin1String("years"))
        return RuleSetsDialog::tr("%1 years").arg(amount);
    if (rule.unit == QLatin1String("hours"))
        return RuleSetsDialog::tr("%1 hours").arg(amount);
    if (rule.unit == QLatin1String("EUR"))
        return QLocale().toCurrencyString(number, QStringLiteral("€"));
    if (rule.unit == QLatin1String("age"))
        return RuleSetsDialog::tr("age %1").arg(amount);
    return amount;
}

} // namespace

RuleSetsDialog::RuleSetsDialog(const RuleBook& rules, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("ruleSetsDialog"));
    setWindowTitle(tr("Rule sets"));
    auto* intro = new QLabel(tr("A procedure uses the rule set valid on its date of facts. These "
                                "rules are read-only here; a newer set is added as data."),
                             this);
    intro->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("ruleSetsTree"));
    m_tree->setHeaderLabels({tr("Rule set / rule"), tr("Value"), tr("Legal basis")});
    m_tree->setAlternatingRowColors(true);
    for (const RuleSet& set : rules.ruleSets()) {
        auto* top = new QTreeWidgetItem(m_tree);
        const QDate until = rules.validUntil(set);
        top->setText(0, tr("%1 — %2").arg(
                            set.name, ProcedureText::procedure(procedureKindName(set.procedure))));
        top->setText(
            1, until.isValid()
                   ? tr("valid %1 to %2")
                         .arg(set.validFrom.toString(Qt::ISODate), until.toString(Qt::ISODate))
                   : tr("valid from %1").arg(set.validFrom.toString(Qt::ISODate)));
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFirstColumnSpanned(false);
        for (auto it = set.rules.cbegin(); it != set.rules.cend(); ++it) {
            auto* child = new QTreeWidgetItem(top);
            child->setText(0, it.key());
            child->setText(1, valueText(it.value()));
            child->setText(2, it.value().basis);
            child->setToolTip(2, it.value().basis);
        }
    }
    m_tree->expandAll();
    m_tree->header()->resizeSection(0, 300);
    m_tree->header()->resizeSection(1, 200);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(980, 620);
}

} // namespace regie
