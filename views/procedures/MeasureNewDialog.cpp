#include "MeasureNewDialog.h"

#include "common/ErrorText.h"
#include "common/FormWidgets.h"
#include "common/PersonPicker.h"
#include "premises/PremisesRepository.h"
#include "procedures/GasRepository.h"
#include "procedures/ProcedureText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace regie {

namespace {

const QString kPlaceBan = QStringLiteral("place-ban");
const QString kTrafficking = QStringLiteral("closure-trafficking");
const QString kPublicOrder = QStringLiteral("closure-public-order");
const QString kHearingOrder = QStringLiteral("hearing-order");

QPlainTextEdit* textBox(const QString& name, int lines, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

MeasureNewDialog::MeasureNewDialog(MeasureService& measures, const PersonRepository& people,
                                   const PremisesRepository& premises, const QDate& today,
                                   QWidget* parent)
    : QDialog(parent), m_measures(measures)
{
    setObjectName(QStringLiteral("measureNewDialog"));
    setWindowTitle(tr("New mayor's measure"));
    m_form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("measureNewKind"));
    for (const QString& kind : MeasureService::kinds())
        m_kind->addItem(ProcedureText::procedure(kind), kind);
    m_form->addRow(tr("&Kind"), m_kind);

    m_person = new PersonPicker(people, this);
    m_person->setObjectName(QStringLiteral("measureNewPerson"));
    connect(m_person, &PersonPicker::failed, this, &MeasureNewDialog::showError);
    m_form->addRow(tr("&Person"), m_person);
    m_premises = new QComboBox(this);
    m_premises->setObjectName(QStringLiteral("measureNewPremises"));
    m_premises->setEditable(true);
    m_premises->setInsertPolicy(QComboBox::NoInsert);
    m_premises->completer()->setFilterMode(Qt::MatchContains);
    m_premises->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_premises->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    fillPremises(premises);
    m_form->addRow(tr("Pr&emises"), m_premises);

    m_decided = makeDateEdit(today, this);
    m_decided->setObjectName(QStringLiteral("measureNewDecided"));
    m_form->addRow(tr("&Decided on"), m_decided);
    m_start = makeDateEdit(today, this);
    m_start->setObjectName(QStringLiteral("measureNewStart"));
    m_start->setToolTip(tr("The first day the measure applies; the decision date unless the "
                           "decision says otherwise."));
    m_form->addRow(tr("In effect &from"), m_start);
    // The start follows the decision date until the user changes it.
    connect(m_decided, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (!m_startEdited) {
            const QSignalBlocker block(m_start);
            m_start->setDate(date);
        }
    });
    connect(m_start, &QDateEdit::dateChanged, this, [this] { m_startEdited = true; });
    m_months = new QSpinBox(this);
    m_months->setObjectName(QStringLiteral("measureNewMonths"));
    m_months->setRange(1, 12);
    m_months->setSuffix(tr(" month(s)"));
    m_form->addRow(tr("Dura&tion"), m_months);
    m_validUntil = makeDateEdit(today.addMonths(1), this);
    m_validUntil->setObjectName(QStringLiteral("measureNewValidUntil"));
    m_form->addRow(tr("&Valid until"), m_validUntil);

    m_perimeter = new QLineEdit(this);
    m_perimeter->setObjectName(QStringLiteral("measureNewPerimeter"));
    m_perimeter->setPlaceholderText(tr("e.g. Schippersstraat, Verversrui and Vingerlingstraat"));
    m_form->addRow(tr("Pe&rimeter"), m_perimeter);
    m_hearingRow = optionalDate(m_hasHearing, m_hearing, QStringLiteral("measureNewHearing"),
                                tr("&held on"), today);
    m_form->addRow(tr("Hearing"), m_hearingRow);
    m_urgency = new QLineEdit(this);
    m_urgency->setObjectName(QStringLiteral("measureNewUrgency"));
    m_urgency->setPlaceholderText(tr("Only without a prior hearing: why it could not wait"));
    m_form->addRow(tr("&Urgency"), m_urgency);
    m_consulted = makeDateEdit(today, this);
    m_consulted->setObjectName(QStringLiteral("measureNewConsulted"));
    m_form->addRow(tr("Judicial authorities &consulted on"), m_consulted);
    m_confirmedRow =
        optionalDate(m_hasConfirmation, m_confirmed, QStringLiteral("measureNewConfirmed"),
                     tr("c&onfirmed on"), today);
    m_form->addRow(tr("College"), m_confirmedRow);
    m_order = textBox(QStringLiteral("measureNewOrder"), 3, this);
    m_form->addRow(tr("&Order"), m_order);
    m_reason = textBox(QStringLiteral("measureNewReason"), 3, this);
    m_reason->setPlaceholderText(tr("The facts and the legal basis the decision rests on"));
    m_form->addRow(tr("Reason and &basis"), m_reason);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("measureNewError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    auto* buttons = makeSaveCancel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MeasureNewDialog::updateFields);
    connect(m_hasHearing, &QCheckBox::toggled, this, &MeasureNewDialog::updateFields);
    updateFields();
    setMinimumWidth(620);
}

QWidget* MeasureNewDialog::optionalDate(QCheckBox*& check, QDateEdit*& date, const QString& name,
                                        const QString& label, const QDate& today)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    check = new QCheckBox(label, row);
    check->setObjectName(name + QStringLiteral("Known"));
    date = makeDateEdit(today, row);
    date->setObjectName(name);
    date->setEnabled(false);
    connect(check, &QCheckBox::toggled, date, &QWidget::setEnabled);
    layout->addWidget(check);
    layout->addWidget(date);
    layout->addStretch(1);
    return row;
}

void MeasureNewDialog::fillPremises(const PremisesRepository& premises)
{
    // The empty first entry is "no premises"; typing filters the addresses.
    m_premises->addItem(QString(), QString());
    m_premises->lineEdit()->setPlaceholderText(tr("Type part of the address"));
    auto all = premises.list();
    if (!all.ok()) {
        showError(ErrorText::message(all.error()));
        return;
    }
    for (const Premises& p : *all) {
        const QString place =
            p.postcode.isEmpty() ? p.address()
                                 : QStringLiteral("%1, %2 %3").arg(p.address(), p.postcode, p.city);
        m_premises->addItem(place, p.id);
    }
}

void MeasureNewDialog::updateFields()
{
    const QString kind = m_kind->currentData().toString();
    const bool ban = kind == kPlaceBan;
    const bool closure = kind == kTrafficking || kind == kPublicOrder;
    const bool order = kind == kHearingOrder;
    m_form->setRowVisible(m_person, ban || order);
    m_form->setRowVisible(m_premises, closure || order);
    m_form->setRowVisible(m_months, ban || closure);
    m_form->setRowVisible(m_validUntil, order);
    m_form->setRowVisible(m_perimeter, ban);
    m_form->setRowVisible(m_hearingRow, ban || order);
    // A hearing order always follows a hearing: its date is asked, not optional.
    if (order)
        m_hasHearing->setChecked(true);
    m_hasHearing->setEnabled(!order);
    m_form->setRowVisible(m_urgency, ban);
    m_urgency->setEnabled(!m_hasHearing->isChecked());
    m_form->setRowVisible(m_consulted, kind == kTrafficking);
    m_form->setRowVisible(m_confirmedRow, kind == kPublicOrder);
    m_form->setRowVisible(m_order, order);
    if (ban && m_months->value() > 1)
        m_months->setValue(1);
    adjustSize();
}

void MeasureNewDialog::setKind(const QString& kind)
{
    const int index = m_kind->findData(kind);
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

bool MeasureNewDialog::setPremises(const QString& premisesId)
{
    const int index = m_premises->findData(premisesId);
    if (index < 0)
        return false;
    m_premises->setCurrentIndex(index);
    return true;
}

MeasureInput MeasureNewDialog::input() const
{
    const QString kind = m_kind->currentData().toString();
    const bool ban = kind == kPlaceBan;
    const bool order = kind == kHearingOrder;
    MeasureInput in;
    in.kind = kind;
    if (ban || order)
        in.personId = m_person->personId();
    if (!ban) {
        // The typed text must name a listed premises; otherwise none is chosen.
        const int index = m_premises->findText(m_premises->currentText());
        in.premisesId = index >= 0 ? m_premises->itemData(index).toString() : QString();
    }
    in.decisionDate = m_decided->date();
    in.startDate = m_start->date();
    if (!order)
        in.months = m_months->value();
    if (ban) {
        in.perimeter = m_perimeter->text().trimmed();
        if (!m_hasHearing->isChecked())
            in.urgencyReason = m_urgency->text().trimmed();
    }
    if ((ban || order) && m_hasHearing->isChecked())
        in.hearingDate = m_hearing->date();
    if (kind == kTrafficking)
        in.consultationDate = m_consulted->date();
    if (kind == kPublicOrder && m_hasConfirmation->isChecked())
        in.confirmationDate = m_confirmed->date();
    if (order) {
        in.orderText = m_order->toPlainText().trimmed();
        in.validUntil = m_validUntil->date();
    }
    in.reason = m_reason->toPlainText().trimmed();
    return in;
}

QString MeasureNewDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void MeasureNewDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void MeasureNewDialog::setGasDossiers(const GasRepository& gas)
{
    m_gasDossiers = &gas;
    if (m_gas)
        return;
    m_gas = new QLineEdit(this);
    m_gas->setObjectName(QStringLiteral("measureGasDossier"));
    m_gas->setPlaceholderText(tr("optional, e.g. GAS/2026/BH/0042"));
    m_gas->setToolTip(tr("The GAS dossier this measure follows on, by its number"));
    m_form->insertRow(m_form->rowCount() - 1, tr("Linked &GAS dossier"), m_gas);
}

bool MeasureNewDialog::submit()
{
    MeasureInput in = input();
    const QString gasNumber = m_gas ? m_gas->text().trimmed() : QString();
    if (!gasNumber.isEmpty() && m_gasDossiers) {
        auto dossier = m_gasDossiers->get(gasNumber);
        if (!dossier.ok()) {
            showError(tr("There is no GAS dossier %1: check the number, or leave the field "
                         "empty.").arg(gasNumber));
            m_gas->setFocus();
            return false;
        }
        in.gasDossierId = dossier->id;
    }
    if (in.kind == kPlaceBan && in.personId.isEmpty()) {
        showError(tr("Choose the person the ban concerns: type part of the name, then pick "
                     "the person."));
        m_person->setFocus();
        return false;
    }
    if ((in.kind == kTrafficking || in.kind == kPublicOrder) && in.premisesId.isEmpty()) {
        showError(tr("Choose the premises to close from the list (type part of the address)."));
        m_premises->setFocus();
        return false;
    }
    if (in.kind == kHearingOrder && in.personId.isEmpty() && in.premisesId.isEmpty()) {
        showError(tr("Choose the person or the premises the order concerns."));
        m_person->setFocus();
        return false;
    }
    auto outcome = m_measures.create(in);
    if (!outcome.ok()) {
        showError(ErrorText::message(outcome.error()));
        return false;
    }
    showError({});
    Q_EMIT created(*outcome);
    return true;
}

void MeasureNewDialog::accept()
{
    if (submit())
        QDialog::accept();
}

} // namespace regie
