#include "HolderDialog.h"

#include "HolderTexts.h"
#include "NewPersonDialog.h"
#include "common/ErrorText.h"
#include "common/FormWidgets.h"
#include "people/PeopleService.h"
#include "premises/PremisesService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace regie {

namespace {
constexpr int kSuggestions = 30;
constexpr int kSearchDelayMs = 250;
} // namespace

HolderDialog::HolderDialog(PremisesService& premises, PeopleService& people,
                           const QString& premisesId, const QDate& today, QWidget* parent)
    : QDialog(parent), m_premises(premises), m_people(people), m_premisesId(premisesId)
{
    setObjectName(QStringLiteral("holderDialog"));
    setWindowTitle(tr("Add a holder role"));
    auto* form = new QFormLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("holderPersonSearch"));
    m_search->setPlaceholderText(tr("Part of a name, a national or a company number"));
    m_search->setClearButtonEnabled(true);
    form->addRow(tr("&Find person:"), m_search);
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("holderPerson"));
    m_person->setPlaceholderText(tr("(search above)"));
    auto* add = new QPushButton(tr("&New person…"), this);
    add->setObjectName(QStringLiteral("newPersonButton"));
    add->setAutoDefault(false);
    add->setToolTip(tr("Add the person or organisation to the people register first"));
    auto* personRow = new QHBoxLayout;
    personRow->addWidget(m_person, 1);
    personRow->addWidget(add);
    auto* personLabel = new QLabel(tr("&Person:"), this);
    personLabel->setBuddy(m_person);
    form->addRow(personLabel, personRow);
    m_identifier = new QLabel(this);
    m_identifier->setObjectName(QStringLiteral("holderIdentifier"));
    m_identifier->setWordWrap(true);
    // Room for two lines from the start, so the dialog does not jump when a person is chosen.
    m_identifier->setMinimumHeight(2 * m_identifier->fontMetrics().lineSpacing() + 2);
    m_identifier->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(QString(), m_identifier);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("holderRole"));
    for (const auto role : {PremisesHolder::Role::MainHolder, PremisesHolder::Role::Holder,
                            PremisesHolder::Role::Manager})
        m_role->addItem(HolderTexts::role(role), PremisesHolder::roleName(role));
    form->addRow(tr("&Role:"), m_role);
    m_from = makeDateEdit(today, this);
    m_from->setObjectName(QStringLiteral("holderFrom"));
    form->addRow(tr("&From:"), m_from);
    m_hasUntil = new QCheckBox(tr("&Until:"), this);
    m_hasUntil->setObjectName(QStringLiteral("holderHasUntil"));
    m_until = makeDateEdit(today, this);
    m_until->setObjectName(QStringLiteral("holderUntil"));
    m_until->setEnabled(false);
    form->addRow(m_hasUntil, m_until);
    connect(m_hasUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("holderError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add role"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HolderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &HolderDialog::suggestPeople);
    connect(m_person, &QComboBox::currentIndexChanged, this, &HolderDialog::showIdentifier);
    connect(add, &QPushButton::clicked, this, &HolderDialog::newPerson);
    showIdentifier();
}

void HolderDialog::suggestPeople()
{
    m_searchTimer->stop();
    const QString text = m_search->text().trimmed();
    m_person->clear();
    m_person->setPlaceholderText(tr("(search above)"));
    if (text.isEmpty())
        return;
    auto found = m_people.repository().find({text, 0, kSuggestions});
    if (!found.ok()) {
        showError(ErrorText::message(found.error()));
        return;
    }
    for (const Person& person : *found) {
        const QString id = HolderTexts::identifier(person);
        m_person->addItem(id.isEmpty() ? person.displayName()
                                       : tr("%1 — %2").arg(person.displayName(), id),
                          person.id);
    }
    if (found->isEmpty())
        m_person->setPlaceholderText(tr("No one matches “%1”: add with New person…").arg(text));
    else if (found->size() == 1)
        m_person->setCurrentIndex(0);
    else
        m_person->setPlaceholderText(tr("%n people match: choose one", "", int(found->size())));
}

void HolderDialog::setPerson(const QString& id, const QString& name)
{
    m_person->clear();
    m_person->addItem(name, id);
    m_person->setCurrentIndex(0);
}

void HolderDialog::showIdentifier()
{
    const QString id = m_person->currentData().toString();
    m_identifier->clear();
    if (id.isEmpty())
        return;
    auto person = m_people.repository().get(id);
    m_identifier->setText(person.ok() ? HolderTexts::identifierNote(person.value())
                                      : ErrorText::message(person.error()));
}

void HolderDialog::newPerson()
{
    NewPersonDialog dialog(m_people, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString id = dialog.personId();
    auto person = m_people.repository().get(id);
    setPerson(id, person.ok() ? person->displayName() : dialog.personName());
    m_role->setFocus();
}

void HolderDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString HolderDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool HolderDialog::submit()
{
    PremisesHolder holder;
    holder.premisesId = m_premisesId;
    holder.personId = m_person->currentData().toString();
    if (holder.personId.isEmpty()) {
        showError(tr("✗ Choose the person: type part of the name, then pick the person, or add "
                     "them with New person…"));
        m_search->setFocus();
        return false;
    }
    PremisesHolder::roleFromName(m_role->currentData().toString(), &holder.role);
    holder.begins = m_from->date();
    if (m_hasUntil->isChecked())
        holder.ends = m_until->date();
    auto added = m_premises.addHolder(holder);
    if (!added.ok()) {
        showError(QStringLiteral("✗ ") + ErrorText::message(added.error()));
        return false;
    }
    m_holderId = added.value();
    showError({});
    return true;
}

void HolderDialog::accept()
{
    if (submit())
        QDialog::accept();
}

} // namespace regie
