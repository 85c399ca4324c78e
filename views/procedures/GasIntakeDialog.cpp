#include "GasIntakeDialog.h"

#include "common/ErrorText.h"
#include "people/PersonRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace regie {

namespace {

constexpr int kSuggestions = 30;
constexpr int kSearchDelayMs = 200;

QDateEdit* dateEdit(const QString& name, const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

GasIntakeDialog::GasIntakeDialog(GasService& gas, const PersonRepository& people,
                                 const QDate& today, QWidget* parent)
    : QDialog(parent), m_gas(gas), m_people(people)
{
    setObjectName(QStringLiteral("gasIntakeDialog"));
    setWindowTitle(tr("New finding"));
    auto* form = new QFormLayout;
    m_personSearch = new QLineEdit(this);
    m_personSearch->setObjectName(QStringLiteral("intakePersonSearch"));
    m_personSearch->setPlaceholderText(tr("Type part of a name or a national number"));
    m_personChoice = new QComboBox(this);
    m_personChoice->setObjectName(QStringLiteral("intakePerson"));
    m_personChoice->setPlaceholderText(tr("(search above)"));
    form->addRow(tr("Find &offender:"), m_personSearch);
    form->addRow(tr("Off&ender:"), m_personChoice);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_personSearch, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &GasIntakeDialog::suggestPeople);
    connect(m_personChoice, &QComboBox::currentIndexChanged, this,
            [this] { m_personId = m_personChoice->currentData().toString(); });

    m_offence = new QComboBox(this);
    m_offence->setObjectName(QStringLiteral("intakeOffence"));
    QString catalogueProblem;
    if (auto seeded = m_gas.offences().ensureDefaults(); !seeded.ok())
        catalogueProblem = ErrorText::message(seeded.error());
    if (auto offences = m_gas.offences().list(true); offences.ok()) {
        for (const Offence& offence : *offences)
            m_offence->addItem(QStringLiteral("%1 — %2").arg(offence.article, offence.description),
                               offence.code);
    } else {
        catalogueProblem = ErrorText::message(offences.error());
    }
    form->addRow(tr("Offen&ce:"), m_offence);
    m_facts = dateEdit(QStringLiteral("intakeFacts"), today, this);
    form->addRow(tr("Date of &facts:"), m_facts);
    m_received = dateEdit(QStringLiteral("intakeReceived"), today, this);
    form->addRow(tr("Finding rece&ived on:"), m_received);
    m_report = new QLineEdit(this);
    m_report->setObjectName(QStringLiteral("intakeReport"));
    m_report->setPlaceholderText(tr("e.g. AN.55.L3.012345/26"));
    m_reportKind = new QComboBox(this);
    m_reportKind->addItem(tr("Police report"), QStringLiteral("police"));
    m_reportKind->addItem(tr("Administrative report"), QStringLiteral("administrative"));
    auto* report = new QHBoxLayout;
    report->addWidget(m_report, 1);
    report->addWidget(m_reportKind);
    form->addRow(tr("Re&port:"), report);
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("intakePlace"));
    form->addRow(tr("P&lace:"), m_place);
    m_fine = new QDoubleSpinBox(this);
    m_fine->setObjectName(QStringLiteral("intakeFine"));
    m_fine->setRange(0, 100000);
    m_fine->setDecimals(2);
    m_fine->setSuffix(QStringLiteral(" €"));
    m_fine->setSpecialValueText(tr("not yet known"));
    form->addRow(tr("Intended fi&ne:"), m_fine);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 4);
    form->addRow(tr("No&tes:"), m_notes);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("intakeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setText(catalogueProblem);
    m_error->setVisible(!catalogueProblem.isEmpty());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (submit())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void GasIntakeDialog::suggestPeople()
{
    const QString text = m_personSearch->text().trimmed();
    m_personChoice->clear();
    if (text.isEmpty())
        return;
    auto found = m_people.find({text, 0, kSuggestions});
    if (!found.ok()) {
        m_error->setText(ErrorText::message(found.error()));
        m_error->show();
        return;
    }
    for (const Person& person : *found) {
        const QString born = person.birthDate.isValid()
                                 ? tr(" (born %1)").arg(person.birthDate.toString(Qt::ISODate))
                                 : QString();
        m_personChoice->addItem(person.displayName() + born, person.id);
    }
    if (found->isEmpty())
        m_personChoice->setPlaceholderText(tr("No one matches “%1”").arg(text));
}

void GasIntakeDialog::setPerson(const QString& id, const QString& name)
{
    m_personChoice->clear();
    m_personChoice->addItem(name, id);
    m_personChoice->setCurrentIndex(0);
    m_personId = id;
}

GasIntake GasIntakeDialog::intake() const
{
    GasIntake in;
    in.personId = m_personId;
    in.factsDate = m_facts->date();
    in.receivedDate = m_received->date();
    in.offenceCode = m_offence->currentData().toString();
    in.reportNumber = m_report->text().trimmed();
    in.reportKind = m_reportKind->currentData().toString();
    in.place = m_place->text().trimmed();
    if (m_fine->value() > 0)
        in.intendedFine = m_fine->value();
    in.notes = m_notes->toPlainText().trimmed();
    return in;
}

QString GasIntakeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool GasIntakeDialog::submit()
{
    if (m_personId.isEmpty()) {
        m_error->setText(tr("Choose the offender: type part of the name, then pick the person."));
        m_error->show();
        m_personSearch->setFocus();
        return false;
    }
    auto outcome = m_gas.intake(intake());
    if (!outcome.ok()) {
        m_error->setText(ErrorText::message(outcome.error()));
        m_error->show();
        return false;
    }
    m_error->hide();
    Q_EMIT registered(*outcome);
    return true;
}

} // namespace regie
