#pragma once

#include "common/Error.h"
#include "inspections/Inspection.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace regie {

class InspectionRepository;
class PremisesRepository;
class WritePath;
struct Receipt;

// Every inspection, newest first: date, premises, kind, checklist version and whether it is
// finalised. Loaded whole; sort with a proxy on SortRole.
class InspectionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        PremisesColumn,
        KindColumn,
        ChecklistColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole,
        FinalRole
    };

    InspectionListModel(const InspectionRepository& inspections, const PremisesRepository& premises,
                        QObject* parent = nullptr);

    void refresh();
    // Refreshes whenever the write path changes inspections or premises.
    void follow(const WritePath& writes);

    const Inspection* inspectionAt(int row) const;
    int rowOf(const QString& inspectionId) const;
    QString addressOf(const QString& premisesId) const { return m_addresses.value(premisesId); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const regie::Error& error);

private:
    void onApplied(const Receipt& receipt);
    QVariant displayValue(const Inspection& inspection, int column) const;

    const InspectionRepository& m_inspections;
    const PremisesRepository& m_premises;
    QVector<Inspection> m_rows;
    QHash<QString, QString> m_addresses;
};

} // namespace regie
