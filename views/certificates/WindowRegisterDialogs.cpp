#include "WindowRegisterDialogs.h"

#include "common/ErrorText.h"
#include "common/FormWidgets.h"
#include "identifiers/BisNumber.h"
#include "identifiers/NationalNumber.h"
#include "premises/CertificateTexts.h"
#include "premises/RegisterFindingText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace regie {

namespace {

QLabel* messageLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QComboBox* windowCombo(const QStringList& windows, const QString& name, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    for (const QString& number : windows)
        combo->addItem(WindowRegisterDialog::tr("Window %1").arg(number), number);
    return combo;
}

QStringList windowNumbers(const Premises& premises)
{
    QStringList numbers;
    for (const PremisesWindow& w : premises.windows)
        numbers << w.number;
    return numbers;
}

QLineEdit* referenceEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setMaxLength(40);
    edit->setPlaceholderText(WindowRegisterDialog::tr("Pseudonym from the police tool, e.g. W-4471"));
    return edit;
}

// What is wrong with a reference, in the users' words; empty when it is a pseudonym.
QString referenceProblem(const QString& text)
{
    if (NationalNumber::check(text).valid || BisNumber::check(text).valid)
        return WindowRegisterDialog::tr("✗ This is a national register or BIS number. Enter only "
                                        "the pseudonymous reference of the police tool.");
    if (WindowRegister::pseudonymProblem(text))
        return WindowRegisterDialog::tr("✗ A reference has 4 to 40 letters, digits, '-' or '_' — "
                                        "no spaces, no names.");
    return {};
}

} // namespace

WindowRegisterDialog::WindowRegisterDialog(WindowRegister& reg, const Premises& premises,
                                           const QDate& today, QWidget* parent)
    : QDialog(parent), m_register(reg), m_premisesId(premises.id)
{
    setObjectName(QStringLiteral("windowRegisterDialog"));
    setWindowTitle(tr("New window register line — %1").arg(premises.address()));
    auto* form = new QFormLayout;
    m_window = windowCombo(windowNumbers(premises), QStringLiteral("registerWindow"), this);
    form->addRow(tr("&Window:"), m_window);
    const QDate first(today.year(), today.month(), 1);
    m_from = makeDateEdit(first, this);
    m_from->setObjectName(QStringLiteral("registerFrom"));
    m_to = makeDateEdit(first.addMonths(1).addDays(-1), this);
    m_to->setObjectName(QStringLiteral("registerTo"));
    auto* periodBox = new QWidget(this);
    auto* period = new QHBoxLayout(periodBox);
    period->setContentsMargins(0, 0, 0, 0);
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), periodBox));
    period->addWidget(m_to);
    period->addStretch(1);
    auto* periodLabel = new QLabel(tr("&Period from:"), this);
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, periodBox);
    // The reference with its check underneath, as one field.
    auto* referenceBox = new QWidget(this);
    auto* reference = new QVBoxLayout(referenceBox);
    reference->setContentsMargins(0, 0, 0, 0);
    reference->setSpacing(2);
    m_reference = referenceEdit(QStringLiteral("registerReference"), referenceBox);
    m_referenceHint = messageLabel(QStringLiteral("registerReferenceHint"), referenceBox);
    reference->addWidget(m_reference);
    reference->addWidget(m_referenceHint);
    auto* referenceLabel = new QLabel(tr("&Reference:"), this);
    referenceLabel->setBuddy(m_reference);
    form->addRow(referenceLabel, referenceBox);
    m_registered = new QCheckBox(tr("Re&gistered in the police registration tool"), this);
    m_registered->setObjectName(QStringLiteral("registerRegistered"));
    form->addRow(QString(), m_registered);
    m_validated = new QCheckBox(tr("Registration &validated by the police"), this);
    m_validated->setObjectName(QStringLiteral("registerValidated"));
    form->addRow(QString(), m_validated);
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("registerSource"));
    m_source->setPlaceholderText(tr("e.g. police export 2026-11"));
    form->addRow(tr("&Source:"), m_source);
    auto* privacy = new QLabel(tr("Only the pseudonymous reference is kept: no name, no national "
                                  "number, no copy of an identity document."),
                               this);
    privacy->setWordWrap(true);
    privacy->setForegroundRole(QPalette::PlaceholderText);

    m_error = messageLabel(QStringLiteral("registerError"), this);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_error->hide();
    auto* buttons = makeSaveCancel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(privacy);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(500);
    connect(m_reference, &QLineEdit::textChanged, this,
            &WindowRegisterDialog::updateReferenceHint);
    updateReferenceHint();
}

void WindowRegisterDialog::setLine(const WindowRegistration& line)
{
    m_editing = true;
    m_lineId = line.id;
    setWindowTitle(tr("Window register line — window %1").arg(line.windowNumber));
    m_window->setCurrentIndex(m_window->findData(line.windowNumber));
    m_window->setEnabled(false);
    m_window->setToolTip(tr("A line for another window is a new line."));
    m_from->setDate(line.from);
    m_to->setDate(line.to);
    m_reference->setText(line.workerRef);
    m_registered->setChecked(line.registered);
    m_validated->setChecked(line.policeValidated);
    m_source->setText(line.source);
}

void WindowRegisterDialog::updateReferenceHint()
{
    const QString text = m_reference->text().trimmed();
    QString hint = text.isEmpty() ? QString() : referenceProblem(text);
    const bool bad = !hint.isEmpty();
    if (text.isEmpty())
        hint = tr("4 to 40 letters, digits, '-' or '_', as the police tool gives it.");
    else if (!bad)
        hint = tr("✓ Pseudonymous reference");
    m_referenceHint->setText(hint);
    m_referenceHint->setStyleSheet(bad ? QStringLiteral("color: #b01c1c;") : QString());
}

void WindowRegisterDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString WindowRegisterDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool WindowRegisterDialog::submit()
{
    if (m_window->count() == 0) {
        showError(tr("✗ This premises has no windows."));
        return false;
    }
    WindowRegistration line;
    line.from = m_from->date();
    line.to = m_to->date();
    line.workerRef = m_reference->text().trimmed();
    if (const QString problem = referenceProblem(line.workerRef); !problem.isEmpty()) {
        showError(problem);
        m_reference->setFocus();
        return false;
    }
    line.registered = m_registered->isChecked();
    line.policeValidated = m_validated->isChecked();
    line.source = m_source->text().trimmed();
    if (m_editing) {
        auto corrected = m_register.correct(m_lineId, line);
        if (!corrected.ok()) {
            showError(QStringLiteral("✗ ") + ErrorText::message(corrected.error()));
            return false;
        }
    } else {
        auto recorded = m_register.record(m_premisesId, m_window->currentData().toString(), line);
        if (!recorded.ok()) {
            showError(QStringLiteral("✗ ") + ErrorText::message(recorded.error()));
            return false;
        }
        m_lineId = recorded.value();
    }
    showError({});
    return true;
}

void WindowRegisterDialog::accept()
{
    if (submit())
        QDialog::accept();
}

RegisterCheckDialog::RegisterCheckDialog(WindowRegister& reg, const QString& address,
                                         const QStringList& windows,
                                         const QVector<Inspection>& inspections, QWidget* parent)
    : QDialog(parent), m_register(reg)
{
    setObjectName(QStringLiteral("registerCheckDialog"));
    setWindowTitle(tr("Check a worker against the register — %1").arg(address));
    auto* form = new QFormLayout;
    m_inspection = new QComboBox(this);
    m_inspection->setObjectName(QStringLiteral("checkInspection"));
    for (const Inspection& i : inspections)
        m_inspection->addItem(tr("%1 — %2, %3")
                                  .arg(CertificateTexts::date(i.date),
                                       CertificateTexts::inspectionKind(i.kind), i.inspector),
                              i.id);
    form->addRow(tr("&Inspection:"), m_inspection);
    m_window = windowCombo(windows, QStringLiteral("checkWindow"), this);
    form->addRow(tr("&Window:"), m_window);
    m_reference = referenceEdit(QStringLiteral("checkReference"), this);
    form->addRow(tr("&Reference:"), m_reference);
    auto* explain = new QLabel(tr("The reference the worker gave, checked against the register on "
                                  "the inspection's date. Without a registered and validated line "
                                  "a draft finding “worker not pre-registered” is made."),
                               this);
    explain->setWordWrap(true);
    explain->setForegroundRole(QPalette::PlaceholderText);
    m_result = messageLabel(QStringLiteral("checkResult"), this);
    m_result->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* run = buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    run->setObjectName(QStringLiteral("runCheckButton"));
    run->setDefault(true);
    connect(run, &QPushButton::clicked, this, [this] { check(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explain);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(500);
    m_reference->setFocus(); // the inspector types the reference at once
}

void RegisterCheckDialog::setWindow(const QString& number)
{
    if (const int index = m_window->findData(number); index >= 0)
        m_window->setCurrentIndex(index);
}

bool RegisterCheckDialog::check()
{
    const auto show = [this](const QString& text, const QString& colour) {
        m_result->setText(text);
        m_result->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(colour));
        m_result->show();
    };
    if (const QString problem = referenceProblem(m_reference->text().trimmed());
        !problem.isEmpty()) {
        show(problem, QStringLiteral("#b01c1c"));
        m_reference->setFocus();
        return false;
    }
    auto result = m_register.checkAtInspection(m_inspection->currentData().toString(),
                                               m_window->currentData().toString(),
                                               m_reference->text().trimmed());
    if (!result.ok()) {
        show(QStringLiteral("✗ ") + ErrorText::message(result.error()),
             QStringLiteral("#b01c1c"));
        return false;
    }
    if (result->conform)
        show(tr("✓ %1 is registered and validated by the police for window %2.")
                 .arg(m_reference->text().trimmed(), m_window->currentData().toString()),
             QStringLiteral("#1d6b2f"));
    else
        show(tr("⚠ Not conform: %1. A draft finding “worker not pre-registered” was recorded "
                "with the inspection.")
                 .arg(RegisterFindingText::reason(result->why)),
             QStringLiteral("#8a5a00"));
    Q_EMIT checked(result.value());
    m_reference->selectAll();
    m_reference->setFocus();
    return true;
}

QString RegisterCheckDialog::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

} // namespace regie
