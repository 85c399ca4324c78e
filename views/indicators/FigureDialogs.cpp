#include "FigureDialogs.h"

#include "common/FormWidgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace regie {


FigureDialog::FigureDialog(const IndicatorCatalogue& catalogue, const QString& language,
                           const Period& period, const QDate& today, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Partner's figure"));
    auto* form = new QFormLayout;
    m_indicator = new QComboBox(this);
    m_indicator->setObjectName(QStringLiteral("figureIndicator"));
    for (const IndicatorDefinition& d : catalogue.all()) {
        if (d.kind == QLatin1String("entered"))
            m_indicator->addItem(QStringLiteral("%1  %2").arg(d.ficheCode, d.label(language)), d.key);
    }
    m_from = makeDateEdit(period.from.isValid() ? period.from : today, this);
    m_to = makeDateEdit(period.to.isValid() ? period.to : today, this);
    m_value = new QDoubleSpinBox(this);
    m_value->setObjectName(QStringLiteral("figureValue"));
    m_value->setRange(0, 1e9);
    m_value->setDecimals(1);
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("figureSource"));
    m_source->setPlaceholderText(tr("Organisation and document, e.g. jaarverslag 2026"));
    m_sourceDate = makeDateEdit(today, this);
    m_note = new QLineEdit(this);
    form->addRow(tr("&Indicator"), m_indicator);
    form->addRow(tr("&From"), m_from);
    form->addRow(tr("&To"), m_to);
    form->addRow(tr("&Value"), m_value);
    form->addRow(tr("&Source"), m_source);
    form->addRow(tr("Source &date"), m_sourceDate);
    form->addRow(tr("&Note"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(makeSaveCancel(this));
}

IndicatorFigure FigureDialog::figure() const
{
    IndicatorFigure f;
    f.indicatorKey = m_indicator->currentData().toString();
    f.period = {m_from->date(), m_to->date()};
    f.value = m_value->value();
    f.source = m_source->text().trimmed();
    f.sourceDate = m_sourceDate->date();
    f.note = m_note->text().trimmed();
    return f;
}

BranchCountDialog::BranchCountDialog(const Period& period, const QDate& today, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Branch inventory"));
    auto* form = new QFormLayout;
    m_branch = new QComboBox(this);
    m_branch->setObjectName(QStringLiteral("branch"));
    for (const QString& branch : IndicatorRecords::branches())
        m_branch->addItem(branchLabel(branch), branch);
    m_from = makeDateEdit(period.from.isValid() ? period.from : today, this);
    m_to = makeDateEdit(period.to.isValid() ? period.to : today, this);
    form->addRow(tr("&Branch"), m_branch);
    form->addRow(tr("&From"), m_from);
    form->addRow(tr("&To"), m_to);
    for (const QString& field : IndicatorRecords::branchFields()) {
        auto* spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("count-") + field);
        spin->setRange(0, 1000000);
        m_counts.insert(field, spin);
        form->addRow(fieldLabel(field), spin);
    }
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("branchSource"));
    m_source->setPlaceholderText(tr("e.g. Politie Antwerpen, prostitutieteam"));
    m_sourceDate = makeDateEdit(today, this);
    form->addRow(tr("&Source"), m_source);
    form->addRow(tr("Source &date"), m_sourceDate);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(makeSaveCancel(this));
}

BranchCount BranchCountDialog::count() const
{
    BranchCount c;
    c.branch = m_branch->currentData().toString();
    c.period = {m_from->date(), m_to->date()};
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        c.counts.insert(it.key(), it.value()->value());
    c.source = m_source->text().trimmed();
    c.sourceDate = m_sourceDate->date();
    return c;
}

QString BranchCountDialog::branchLabel(const QString& branch)
{
    if (branch == QLatin1String("window"))
        return tr("Window prostitution");
    if (branch == QLatin1String("street"))
        return tr("Street prostitution");
    if (branch == QLatin1String("strip-club"))
        return tr("Strip club, bar");
    if (branch == QLatin1String("escort"))
        return tr("Escort");
    if (branch == QLatin1String("private-reception"))
        return tr("Private reception");
    if (branch == QLatin1String("home-reception"))
        return tr("Home reception");
    if (branch == QLatin1String("massage"))
        return tr("Massage parlour");
    return tr("Other");
}

QString BranchCountDialog::fieldLabel(const QString& field)
{
    if (field == QLatin1String("establishments"))
        return tr("Establishments");
    if (field == QLatin1String("controls"))
        return tr("Controls");
    if (field == QLatin1String("establishments_checked"))
        return tr("Establishments checked");
    if (field == QLatin1String("persons_checked"))
        return tr("Persons checked");
    if (field == QLatin1String("reports_pv"))
        return tr("Police reports (PV)");
    if (field == QLatin1String("rir"))
        return tr("RIRs");
    if (field == QLatin1String("information_reports"))
        return tr("Information reports");
    if (field == QLatin1String("administrative_arrests"))
        return tr("Administrative arrests");
    return tr("Judicial arrests");
}

} // namespace regie
