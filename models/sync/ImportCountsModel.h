#pragma once

#include "sync/SyncApplier.h"

#include <QAbstractTableModel>
#include <QMap>

namespace regie {

// What an import did or would do, one row per entity plus a total row at the end.
class ImportCountsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        EntityColumn,
        NewColumn,
        ChangedColumn,
        ConflictColumn,
        OutdatedColumn,
        KnownColumn,
        ColumnCount
    };

    explicit ImportCountsModel(QObject* parent = nullptr);

    void setCounts(const QMap<QString, EntityCounts>& counts);
    EntityCounts total() const { return m_total; }
    // The counts of one entity (zeros when absent).
    EntityCounts countsOf(const QString& entity) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "inspection_answers" -> "Inspection answers"
    static QString entityLabel(const QString& entity);

private:
    QVector<QPair<QString, EntityCounts>> m_rows;
    EntityCounts m_total;
};

} // namespace regie
