#pragma once

#include "sync/ConflictStore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace regie {

// Open sync conflicts: one row per concurrent edit of a field (or an edit against a deletion of
// the record), with both values, who and when; the record by its label, fields in words.
class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RecordColumn,
        FieldColumn,
        LocalValueColumn,
        LocalByColumn,
        RemoteValueColumn,
        RemoteByColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    explicit ConflictListModel(QObject* parent = nullptr);

    // installationNames: installation id -> a name to show (this installation, peers).
    void setConflicts(QVector<SyncConflict> conflicts, QHash<QString, QString> installationNames);
    const SyncConflict& conflict(int row) const { return m_conflicts.at(row); }
    int rowOfId(qint64 id) const;

    // A stored value as text: "(empty)" for null, a size for binary data.
    static QString valueText(const QVariant& value);
    // As valueText, but a tombstone conflict (field "deleted") reads "deleted" or "present".
    static QString valueText(const SyncConflict& conflict, const QVariant& value);
    // One side of a conflict: its value, or "(deleted the record)" for the deletion side of an
    // edit-against-deletion conflict.
    static QString sideText(const SyncConflict& conflict, bool local);
    // "ingrid at Field laptop, 28/11/2026 10:00" from the user, installation and HLC stamp.
    QString byText(const QString& user, const QString& installation, const QString& hlc) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<SyncConflict> m_conflicts;
    QHash<QString, QString> m_names;
};

} // namespace regie
