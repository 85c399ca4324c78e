#include "ConflictListModel.h"

#include "RecordWords.h"

#include <QDateTime>
#include <QLocale>

namespace regie {

ConflictListModel::ConflictListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ConflictListModel::setConflicts(QVector<SyncConflict> conflicts,
                                     QHash<QString, QString> installationNames)
{
    beginResetModel();
    m_conflicts = std::move(conflicts);
    m_names = std::move(installationNames);
    endResetModel();
}

int ConflictListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_conflicts.size(); ++row) {
        if (m_conflicts.at(row).id == id)
            return row;
    }
    return -1;
}

QString ConflictListModel::valueText(const QVariant& value)
{
    if (value.isNull())
        return tr("(empty)");
    if (value.typeId() == QMetaType::QByteArray)
        return tr("(binary data, %n byte(s))", nullptr, int(value.toByteArray().size()));
    return value.toString();
}

QString ConflictListModel::valueText(const SyncConflict& conflict, const QVariant& value)
{
    if (conflict.field == QLatin1String("deleted") && !value.isNull())
        return value.toInt() == 1 ? tr("(deleted)") : tr("(present)");
    return valueText(value);
}

QString ConflictListModel::sideText(const SyncConflict& conflict, bool local)
{
    if (conflict.isDeletion() &&
        conflict.deletionSide == (local ? QLatin1String("local") : QLatin1String("remote")))
        return tr("(deleted the record)");
    return valueText(conflict, local ? conflict.localValue : conflict.remoteValue);
}

QString ConflictListModel::byText(const QString& user, const QString& installation,
                                  const QString& hlc) const
{
    // An HLC stamp starts with 13 digits of milliseconds since the epoch.
    bool ok = false;
    const qint64 ms = hlc.left(13).toLongLong(&ok);
    const QString when = ok ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                                                 QLocale::ShortFormat)
                            : hlc;
    return tr("%1 at %2, %3").arg(user, m_names.value(installation, installation), when);
}

int ConflictListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncConflict& c = m_conflicts.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == Qt::ToolTipRole && index.column() == RecordColumn)
        return tr("Record %1").arg(c.entityId);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RecordColumn:
        return RecordWords::record(c.entity, c.recordLabel, c.entityId);
    case FieldColumn:
        return RecordWords::field(c.field);
    case LocalValueColumn:
        return sideText(c, true).simplified();
    case LocalByColumn:
        return byText(c.localUser, c.localInstallation, c.localHlc);
    case RemoteValueColumn:
        return sideText(c, false).simplified();
    case RemoteByColumn:
        return byText(c.remoteUser, c.remoteInstallation, c.remoteHlc);
    default:
        return {};
    }
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case FieldColumn:
        return tr("Field");
    case LocalValueColumn:
        return tr("Value here");
    case LocalByColumn:
        return tr("Edited here by");
    case RemoteValueColumn:
        return tr("Value from the peer");
    case RemoteByColumn:
        return tr("Edited there by");
    default:
        return {};
    }
}

} // namespace regie
