#include "ImportCountsModel.h"

#include "RecordWords.h"

#include <QFont>

namespace regie {

ImportCountsModel::ImportCountsModel(QObject* parent) : QAbstractTableModel(parent) {}

QString ImportCountsModel::entityLabel(const QString& entity)
{
    return RecordWords::kind(entity); // the users' words, as on the Conflicts page
}

void ImportCountsModel::setCounts(const QMap<QString, EntityCounts>& counts)
{
    beginResetModel();
    m_rows.clear();
    m_total = {};
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        m_rows.append({it.key(), it.value()});
        m_total.created += it->created;
        m_total.changed += it->changed;
        m_total.conflicts += it->conflicts;
        m_total.outdated += it->outdated;
        m_total.known += it->known;
    }
    endResetModel();
}

EntityCounts ImportCountsModel::countsOf(const QString& entity) const
{
    for (const auto& row : m_rows) {
        if (row.first == entity)
            return row.second;
    }
    return {};
}

int ImportCountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_rows.isEmpty() ? 0 : int(m_rows.size()) + 1;
}

int ImportCountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportCountsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool totalRow = index.row() == m_rows.size();
    if (role == Qt::FontRole && totalRow) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != EntityColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const EntityCounts& c = totalRow ? m_total : m_rows.at(index.row()).second;
    switch (index.column()) {
    case EntityColumn:
        return totalRow ? tr("Total") : entityLabel(m_rows.at(index.row()).first);
    case NewColumn:
        return c.created;
    case ChangedColumn:
        return c.changed;
    case ConflictColumn:
        return c.conflicts;
    case OutdatedColumn:
        return c.outdated;
    case KnownColumn:
        return c.known;
    default:
        return {};
    }
}

QVariant ImportCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NewColumn:
            return tr("Records that are not here yet");
        case ChangedColumn:
            return tr("Fields written, deletions included");
        case ConflictColumn:
            return tr("Fields edited here and there at the same time: both values are kept "
                      "for a person to decide");
        case OutdatedColumn:
            return tr("Changes older than what this installation already holds: nothing is "
                      "overwritten");
        case KnownColumn:
            return tr("Changes already here: nothing is done");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EntityColumn:
        return tr("Kind of record");
    case NewColumn:
        return tr("New");
    case ChangedColumn:
        return tr("Changed");
    case ConflictColumn:
        return tr("Conflicts");
    case OutdatedColumn:
        return tr("Outdated");
    case KnownColumn:
        return tr("Already here");
    default:
        return {};
    }
}

} // namespace regie
