#pragma once

#include "common/Error.h"
#include "inspections/Planner.h"

#include <QAbstractTableModel>
#include <QVector>

namespace regie {

// The year's planner (Planner::forYear) as a table: premises, reason, due date, detail. Sort with
// a QSortFilterProxyModel on SortRole (dates sort as ISO text, the address in street order).
class PlannerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AddressColumn,
        ReasonColumn,
        DueColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        PremisesRole,
        ReasonRole // machine name
    };

    PlannerModel(const Planner& planner, const Clock& clock, QObject* parent = nullptr);

    // Loads the planner for `year`; false (and loadFailed) when it cannot be read.
    bool setYear(int year);
    int year() const { return m_year; }
    void refresh() { setYear(m_year); }
    const Planner::Item* itemAt(int row) const;

    // RFC 4180 CSV of `rows` (model rows, in that order) with a header line; dates in ISO,
    // reasons by their machine name and in words.
    QByteArray toCsv(const QVector<int>& rows) const;
    // The detail in the users' words (a condition keeps its own text).
    static QString detailText(const Planner::Item& item, int year);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const regie::Error& error);

private:
    const Planner& m_planner;
    const Clock& m_clock;
    int m_year = 0;
    QVector<Planner::Item> m_items;
};

} // namespace regie
