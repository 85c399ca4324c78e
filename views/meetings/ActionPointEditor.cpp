#include "ActionPointEditor.h"

#include "common/FormWidgets.h"

#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace regie {

namespace {

enum Column { DescriptionColumn, OwnerColumn, DueColumn, StateColumn, ColumnCount };

QString ownerText(const ActionPoint& a)
{
    if (a.ownerName.isEmpty())
        return a.ownerRole;
    return a.ownerRole.isEmpty() ? a.ownerName
                                 : QStringLiteral("%1 (%2)").arg(a.ownerName, a.ownerRole);
}

} // namespace

QString ActionPointEditor::statusLabel(const QString& status)
{
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("done"))
        return tr("Done");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

ActionPointEditor::ActionPointEditor(const QVector<MeetingOrganisation>& organisations,
                                     const QDate& today, QWidget* parent)
    : QWidget(parent), m_today(today)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("meetingActions"));
    m_table->setHorizontalHeaderLabels({tr("Action point"), tr("Owner"), tr("Due"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(OwnerColumn, 200);
    m_table->setTabKeyNavigation(false);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&New action point"), this);
    add->setObjectName(QStringLiteral("addAction"));
    auto* remove = new QPushButton(tr("Remove action point"), this);
    remove->setObjectName(QStringLiteral("removeAction"));
    connect(add, &QPushButton::clicked, this, &ActionPointEditor::addAction);
    connect(remove, &QPushButton::clicked, this, &ActionPointEditor::removeCurrent);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(buildForm());

    m_owner->addItem(tr("(no organisation: name a role)"), QString());
    for (const MeetingOrganisation& o : organisations)
        m_owner->addItem(o.name, o.id);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ActionPointEditor::showCurrent);
    showCurrent();
}

QWidget* ActionPointEditor::buildForm()
{
    m_form = new QWidget(this);
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    m_description = new QLineEdit(m_form);
    m_description->setObjectName(QStringLiteral("actionDescription"));
    m_owner = new QComboBox(m_form);
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    m_role = new QLineEdit(m_form);
    m_role->setObjectName(QStringLiteral("actionRole"));
    m_role->setPlaceholderText(tr("for example: preventiecoördinator, uitbaters"));
    m_due = makeDateEdit(m_today, m_form);
    m_due->setObjectName(QStringLiteral("actionDue"));
    m_status = new QComboBox(m_form);
    m_status->setObjectName(QStringLiteral("actionStatus"));
    for (const QString& s : ActionPoint::statuses())
        m_status->addItem(statusLabel(s), s);
    m_done = makeDateEdit(m_today, m_form);
    m_done->setObjectName(QStringLiteral("actionDone"));
    form->addRow(tr("&What:"), m_description);
    form->addRow(tr("Own&er:"), m_owner);
    form->addRow(tr("Owner's &role:"), m_role);
    form->addRow(tr("D&ue:"), m_due);
    auto* state = new QHBoxLayout;
    state->addWidget(m_status);
    state->addWidget(new QLabel(tr("done on"), m_form));
    state->addWidget(m_done);
    state->addStretch();
    auto* statusLabel = new QLabel(tr("&Status:"), m_form);
    statusLabel->setBuddy(m_status);
    form->addRow(statusLabel, state);
    connect(m_description, &QLineEdit::textEdited, this, &ActionPointEditor::storeCurrent);
    connect(m_role, &QLineEdit::textEdited, this, &ActionPointEditor::storeCurrent);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &ActionPointEditor::storeCurrent);
    connect(m_due, &QDateEdit::dateChanged, this, &ActionPointEditor::storeCurrent);
    connect(m_done, &QDateEdit::dateChanged, this, &ActionPointEditor::storeCurrent);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_done->setEnabled(m_status->currentData().toString() == QLatin1String("done"));
        storeCurrent();
    });
    return m_form;
}

void ActionPointEditor::setActions(const QVector<ActionPoint>& actions)
{
    m_actions = actions;
    m_table->setRowCount(int(m_actions.size()));
    for (int row = 0; row < m_actions.size(); ++row)
        refreshRow(row);
    if (!m_actions.isEmpty())
        m_table->setCurrentCell(0, 0);
    showCurrent();
}

void ActionPointEditor::refreshRow(int row)
{
    const ActionPoint& a = m_actions.at(row);
    const bool overdue = a.isOverdue(m_today);
    const QString state = overdue ? tr("Overdue (%n day(s))", nullptr, -a.daysLeft(m_today))
                                  : statusLabel(a.status);
    const QStringList cells{a.description, ownerText(a), QLocale().toString(a.due, QLocale::ShortFormat),
                            state};
    for (int column = 0; column < ColumnCount; ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        if (overdue)
            item->setForeground(QColor(0xb0, 0x1c, 0x1c));
        else if (!a.isOpen())
            item->setForeground(QColor(0x70, 0x70, 0x70));
        m_table->setItem(row, column, item);
    }
    if (overdue && QFile::exists(QStringLiteral(":/regie/icons/deadline-overdue.svg")))
        m_table->item(row, StateColumn)
            ->setIcon(QIcon(QStringLiteral(":/regie/icons/deadline-overdue.svg")));
}

void ActionPointEditor::showCurrent()
{
    const int row = m_table->currentRow();
    const bool has = row >= 0 && row < m_actions.size();
    m_form->setEnabled(has);
    if (!has)
        return;
    m_loading = true;
    const ActionPoint& a = m_actions.at(row);
    m_description->setText(a.description);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(a.ownerOrganisationId)));
    m_role->setText(a.ownerRole);
    m_due->setDate(a.due.isValid() ? a.due : m_today);
    m_status->setCurrentIndex(std::max(0, m_status->findData(a.status)));
    m_done->setDate(a.done.isValid() ? a.done : m_today);
    m_done->setEnabled(a.status == QLatin1String("done"));
    m_loading = false;
}

void ActionPointEditor::storeCurrent()
{
    const int row = m_table->currentRow();
    if (m_loading || row < 0 || row >= m_actions.size())
        return;
    ActionPoint& a = m_actions[row];
    a.description = m_description->text();
    a.ownerOrganisationId = m_owner->currentData().toString();
    a.ownerName = a.ownerOrganisationId.isEmpty() ? QString() : m_owner->currentText();
    a.ownerRole = m_role->text();
    a.due = m_due->date();
    a.status = m_status->currentData().toString();
    a.done = a.status == QLatin1String("done") ? m_done->date() : QDate();
    refreshRow(row);
}

void ActionPointEditor::addAction()
{
    ActionPoint a;
    a.due = m_today.addDays(14);
    m_actions << a;
    const int row = int(m_actions.size()) - 1;
    m_table->setRowCount(row + 1);
    refreshRow(row);
    m_table->setCurrentCell(row, 0);
    showCurrent();
    m_description->setFocus();
}

void ActionPointEditor::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_actions.size())
        return;
    m_actions.removeAt(row);
    m_table->removeRow(row);
    showCurrent();
}

} // namespace regie
