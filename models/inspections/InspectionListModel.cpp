#include "InspectionListModel.h"

#include "inspections/InspectionRepository.h"
#include "premises/CertificateTexts.h"
#include "premises/PremisesRepository.h"
#include "storage/WritePath.h"

namespace regie {

InspectionListModel::InspectionListModel(const InspectionRepository& inspections,
                                         const PremisesRepository& premises, QObject* parent)
    : QAbstractTableModel(parent), m_inspections(inspections), m_premises(premises)
{
    refresh();
}

void InspectionListModel::follow(const WritePath& writes)
{
    connect(&writes, &WritePath::applied, this, &InspectionListModel::onApplied);
}

void InspectionListModel::onApplied(const Receipt& receipt)
{
    // answers do not change the list; a new or finalised inspection or a new premises does
    if (receipt.entities.contains(QStringLiteral("inspections")) ||
        receipt.entities.contains(QStringLiteral("premises")))
        refresh();
}

void InspectionListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_addresses.clear();
    auto premises = m_premises.list();
    auto inspections = m_inspections.list();
    if (premises.ok() && inspections.ok()) {
        for (const Premises& p : premises.value())
            m_addresses.insert(p.id, p.address());
        m_rows = std::move(inspections).value();
    }
    endResetModel();
    if (!premises.ok())
        Q_EMIT loadFailed(premises.error());
    else if (!inspections.ok())
        Q_EMIT loadFailed(inspections.error());
}

const Inspection* InspectionListModel::inspectionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int InspectionListModel::rowOf(const QString& inspectionId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == inspectionId)
            return i;
    }
    return -1;
}

int InspectionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InspectionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InspectionListModel::displayValue(const Inspection& inspection, int column) const
{
    switch (column) {
    case DateColumn:
        return CertificateTexts::date(inspection.date);
    case PremisesColumn:
        return m_addresses.value(inspection.premisesId, inspection.premisesId);
    case KindColumn:
        return CertificateTexts::inspectionKind(inspection.kind);
    case ChecklistColumn:
        return tr("%1 v%2").arg(inspection.templateCode).arg(inspection.templateVersion);
    case StateColumn:
        return inspection.isFinal() ? tr("Finalised") : tr("Open");
    default:
        return {};
    }
}

QVariant InspectionListModel::data(const QModelIndex& index, int role) const
{
    const Inspection* inspection = inspectionAt(index.row());
    if (!inspection || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*inspection, index.column());
    case SortRole:
        if (index.column() == DateColumn)
            return inspection->date.toString(Qt::ISODate);
        return displayValue(*inspection, index.column());
    case IdRole:
        return inspection->id;
    case FinalRole:
        return inspection->isFinal();
    default:
        return {};
    }
}

QVariant InspectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case PremisesColumn:
        return tr("Premises");
    case KindColumn:
        return tr("Kind");
    case ChecklistColumn:
        return tr("Checklist");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace regie
