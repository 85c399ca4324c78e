#include "PeerListModel.h"

#include <QFontDatabase>
#include <QLocale>

namespace regie {

PeerListModel::PeerListModel(QObject* parent) : QAbstractTableModel(parent) {}

void PeerListModel::setPeers(QVector<Peer> peers)
{
    beginResetModel();
    m_peers = std::move(peers);
    endResetModel();
}

int PeerListModel::rowOfName(const QString& name) const
{
    for (int row = 0; row < m_peers.size(); ++row) {
        if (m_peers.at(row).name == name)
            return row;
    }
    return -1;
}

QString PeerListModel::nameOf(const QString& installationId) const
{
    for (const Peer& p : m_peers) {
        if (p.identity.installationId == installationId)
            return p.name;
    }
    return installationId;
}

int PeerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_peers.size());
}

int PeerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Peer& p = m_peers.at(index.row());
    if (role == NameRole)
        return p.name;
    if (role == RevokedRole)
        return p.isRevoked();
    if (role == Qt::ToolTipRole && index.column() == FingerprintColumn)
        return tr("Read this fingerprint aloud with the other installation by phone; "
                  "if it differs, revoke the peer at once.");
    if (role == Qt::FontRole && index.column() == FingerprintColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case NameColumn:
        return p.name;
    case InstallationColumn:
        return QStringLiteral("%1 \u2013 %2").arg(p.identity.shortCode, p.identity.displayName);
    case FingerprintColumn:
        return p.fingerprint;
    case StateColumn:
        return p.isRevoked() ? tr("Revoked on %1")
                                   .arg(locale.toString(p.revokedAt.toLocalTime().date(),
                                                        QLocale::ShortFormat))
                             : tr("Trusted since %1")
                                   .arg(locale.toString(p.trustedAt.toLocalTime().date(),
                                                        QLocale::ShortFormat));
    default:
        return {};
    }
}

QVariant PeerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Peer");
    case InstallationColumn:
        return tr("Installation");
    case FingerprintColumn:
        return tr("Fingerprint");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace regie
