#include "PagedListModel.h"

#include <QScopedValueRollback>

namespace regie {

void PagedListModel::refresh()
{
    reload(std::max(kPageSize, loadedRows()));
}

void PagedListModel::reload(int atLeast)
{
    const int pages = (atLeast + kPageSize - 1) / kPageSize;
    beginResetModel();
    clearRows();
    m_total = 0;
    const Result<int> total = countRows();
    const Result<int> read = readPage(0, pages * kPageSize);
    if (total.ok() && read.ok()) {
        takePage();
        m_total = std::max(total.value(), loadedRows());
    }
    {
        const QScopedValueRollback announcing(m_changing, true);
        endResetModel();
    }
    if (!total.ok())
        Q_EMIT loadFailed(total.error());
    else if (!read.ok())
        Q_EMIT loadFailed(read.error());
    Q_EMIT matchCountChanged(m_total);
}

int PagedListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : loadedRows();
}

bool PagedListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_changing && loadedRows() < m_total;
}

void PagedListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback changing(m_changing, true);
    const int loaded = loadedRows();
    const Result<int> read = readPage(loaded, kPageSize);
    if (!read.ok()) {
        m_total = loaded; // stop asking; refresh() tries again
        Q_EMIT loadFailed(read.error());
        return;
    }
    if (read.value() > 0) {
        beginInsertRows({}, loaded, loaded + read.value() - 1);
        takePage();
        endInsertRows();
    }
    if (read.value() < kPageSize && m_total != loadedRows()) {
        m_total = loadedRows(); // rows were removed meanwhile
        Q_EMIT matchCountChanged(m_total);
    }
}

} // namespace regie
