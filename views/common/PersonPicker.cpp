#include "PersonPicker.h"

#include "common/ErrorText.h"
#include "people/PersonRepository.h"
#include "procedures/ProcedureText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>

namespace regie {

namespace {
constexpr int kMatches = 30;
constexpr int kTypingDelayMs = 200;
} // namespace

PersonPicker::PersonPicker(const PersonRepository& people, QWidget* parent)
    : QWidget(parent), m_people(people)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("personPickerSearch"));
    m_search->setPlaceholderText(tr("Name or national number"));
    m_search->setClearButtonEnabled(true);
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("personPickerChoice"));
    m_choice->setPlaceholderText(tr("(search first)"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(20);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_choice, 1);
    setFocusProxy(m_search);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kTypingDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(m_choice, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT personChanged(personId()); });
}

QString PersonPicker::personId() const
{
    return m_choice->currentData().toString();
}

void PersonPicker::setPerson(const QString& id, const QString& name)
{
    m_choice->clear();
    m_choice->addItem(name, id);
    m_choice->setCurrentIndex(0);
}

int PersonPicker::search(const QString& text)
{
    m_timer->stop();
    const QString wanted = text.trimmed();
    m_choice->clear();
    if (wanted.isEmpty()) {
        m_choice->setPlaceholderText(tr("(search first)"));
        return 0;
    }
    auto found = m_people.find({wanted, 0, kMatches});
    if (!found.ok()) {
        Q_EMIT failed(ErrorText::message(found.error()));
        return 0;
    }
    for (const Person& person : *found) {
        const QString born = person.birthDate.isValid()
                                 ? tr(" (born %1)").arg(ProcedureText::shortDate(person.birthDate))
                                 : QString();
        m_choice->addItem(person.displayName() + born, person.id);
    }
    // One match is chosen at once; among several the user picks (nobody is chosen by chance).
    if (found->isEmpty())
        m_choice->setPlaceholderText(tr("No one matches “%1”").arg(wanted));
    else if (found->size() == 1)
        m_choice->setCurrentIndex(0);
    else
        m_choice->setPlaceholderText(tr("%1 matches: pick one").arg(found->size()));
    return int(found->size());
}

} // namespace regie
