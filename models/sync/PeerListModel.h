#pragma once

#include "sync/TrustStore.h"

#include <QAbstractTableModel>
#include <QVector>

namespace regie {

// The trust list: each peer installation with its name, code, fingerprint and state.
class PeerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        InstallationColumn,
        FingerprintColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        RevokedRole
    };

    explicit PeerListModel(QObject* parent = nullptr);

    void setPeers(QVector<Peer> peers);
    const Peer& peer(int row) const { return m_peers.at(row); }
    int rowOfName(const QString& name) const;
    // The peer's local name for an installation id; the id itself when unknown.
    QString nameOf(const QString& installationId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<Peer> m_peers;
};

} // namespace regie
