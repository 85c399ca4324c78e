#pragma once

#include "common/Error.h"
#include "common/Result.h"

#include <QAbstractTableModel>

namespace regie {

// A list whose rows come from SQL a page at a time (kPageSize rows through canFetchMore() and
// fetchMore()), so that a list of 100,000 records opens with one count and one page. This base
// holds the paging protocol; a subclass holds its typed rows and says how to count and read them.
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    using QAbstractTableModel::QAbstractTableModel;

    // All rows matching the current query, loaded or not.
    int matchCount() const { return m_total; }
    // Re-reads the rows loaded so far (at least one page), e.g. after a change.
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // Emitted after every reload (query, refresh) with the new number of matches.
    void matchCountChanged(int count);
    void loadFailed(const regie::Error& error);

protected:
    // Replaces the rows with the first `atLeast` rows (whole pages) of the current query.
    void reload(int atLeast);

    // The number of rows matching the current query.
    virtual Result<int> countRows() const = 0;
    // Reads rows [offset, offset + limit) of the current query into a pending page and returns
    // how many it read; takePage() then shows them.
    virtual Result<int> readPage(int offset, int limit) = 0;
    // Appends the pending page to the rows (after clearRows() on a reload).
    virtual void takePage() = 0;
    virtual void clearRows() = 0;
    virtual int loadedRows() const = 0;

private:
    int m_total = 0;
    // True while the model announces a reset or an insertion: no nested fetch then, because
    // listeners further down the line have not yet seen the change.
    bool m_changing = false;
};

} // namespace regie
