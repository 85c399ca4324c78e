#include "HoldersPanel.h"

#include "FormDialog.h"
#include "HolderDialog.h"
#include "HolderTexts.h"
#include "common/Clock.h"
#include "common/FormWidgets.h"
#include "people/PeopleService.h"
#include "premises/CertificateTexts.h"
#include "premises/PremisesService.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace regie {

namespace {

enum Column { NameColumn, RoleColumn, IdentifierColumn, FromColumn, UntilColumn, ColumnCount };

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

HoldersPanel::HoldersPanel(PremisesService& premises, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_premises(premises), m_clock(clock)
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("holdersSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("holdersTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Person"), tr("Role"), tr("Identifier"), tr("From"), tr("Until")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add r&ole…"), this);
    m_add->setObjectName(QStringLiteral("addHolderButton"));
    m_add->setToolTip(tr("Give a person a role on this premises from a date"));
    m_end = new QPushButton(tr("Set &until date…"), this);
    m_end->setObjectName(QStringLiteral("endHolderButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_end);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] { addRole(); });
    connect(m_end, &QPushButton::clicked, this, [this] { endRole(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HoldersPanel::updateButtons);
    updateButtons();
}

void HoldersPanel::setPeople(PeopleService* people)
{
    m_people = people;
    updateButtons();
}

void HoldersPanel::setPremises(const Premises& premises)
{
    const QString keep = selected() ? selected()->id : QString();
    m_current = premises;
    const QDate today = m_clock.today();
    // Current roles first (main holder, holder, manager), then future ones, then ended ones.
    m_rows = premises.holders;
    const auto rank = [&today](const PremisesHolder& h) {
        return h.activeOn(today) ? 0 : h.begins > today ? 1 : 2;
    };
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [&](const PremisesHolder& a, const PremisesHolder& b) {
                         if (rank(a) != rank(b))
                             return rank(a) < rank(b);
                         if (a.role != b.role)
                             return int(a.role) < int(b.role);
                         return a.begins > b.begins;
                     });
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_rows.size()));
    QString mainHolder;
    for (int row = 0; row < m_rows.size(); ++row) {
        const PremisesHolder& h = m_rows.at(row);
        QString identifier;
        if (m_people) {
            if (auto person = m_people->repository().get(h.personId); person.ok())
                identifier = HolderTexts::identifier(person.value());
        }
        const bool active = h.activeOn(today);
        if (active && h.role == PremisesHolder::Role::MainHolder)
            mainHolder = h.personName;
        m_table->setItem(row, NameColumn, cell(h.personName));
        m_table->setItem(row, RoleColumn,
                         cell(active || h.begins > today
                                  ? HolderTexts::role(h.role)
                                  : tr("%1 (ended)").arg(HolderTexts::role(h.role))));
        m_table->setItem(row, IdentifierColumn,
                         cell(identifier.isEmpty() && m_people ? tr("⚠ none recorded")
                                                               : identifier));
        m_table->setItem(row, FromColumn, cell(CertificateTexts::date(h.begins)));
        m_table->setItem(row, UntilColumn,
                         cell(h.ends.isValid() ? CertificateTexts::date(h.ends) : QString()));
        if (!active) {
            for (int column = 0; column < ColumnCount; ++column)
                m_table->item(row, column)->setForeground(palette().brush(QPalette::PlaceholderText));
        }
        if (h.id == keep)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    if (m_rows.isEmpty())
        m_summary->setText(tr("No holder recorded. Add the main holder with “Add role…”: letters "
                              "about this premises are addressed to the main holder."));
    else if (mainHolder.isEmpty())
        m_summary->setText(tr("⚠ No main holder on %1: a letter about this premises cannot be "
                              "addressed.")
                               .arg(CertificateTexts::date(today)));
    else
        m_summary->setText(tr("Main holder on %1: %2")
                               .arg(CertificateTexts::date(today), mainHolder));
    updateButtons();
}

const PremisesHolder* HoldersPanel::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size() || !m_table->selectionModel()->hasSelection())
        return nullptr;
    return &m_rows.at(row);
}

void HoldersPanel::updateButtons()
{
    const bool canAdd = m_people && !m_current.id.isEmpty();
    m_add->setEnabled(canAdd);
    const PremisesHolder* h = selected();
    const bool canEnd = h && !h->ends.isValid();
    m_end->setEnabled(canEnd);
    m_end->setToolTip(canEnd ? tr("Record the last day of the selected role")
                      : h    ? tr("This role already has an end date.")
                             : tr("Select a role without an end date first."));
}

HolderDialog* HoldersPanel::addRole()
{
    if (!m_people || m_current.id.isEmpty())
        return nullptr;
    auto* dialog = new HolderDialog(m_premises, *m_people, m_current.id, m_clock.today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this] {
        Q_EMIT statusMessage(tr("Role added to %1.").arg(m_current.address()));
        Q_EMIT changed();
    });
    dialog->show();
    return dialog;
}

FormDialog* HoldersPanel::endRole()
{
    const PremisesHolder* h = selected();
    if (!h || h->ends.isValid())
        return nullptr;
    const PremisesHolder holder = *h;
    auto* dialog = new FormDialog(
        tr("End the role of %1").arg(holder.personName), this);
    dialog->setObjectName(QStringLiteral("endHolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    auto* what = new QLabel(tr("%1, %2 since %3")
                                .arg(holder.personName, HolderTexts::role(holder.role).toLower(),
                                     CertificateTexts::date(holder.begins)),
                            dialog);
    dialog->form()->addRow(what);
    auto* until = makeDateEdit(m_clock.today(), dialog);
    until->setObjectName(QStringLiteral("holderEnds"));
    dialog->form()->addRow(tr("&Last day of the role:"), until);
    dialog->setSubmit([this, holder, until]() -> std::optional<Error> {
        auto ended = m_premises.endHolder(holder.id, until->date());
        if (!ended.ok())
            return ended.error();
        return std::nullopt;
    });
    connect(dialog, &QDialog::accepted, this, [this, holder] {
        Q_EMIT statusMessage(tr("Role of %1 ended.").arg(holder.personName));
        Q_EMIT changed();
    });
    dialog->show();
    return dialog;
}

} // namespace regie
