#include "IndicatorTableModel.h"

#include <QLocale>

namespace regie {

namespace {

QVariant number(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

IndicatorTableModel::IndicatorTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void IndicatorTableModel::setRows(const QVector<RoundRow>& rows,
                                  const IndicatorCatalogue& catalogue, const QString& language,
                                  const QString& currentName, const QString& previousName)
{
    beginResetModel();
    m_rows.clear();
    for (const RoundRow& r : rows) {
        const IndicatorDefinition* d = catalogue.find(r.current.key);
        m_rows << Row{r, d ? d->label(language) : r.current.key,
                      d ? d->definition(language) : QString()};
    }
    m_current = currentName;
    m_previous = previousName;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, Value, Previous);
}

int IndicatorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const IndicatorValue& v = row.values.current;
    if (role == KeyRole)
        return v.key;
    if (role == DefinitionRole || role == Qt::ToolTipRole)
        return row.definition;
    if (role == KindRole)
        return v.kind;
    if (role == Qt::TextAlignmentRole && (index.column() == Value || index.column() == Previous))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Fiche:
        return v.ficheCode;
    case Indicator:
        return row.label;
    case Kind:
        if (v.kind == IndicatorKind::Computed)
            return tr("counted by Regie");
        if (v.kind == IndicatorKind::Entered)
            return tr("partner's figure");
        return tr("registration file");
    case Value:
        // Numbers, not text: QHBarModelMapper reads this column for the chart. A missing value
        // is empty here and its reason is in the Source column.
        return number(v.value);
    case Previous:
        return row.values.previous ? number(row.values.previous->value) : QVariant();
    case Source: {
        if (!v.value && v.kind == IndicatorKind::Entered)
            return tr("to be entered by the partner");
        if (!v.value && v.kind == IndicatorKind::Imported)
            return tr("no registration file yet");
        if (!v.value)
            return tr("nothing recorded yet");
        QString source = v.kind == IndicatorKind::Computed ? tr("Regie") : v.source;
        if (v.sourceDate.isValid())
            source += QStringLiteral(", ") + QLocale().toString(v.sourceDate, QLocale::ShortFormat);
        return source;
    }
    default:
        return {};
    }
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Fiche:
        return tr("Fiche");
    case Indicator:
        return tr("Indicator");
    case Kind:
        return tr("Kind");
    case Value:
        return m_current.isEmpty() ? tr("Value") : m_current;
    case Previous:
        return m_previous.isEmpty() ? tr("Previous round") : m_previous;
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

IndicatorTrendModel::IndicatorTrendModel(QObject* parent) : QAbstractTableModel(parent) {}

void IndicatorTrendModel::setPoints(const QString& label, const QVector<Point>& points)
{
    beginResetModel();
    m_label = label;
    m_points = points;
    endResetModel();
}

QStringList IndicatorTrendModel::roundNames() const
{
    QStringList names;
    for (const Point& p : m_points)
        names << p.round;
    return names;
}

int IndicatorTrendModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int IndicatorTrendModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant IndicatorTrendModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_points.size())
        return {};
    const Point& p = m_points.at(index.row());
    // Numbers in both columns (QVXYModelMapper reads the display role): x is the round's
    // position, its name is the row's header.
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return index.column() == 0 ? QVariant(index.row()) : number(p.value);
    return {};
}

QVariant IndicatorTrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section < m_points.size() ? m_points.at(section).round : QString();
    return section == 0 ? tr("Round") : m_label;
}

} // namespace regie
