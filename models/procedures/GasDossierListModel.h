#pragma once

#include "common/PagedListModel.h"
#include "procedures/GasRepository.h"

#include <QVector>

namespace regie {

class WritePath;
struct Receipt;

// The GAS dossiers list: filtered (states, facts dates, full-text search), sorted and paged in
// SQL by GasRepository. Rows arrive kPageSize at a time (PagedListModel): the list of 100,000
// dossiers opens with one count and one page.
class GasDossierListModel : public PagedListModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        FactsColumn,
        OffenderColumn,
        OffenceColumn,
        StateColumn,
        NextDeadlineColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StateRole
    };
    explicit GasDossierListModel(const GasRepository& repository, QObject* parent = nullptr);

    // The filter without its offset and limit; re-queries when it differs.
    void setFilter(const GasRepository::Filter& filter);
    const GasRepository::Filter& filter() const { return m_filter; }
    void setSearchText(const QString& text);
    void setOrder(GasRepository::Order order);
    // The order a header click on `column` asks for; nullopt when the column does not sort
    // (only number and date of facts sort: along an index, fast with 100,000 dossiers).
    static std::optional<GasRepository::Order> orderFor(int column, Qt::SortOrder direction);
    void sort(int column, Qt::SortOrder order) override;

    void follow(const WritePath& writes);

    const GasDossier* dossierAt(int row) const;
    QString dossierId(int row) const;
    int rowOf(const QString& id) const;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<int> countRows() const override;
    Result<int> readPage(int offset, int limit) override;
    void takePage() override;
    void clearRows() override { m_rows.clear(); }
    int loadedRows() const override { return int(m_rows.size()); }

private:
    QVariant displayValue(const GasDossier& dossier, int column) const;
    void onApplied(const Receipt& receipt);

    const GasRepository& m_repository;
    GasRepository::Filter m_filter;
    QVector<GasDossier> m_rows;
    QVector<GasDossier> m_page;
};

} // namespace regie
