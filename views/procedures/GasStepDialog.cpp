#include "GasStepDialog.h"

#include "common/ErrorText.h"
#include "identifiers/PaymentReference.h"
#include "procedures/ProcedureText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace regie {

namespace {

const QString kDecision = QStringLiteral("decision-posted");
const QString kJudgment = QStringLiteral("judgment");
const QString kPayment = QStringLiteral("payment");
const QString kAppeal = QStringLiteral("appeal-lodged");

} // namespace

GasStepDialog::GasStepDialog(GasService& gas, const GasDossier& dossier, const QString& type,
                             const QDate& today, QWidget* parent)
    : QDialog(parent), m_gas(gas), m_dossierId(dossier.id), m_type(type)
{
    setObjectName(QStringLiteral("gasStepDialog"));
    setWindowTitle(tr("%1 — %2").arg(ProcedureText::event(type), dossier.number));
    auto* form = new QFormLayout;
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("stepDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(type == QLatin1String("hearing-planned") ? tr("&Hearing on:") : tr("&Date:"),
                 m_date);
    if (type == kDecision || type == kJudgment || type == kPayment) {
        m_amount = new QDoubleSpinBox(this);
        m_amount->setObjectName(QStringLiteral("stepAmount"));
        m_amount->setRange(0, 100000);
        m_amount->setDecimals(2);
        m_amount->setSuffix(QStringLiteral(" €"));
        if (type == kDecision && dossier.intendedFine)
            m_amount->setValue(*dossier.intendedFine);
        if (type == kPayment && dossier.decidedFine)
            m_amount->setValue(std::max(0.0, *dossier.decidedFine - dossier.paidAmount));
        form->addRow(type == kPayment ? tr("&Amount paid:") : tr("&Fine:"), m_amount);
    }
    if (type == kDecision || type == kJudgment) {
        m_outcome = new QComboBox(this);
        m_outcome->setObjectName(QStringLiteral("stepOutcome"));
        if (type == kDecision) {
            m_outcome->addItem(tr("Fine"), QString());
            m_outcome->addItem(tr("No fine"), QStringLiteral("no-fine"));
            m_outcome->addItem(tr("Mediation"), QStringLiteral("mediation"));
            m_outcome->addItem(tr("Community service"), QStringLiteral("community-service"));
        } else {
            m_outcome->addItem(tr("Confirmed"), QStringLiteral("confirmed"));
            m_outcome->addItem(tr("Reduced"), QStringLiteral("reduced"));
            m_outcome->addItem(tr("Annulled"), QStringLiteral("annulled"));
        }
        form->addRow(tr("&Outcome:"), m_outcome);
    }
    if (type == kAppeal) {
        m_court = new QLineEdit(this);
        m_court->setObjectName(QStringLiteral("stepCourt"));
        m_court->setPlaceholderText(tr("Police court or youth court"));
        form->addRow(tr("&Court:"), m_court);
    }
    if (type == kPayment) {
        m_reference = new QLineEdit(PaymentReference::format(dossier.paymentReference), this);
        m_reference->setObjectName(QStringLiteral("stepReference"));
        form->addRow(tr("Re&ference:"), m_reference);
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("stepNote"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().height() * 4);
    form->addRow(tr("&Note:"), m_note);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("stepError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (submit())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

bool GasStepDialog::needsAmount() const
{
    if (!m_amount)
        return false;
    if (!m_outcome)
        return true;
    const QString outcome = m_outcome->currentData().toString();
    return outcome.isEmpty() || outcome == QLatin1String("reduced");
}

GasEventInput GasStepDialog::input() const
{
    GasEventInput in;
    in.type = m_type;
    in.date = m_date->date();
    if (needsAmount())
        in.amount = m_amount->value();
    if (m_outcome)
        in.outcome = m_outcome->currentData().toString();
    if (m_court)
        in.court = m_court->text().trimmed();
    if (m_reference)
        in.reference = m_reference->text().remove(QRegularExpression(QStringLiteral("[^0-9]")));
    in.note = m_note->toPlainText().trimmed();
    return in;
}

QString GasStepDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool GasStepDialog::submit()
{
    auto outcome = m_gas.record(m_dossierId, input());
    if (!outcome.ok()) {
        m_error->setText(ErrorText::message(outcome.error()));
        m_error->show();
        return false;
    }
    m_error->clear();
    m_error->hide();
    Q_EMIT recorded(*outcome);
    return true;
}

} // namespace regie
