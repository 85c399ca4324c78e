#include "MeetingDialog.h"

#include "ActionPointEditor.h"
#include "common/FormWidgets.h"
#include "indicators/RecordDialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace regie {

namespace {

constexpr int IdRole = Qt::UserRole;

QPushButton* button(const QString& text, QWidget* parent, const QKeySequence& key = {})
{
    auto* b = new QPushButton(text, parent);
    if (!key.isEmpty())
        b->setToolTip(key.toString(QKeySequence::NativeText));
    return b;
}

} // namespace

MeetingDialog::MeetingDialog(const MeetingRecord& record,
                             const QVector<MeetingOrganisation>& organisations,
                             const QDate& today, QWidget* parent)
    : QDialog(parent), m_original(record)
{
    setObjectName(QStringLiteral("meetingDialog"));
    setWindowTitle(record.meeting.id.isEmpty() ? tr("New meeting") : tr("Meeting"));
    auto* layout = new QVBoxLayout(this);
    auto* head = new QFormLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("meetingType"));
    for (const QString& t : IndicatorRecords::meetingTypes())
        m_type->addItem(RecordDialog::meetingTypeLabel(t), t);
    m_type->setCurrentIndex(std::max(0, m_type->findData(record.meeting.type)));
    m_date = makeDateEdit(record.meeting.date.isValid() ? record.meeting.date : today, this);
    m_date->setObjectName(QStringLiteral("meetingDate"));
    m_date->setMaximumDate(today);
    m_title = new QLineEdit(record.meeting.title, this);
    m_title->setObjectName(QStringLiteral("meetingTitle"));
    head->addRow(tr("&Type:"), m_type);
    head->addRow(tr("&Date:"), m_date);
    head->addRow(tr("T&itle:"), m_title);
    layout->addLayout(head);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("meetingTabs"));
    tabs->addTab(buildAttendees(organisations), tr("&Attendees"));
    tabs->addTab(buildAgenda(), tr("A&genda and minutes"));
    m_actions = new ActionPointEditor(organisations, today, this);
    m_actions->setActions(record.actions);
    tabs->addTab(m_actions, tr("Action &points"));
    layout->addWidget(tabs, 1);
    layout->addWidget(makeSaveCancel(this));
    resize(820, 620);
}

QWidget* MeetingDialog::buildAttendees(const QVector<MeetingOrganisation>& organisations)
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* label = new QLabel(tr("Attending &organisations (Space ticks the selected one):"), page);
    m_organisations = new QListWidget(page);
    m_organisations->setObjectName(QStringLiteral("meetingOrganisations"));
    label->setBuddy(m_organisations);
    QStringList attending;
    QStringList roles;
    for (const MeetingAttendee& a : m_original.attendees) {
        if (a.organisationId.isEmpty())
            roles << a.role;
        else
            attending << a.organisationId;
    }
    for (const MeetingOrganisation& o : organisations) {
        auto* item = new QListWidgetItem(o.name, m_organisations);
        item->setData(IdRole, o.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(attending.contains(o.id) ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(label);
    layout->addWidget(m_organisations, 1);
    auto* form = new QFormLayout;
    m_roles = new QLineEdit(roles.join(QStringLiteral("; ")), page);
    m_roles->setObjectName(QStringLiteral("meetingRoles"));
    m_roles->setPlaceholderText(tr("by role, separated by ';' - for example: uitbaters; buurtcomité"));
    form->addRow(tr("Other attendees (&by role):"), m_roles);
    layout->addLayout(form);
    if (!m_original.meeting.participants.isEmpty()) {
        auto* legacy = new QLabel(
            tr("Recorded as participants: %1").arg(m_original.meeting.participants), page);
        legacy->setWordWrap(true);
        layout->addWidget(legacy);
    }
    return page;
}

QWidget* MeetingDialog::buildAgenda()
{
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    auto* left = new QVBoxLayout;
    auto* label = new QLabel(tr("Agenda (F2 edits, Insert adds, Delete removes, Alt+Up/Down moves):"),
                             page);
    label->setWordWrap(true);
    m_topics = new QListWidget(page);
    m_topics->setObjectName(QStringLiteral("meetingTopics"));
    m_topics->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    label->setBuddy(m_topics);
    for (const MeetingTopic& t : m_original.topics) {
        auto* item = new QListWidgetItem(t.text, m_topics);
        item->setData(IdRole, t.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_topics->installEventFilter(this); // Insert, Delete, Alt+Up, Alt+Down
    auto* buttons = new QHBoxLayout;
    auto* add = button(tr("Add topi&c"), page, QKeySequence(Qt::Key_Insert));
    auto* remove = button(tr("Remove"), page, QKeySequence(Qt::Key_Delete));
    auto* up = button(tr("Up"), page, QKeySequence(Qt::ALT | Qt::Key_Up));
    auto* down = button(tr("Down"), page, QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(add, &QPushButton::clicked, this, [this] { addTopic(); });
    connect(remove, &QPushButton::clicked, this, &MeetingDialog::removeTopic);
    connect(up, &QPushButton::clicked, this, [this] { moveTopic(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveTopic(1); });
    for (QPushButton* b : {add, remove, up, down})
        buttons->addWidget(b);
    left->addWidget(label);
    left->addWidget(m_topics, 1);
    left->addLayout(buttons);
    layout->addLayout(left, 2);
    auto* right = new QVBoxLayout;
    auto* minutesLabel = new QLabel(tr("&Minutes:"), page);
    m_minutes = new QPlainTextEdit(m_original.minutes, page);
    m_minutes->setObjectName(QStringLiteral("meetingMinutes"));
    m_minutes->setTabChangesFocus(true);
    minutesLabel->setBuddy(m_minutes);
    right->addWidget(minutesLabel);
    right->addWidget(m_minutes, 1);
    layout->addLayout(right, 3);
    return page;
}

bool MeetingDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_topics || event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool alt = key->modifiers() == Qt::AltModifier;
    if (key->key() == Qt::Key_Insert && key->modifiers() == Qt::NoModifier)
        addTopic();
    else if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier)
        removeTopic();
    else if (alt && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down))
        moveTopic(key->key() == Qt::Key_Up ? -1 : 1);
    else
        return QDialog::eventFilter(watched, event);
    return true;
}

void MeetingDialog::addTopic(const QString& text)
{
    const int row = m_topics->currentRow() < 0 ? m_topics->count() : m_topics->currentRow() + 1;
    auto* item = new QListWidgetItem(text.isEmpty() ? tr("New topic") : text);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_topics->insertItem(row, item);
    m_topics->setCurrentRow(row);
    m_topics->setFocus();
    if (text.isEmpty())
        m_topics->editItem(item);
}

void MeetingDialog::removeTopic()
{
    delete m_topics->takeItem(m_topics->currentRow());
}

void MeetingDialog::moveTopic(int delta)
{
    const int row = m_topics->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_topics->count())
        return;
    QListWidgetItem* item = m_topics->takeItem(row);
    m_topics->insertItem(target, item);
    m_topics->setCurrentRow(target);
}

MeetingRecord MeetingDialog::record() const
{
    MeetingRecord r = m_original;
    r.meeting.type = m_type->currentData().toString();
    r.meeting.date = m_date->date();
    r.meeting.title = m_title->text();
    r.minutes = m_minutes->toPlainText();
    r.attendees.clear();
    for (int i = 0; i < m_organisations->count(); ++i) {
        const QListWidgetItem* item = m_organisations->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        MeetingAttendee a{{}, item->data(IdRole).toString(), item->text(), {}};
        for (const MeetingAttendee& old : m_original.attendees)
            if (old.organisationId == a.organisationId)
                a = old; // keeps its id and role
        r.attendees << a;
    }
    for (const QString& part : m_roles->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        MeetingAttendee a{{}, {}, {}, part.simplified()};
        if (a.role.isEmpty())
            continue;
        for (const MeetingAttendee& old : m_original.attendees)
            if (old.organisationId.isEmpty() &&
                old.role.compare(a.role, Qt::CaseInsensitive) == 0)
                a.id = old.id;
        r.attendees << a;
    }
    r.topics.clear();
    for (int i = 0; i < m_topics->count(); ++i) {
        const QListWidgetItem* item = m_topics->item(i);
        r.topics << MeetingTopic{item->data(IdRole).toString(), i, item->text()};
    }
    r.actions = m_actions->actions();
    for (ActionPoint& a : r.actions)
        a.meetingId = r.meeting.id;
    return r;
}

} // namespace regie
