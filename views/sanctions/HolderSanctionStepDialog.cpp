#include "HolderSanctionStepDialog.h"

#include "common/ErrorText.h"
#include "common/FormWidgets.h"
#include "sanctions/HolderSanctionService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace regie {


QString HolderSanctionStepDialog::stepLabel(const QString& type)
{
    if (type == QLatin1String("finding"))
        return tr("Finding (police report)");
    if (type == QLatin1String("warning-letter"))
        return tr("Warning letter sent");
    if (type == QLatin1String("hearing-invitation"))
        return tr("Hearing invitation sent");
    if (type == QLatin1String("hearing-held"))
        return tr("Hearing held");
    if (type == QLatin1String("decision"))
        return tr("College decision");
    if (type == QLatin1String("execution-control"))
        return tr("Execution control with the police");
    if (type == QLatin1String("appeal"))
        return tr("Appeal to the Council of State");
    return tr("Council of State's ruling");
}

QString HolderSanctionStepDialog::decisionLabel(const QString& decision)
{
    if (decision == QLatin1String("suspension"))
        return tr("Suspension of the certificate");
    if (decision == QLatin1String("withdrawal"))
        return tr("Withdrawal of the certificate");
    if (decision == QLatin1String("temporary-closure"))
        return tr("Temporary closure");
    if (decision == QLatin1String("definitive-closure"))
        return tr("Definitive closure");
    return tr("No sanction");
}

QString HolderSanctionStepDialog::phaseLabel(const QString& phase)
{
    if (phase == QLatin1String("findings"))
        return tr("Findings, no warning yet");
    if (phase == QLatin1String("warned"))
        return tr("Warned");
    if (phase == QLatin1String("track-open"))
        return tr("Sanction track open");
    if (phase == QLatin1String("invited"))
        return tr("Invited to a hearing");
    if (phase == QLatin1String("heard"))
        return tr("Heard");
    if (phase == QLatin1String("decided"))
        return tr("Decided");
    if (phase == QLatin1String("appealed"))
        return tr("Under appeal");
    return tr("Closed");
}

HolderSanctionStepDialog::HolderSanctionStepDialog(HolderSanctionService& service,
                                                   const HolderSanction& dossier,
                                                   const QDate& today, QWidget* parent)
    : QDialog(parent), m_service(service), m_dossier(dossier.id)
{
    setWindowTitle(tr("Record a step in %1").arg(dossier.number));
    auto* form = new QFormLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("stepType"));
    for (const QString& type : HolderSanctionTypes::eventTypes())
        m_type->addItem(stepLabel(type), type);
    m_date = makeDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("stepDate"));
    m_report = new QLineEdit(this);
    m_report->setObjectName(QStringLiteral("stepReport"));
    m_report->setPlaceholderText(tr("e.g. AN.55.L1.012345/2026"));
    m_decision = new QComboBox(this);
    m_decision->setObjectName(QStringLiteral("stepDecision"));
    for (const QString& decision : HolderSanctionTypes::decisions())
        m_decision->addItem(decisionLabel(decision), decision);
    m_start = makeDateEdit(today, this);
    m_end = makeDateEdit(today.addMonths(1), this);
    m_notified = makeDateEdit(today, this);
    m_outcome = new QLineEdit(this);
    m_outcome->setObjectName(QStringLiteral("stepOutcome"));
    m_note = new QLineEdit(this);
    form->addRow(tr("&Step"), m_type);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("Police &report"), m_report);
    form->addRow(tr("D&ecision"), m_decision);
    form->addRow(tr("&First day"), m_start);
    form->addRow(tr("&Last day"), m_end);
    form->addRow(tr("N&otified on"), m_notified);
    form->addRow(tr("O&utcome"), m_outcome);
    form->addRow(tr("&Note"), m_note);
    m_decisionRows = {m_decision, m_start, m_end, m_notified};
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("stepError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &HolderSanctionStepDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &HolderSanctionStepDialog::updateFields);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateFields();
}

void HolderSanctionStepDialog::updateFields()
{
    const QString type = m_type->currentData().toString();
    auto* form = findChild<QFormLayout*>();
    const auto show = [form](QWidget* field, bool visible) {
        field->setVisible(visible);
        if (QWidget* label = form ? form->labelForField(field) : nullptr)
            label->setVisible(visible);
    };
    show(m_report, type == QLatin1String("finding"));
    for (QWidget* field : m_decisionRows)
        show(field, type == QLatin1String("decision"));
    show(m_outcome, type == QLatin1String("execution-control") ||
                        type == QLatin1String("appeal-outcome"));
}

HolderSanctionEvent HolderSanctionStepDialog::event() const
{
    HolderSanctionEvent e;
    e.type = m_type->currentData().toString();
    e.date = m_date->date();
    e.note = m_note->text().trimmed();
    if (e.type == QLatin1String("finding"))
        e.reportNumber = m_report->text().trimmed();
    if (e.type == QLatin1String("decision")) {
        e.decision = m_decision->currentData().toString();
        if (e.decision != QLatin1String("no-sanction"))
            e.start = m_start->date();
        if (e.decision == QLatin1String("suspension") ||
            e.decision == QLatin1String("temporary-closure"))
            e.end = m_end->date();
        e.notifiedOn = m_notified->date();
    }
    if (e.type == QLatin1String("execution-control") || e.type == QLatin1String("appeal-outcome"))
        e.outcome = m_outcome->text().trimmed();
    return e;
}

void HolderSanctionStepDialog::record()
{
    QStringList warnings;
    auto recorded = m_service.record(m_dossier, event(), &warnings);
    if (!recorded.ok()) {
        m_error->setText(ErrorText::message(recorded.error()));
        m_error->show();
        return;
    }
    Q_EMIT this->recorded(recorded.value(), warnings);
    accept();
}

} // namespace regie
