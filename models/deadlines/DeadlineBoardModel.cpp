#include "DeadlineBoardModel.h"

#include "deadlines/DeadlineBoard.h"
#include "procedures/ProcedureText.h"
#include "storage/WritePath.h"

#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QLocale>

namespace regie {

namespace {

bool isOverdue(const DeadlineItem& item)
{
    return item.category == QLatin1String("overdue");
}

// Distinct in light and dark palettes; always paired with a word and an icon.
QColor categoryColour(const QString& category)
{
    if (category == QLatin1String("overdue"))
        return QColor(0xc0, 0x1c, 0x28);
    if (category == QLatin1String("due") || category == QLatin1String("limitation"))
        return QColor(0xb3, 0x6b, 0x00);
    return {};
}

QIcon categoryIcon(const QString& category)
{
    const QString name = category == QLatin1String("overdue")      ? QStringLiteral("overdue")
                         : category == QLatin1String("limitation") ? QStringLiteral("limitation")
                         : category == QLatin1String("hearing")    ? QStringLiteral("hearing")
                                                                   : QStringLiteral("due");
    return QIcon(QStringLiteral(":/regie/icons/deadline-%1.svg").arg(name));
}

const QStringList& watchedEntities()
{
    static const QStringList entities{QStringLiteral("gas_dossiers"), QStringLiteral("gas_events"),
                                      QStringLiteral("payments"), QStringLiteral("measures"),
                                      QStringLiteral("measure_events")};
    return entities;
}

} // namespace

DeadlineBoardModel::DeadlineBoardModel(const DeadlineBoard& board, QObject* parent)
    : QAbstractTableModel(parent), m_board(board)
{
    refresh();
}

void DeadlineBoardModel::setDueWithinDays(int days)
{
    if (days == m_dueWithin || days < 0)
        return;
    m_dueWithin = days;
    refresh();
}

void DeadlineBoardModel::follow(const WritePath& writes)
{
    connect(&writes, &WritePath::applied, this, &DeadlineBoardModel::onApplied);
}

void DeadlineBoardModel::onApplied(const Receipt& receipt)
{
    for (const QString& entity : watchedEntities()) {
        if (receipt.entities.contains(entity)) {
            refresh();
            return;
        }
    }
}

void DeadlineBoardModel::sortForToday(QVector<DeadlineItem>& items)
{
    std::stable_sort(items.begin(), items.end(), [](const DeadlineItem& a, const DeadlineItem& b) {
        if (isOverdue(a) != isOverdue(b))
            return isOverdue(a);
        if (a.date != b.date)
            return a.date < b.date;
        // GAS/2026/BH/9999 before GAS/2026/BH/10000
        if (a.number.size() != b.number.size())
            return a.number.size() < b.number.size();
        return a.number < b.number;
    });
}

void DeadlineBoardModel::refresh()
{
    DeadlineBoard::Options options;
    options.dueWithinDays = m_dueWithin;
    auto items = m_board.compute(options);
    beginResetModel();
    m_derivations.clear();
    m_items.clear();
    if (items.ok())
        m_items = std::move(items).value();
    sortForToday(m_items);
    m_overdue = int(std::count_if(m_items.cbegin(), m_items.cend(), isOverdue));
    endResetModel();
    if (!items.ok())
        Q_EMIT loadFailed(items.error());
    Q_EMIT refreshed();
}

const DeadlineItem* DeadlineBoardModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

QString DeadlineBoardModel::derivation(int row) const
{
    const DeadlineItem* item = itemAt(row);
    if (!item)
        return {};
    const auto cached = m_derivations.constFind(row);
    if (cached != m_derivations.constEnd())
        return *cached;
    QVector<DeadlineItem> one{*item};
    QString text;
    if (m_board.explain(one).ok())
        text = one.first().derivation;
    m_derivations.insert(row, text);
    return text;
}

int DeadlineBoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DeadlineBoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QString DeadlineBoardModel::daysText(int daysLeft)
{
    if (daysLeft == 0)
        return tr("today");
    const QString number = QLocale().toString(std::abs(daysLeft));
    return daysLeft < 0 ? QStringLiteral("−") + number : QStringLiteral("+") + number;
}

QString DeadlineBoardModel::stateText(const DeadlineItem& item)
{
    if (item.procedure == QLatin1String("certificate-sanction"))
        return ProcedureText::sanctionPhase(item.state);
    return item.procedure == QLatin1String("gas-fine") ? ProcedureText::state(item.state)
                                                       : ProcedureText::measureState(item.state);
}

DeadlineCalendar::EntryText DeadlineBoardModel::calendarText(const DeadlineItem& item)
{
    const QString category = ProcedureText::category(item.category);
    const QString procedure = ProcedureText::procedure(item.procedure);
    QStringList text{tr("%1 (%2). Binds: %3. State: %4.")
                         .arg(category, procedure, ProcedureText::party(item.party),
                              stateText(item))};
    if (!item.derivation.isEmpty())
        text << item.derivation;
    return {ProcedureText::deadline(item.name) + QLatin1Char(' ') + item.number,
            text.join(QLatin1Char('\n')), {category, procedure}};
}

QVariant DeadlineBoardModel::displayValue(const DeadlineItem& item, int column) const
{
    switch (column) {
    case StatusColumn:
        return ProcedureText::category(item.category);
    case DateColumn:
        return ProcedureText::longDate(item.date);
    case DaysColumn:
        return daysText(item.daysLeft);
    case DeadlineColumn:
        return ProcedureText::deadline(item.name);
    case NumberColumn:
        return item.number;
    case ProcedureColumn:
        return ProcedureText::procedure(item.procedure);
    case StateColumn:
        return stateText(item);
    default:
        return {};
    }
}

QVariant DeadlineBoardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeadlineItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(item, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DaysColumn)
            return item.daysLeft < 0 ? tr("%1 days late").arg(-item.daysLeft)
                                     : tr("%1 days left").arg(item.daysLeft);
        return displayValue(item, index.column());
    case Qt::ForegroundRole: {
        const QColor colour = categoryColour(item.category);
        if (colour.isValid() &&
            (index.column() == StatusColumn || index.column() == DaysColumn || isOverdue(item)))
            return QBrush(colour);
        return {};
    }
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(categoryIcon(item.category)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == DaysColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant();
    case IdRole:
        return item.id;
    case ProcedureRole:
        return item.procedure;
    case CategoryRole:
        return item.category;
    case DerivationRole:
        return derivation(index.row());
    default:
        return {};
    }
}

QVariant DeadlineBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case DateColumn:
        return tr("Date");
    case DaysColumn:
        return tr("Days");
    case DeadlineColumn:
        return tr("Deadline");
    case NumberColumn:
        return tr("Dossier");
    case ProcedureColumn:
        return tr("Procedure");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace regie
