#include "MeasureListModel.h"

#include "ProcedureText.h"
#include "common/Clock.h"
#include "storage/WritePath.h"

#include <QScopedValueRollback>

namespace regie {

MeasureListModel::MeasureListModel(const MeasureRepository& repository, const Clock& clock,
                                   QObject* parent)
    : QAbstractTableModel(parent), m_repository(repository), m_clock(clock)
{
    reload(kPageSize);
}

QString MeasureListModel::statusOn(const Measure& measure, const QDate& today)
{
    if (measure.state != QLatin1String("in-force"))
        return measure.state;
    if (measure.endDate.isValid() && today > measure.endDate)
        return QStringLiteral("expired");
    if (today < measure.startDate)
        return QStringLiteral("scheduled");
    return measure.state;
}

void MeasureListModel::setKind(const QString& kind)
{
    if (kind == m_filter.kind)
        return;
    m_filter.kind = kind;
    reload(kPageSize);
}

void MeasureListModel::setState(const QString& state)
{
    if (state == m_filter.state)
        return;
    m_filter.state = state;
    reload(kPageSize);
}

void MeasureListModel::refresh()
{
    reload(std::max<int>(kPageSize, m_rows.size()));
}

void MeasureListModel::follow(const WritePath& writes)
{
    connect(&writes, &WritePath::applied, this, [this](const Receipt& receipt) {
        if (receipt.entities.contains(QStringLiteral("measures")))
            refresh();
    });
}

void MeasureListModel::reload(int atLeast)
{
    const int limit = (atLeast + kPageSize - 1) / kPageSize * kPageSize;
    MeasureRepository::Filter query = m_filter;
    query.offset = 0;
    query.limit = limit;
    auto rows = m_repository.find(query);
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    if (rows.ok()) {
        m_rows = std::move(rows).value();
        m_atEnd = m_rows.size() < limit;
    }
    {
        const QScopedValueRollback announcing(m_changing, true);
        endResetModel();
    }
    if (!rows.ok())
        Q_EMIT loadFailed(rows.error());
}

bool MeasureListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_changing && !m_atEnd;
}

void MeasureListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback changing(m_changing, true);
    MeasureRepository::Filter query = m_filter;
    query.offset = int(m_rows.size());
    query.limit = kPageSize;
    auto rows = m_repository.find(query);
    if (!rows.ok()) {
        m_atEnd = true;
        Q_EMIT loadFailed(rows.error());
        return;
    }
    const QVector<Measure>& page = rows.value();
    m_atEnd = page.size() < kPageSize;
    if (!page.isEmpty()) {
        beginInsertRows({}, m_rows.size(), m_rows.size() + page.size() - 1);
        m_rows.append(page);
        endInsertRows();
    }
}

const Measure* MeasureListModel::measureAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MeasureListModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id || m_rows.at(row).number == id)
            return row;
    }
    return -1;
}

int MeasureListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeasureListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant MeasureListModel::displayValue(const Measure& measure, int column) const
{
    switch (column) {
    case NumberColumn:
        return measure.number;
    case KindColumn:
        return ProcedureText::procedure(measure.kind);
    case StartColumn:
        return ProcedureText::shortDate(measure.startDate);
    case EndColumn:
        return ProcedureText::shortDate(measure.endDate);
    case StateColumn:
        return ProcedureText::measureState(statusOn(measure, m_clock.today()));
    case SubjectColumn:
        return !measure.perimeter.isEmpty()   ? measure.perimeter
               : !measure.orderText.isEmpty() ? measure.orderText
                                              : measure.reason;
    default:
        return {};
    }
}

QVariant MeasureListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Measure& measure = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayValue(measure, index.column());
    case IdRole:
        return measure.id;
    default:
        return {};
    }
}

QVariant MeasureListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case KindColumn:
        return tr("Measure");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case StateColumn:
        return tr("State");
    case SubjectColumn:
        return tr("Perimeter or order");
    default:
        return {};
    }
}

} // namespace regie
