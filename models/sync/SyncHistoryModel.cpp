#include "SyncHistoryModel.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace regie {

namespace {

QString range(qint64 from, qint64 to)
{
    return to < from ? QStringLiteral("\u2013") : QStringLiteral("%1\u2013%2").arg(from).arg(to);
}

} // namespace

SyncHistoryModel::SyncHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void SyncHistoryModel::setEntries(QVector<SyncLedger::Entry> entries,
                                  QHash<QString, QString> peerNames)
{
    beginResetModel();
    m_entries = std::move(entries);
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const SyncLedger::Entry& a, const SyncLedger::Entry& b) {
                         // Newest first; within one second the later sequence range first.
                         if (a.at != b.at)
                             return a.at > b.at;
                         return a.toSeq > b.toSeq;
                     });
    m_names = std::move(peerNames);
    endResetModel();
}

int SyncHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SyncHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncLedger::Entry& e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole)
        return tr("Bundle %1").arg(e.bundleId);
    if (role == Qt::TextAlignmentRole && index.column() == ChangesColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const bool sent = e.direction == QLatin1String("sent");
    switch (index.column()) {
    case WhenColumn: {
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODate);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : e.at;
    }
    case DirectionColumn:
        return sent ? tr("Sent") : tr("Received");
    case PeerColumn:
        return m_names.value(e.peer, e.peer);
    case ChangesColumn:
        return e.changes;
    case RangeColumn:
        return range(e.fromSeq, e.toSeq);
    case StatusColumn:
        if (e.status == QLatin1String("applied"))
            return tr("Applied");
        if (e.status == QLatin1String("waiting"))
            return tr("Waiting for an earlier bundle");
        if (e.status == QLatin1String("sent"))
            return tr("Written");
        return e.status;
    default:
        return {};
    }
}

QVariant SyncHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case DirectionColumn:
        return tr("Direction");
    case PeerColumn:
        return tr("Peer");
    case ChangesColumn:
        return tr("Changes");
    case RangeColumn:
        return tr("Sequences");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

SyncBacklogModel::SyncBacklogModel(QObject* parent) : QAbstractTableModel(parent) {}

void SyncBacklogModel::setWaiting(QVector<SyncLedger::Waiting> waiting,
                                  QHash<QString, QString> peerNames)
{
    beginResetModel();
    m_waiting = std::move(waiting);
    m_names = std::move(peerNames);
    endResetModel();
}

int SyncBacklogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_waiting.size());
}

int SyncBacklogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncBacklogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncLedger::Waiting& w = m_waiting.at(index.row());
    if (role == Qt::ToolTipRole)
        return w.path;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PeerColumn:
        return m_names.value(w.sender, w.sender);
    case RangeColumn:
        return range(w.fromSeq, w.toSeq);
    case BundleColumn:
        return w.bundleId;
    default:
        return {};
    }
}

QVariant SyncBacklogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PeerColumn:
        return tr("From");
    case RangeColumn:
        return tr("Sequences");
    case BundleColumn:
        return tr("Bundle");
    default:
        return {};
    }
}

} // namespace regie
