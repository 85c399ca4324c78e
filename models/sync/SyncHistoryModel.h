#pragma once

#include "sync/SyncLedger.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace regie {

// Bundles sent and received, newest first, with the peer's local name.
class SyncHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        DirectionColumn,
        PeerColumn,
        ChangesColumn,
        RangeColumn,
        StatusColumn,
        ColumnCount
    };

    explicit SyncHistoryModel(QObject* parent = nullptr);

    // peerNames: installation id -> the name on the trust list.
    void setEntries(QVector<SyncLedger::Entry> entries, QHash<QString, QString> peerNames);
    const SyncLedger::Entry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<SyncLedger::Entry> m_entries;
    QHash<QString, QString> m_names;
};

// Bundles that arrived before their predecessor and wait in the backlog.
class SyncBacklogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PeerColumn,
        RangeColumn,
        BundleColumn,
        ColumnCount
    };

    explicit SyncBacklogModel(QObject* parent = nullptr);

    void setWaiting(QVector<SyncLedger::Waiting> waiting, QHash<QString, QString> peerNames);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<SyncLedger::Waiting> m_waiting;
    QHash<QString, QString> m_names;
};

} // namespace regie
