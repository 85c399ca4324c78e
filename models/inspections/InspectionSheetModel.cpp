#include "InspectionSheetModel.h"

#include "inspections/ChecklistTemplates.h"
#include "inspections/InspectionRepository.h"

namespace regie {

InspectionSheetModel::InspectionSheetModel(const InspectionRepository& inspections,
                                           const ChecklistTemplates& templates, QObject* parent)
    : QAbstractListModel(parent), m_inspections(inspections), m_templates(templates)
{
}

bool InspectionSheetModel::load(const QString& inspectionId, const QString& window)
{
    auto inspection = m_inspections.find(inspectionId);
    if (!inspection.ok()) {
        Q_EMIT loadFailed(inspection.error());
        return false;
    }
    auto checklist = m_templates.byId(inspection->templateId);
    if (!checklist.ok()) {
        Q_EMIT loadFailed(checklist.error());
        return false;
    }
    beginResetModel();
    m_inspection = std::move(inspection).value();
    m_window = window;
    m_checklist = std::move(checklist).value();
    m_rows.clear();
    for (const ChecklistTemplate::Item& item : m_checklist.items) {
        Row row;
        row.item = item;
        if (const InspectionAnswer* a = m_inspection.answer(item.code, m_window)) {
            row.answerId = a->id;
            row.result = a->effectiveResult();
            row.remark = a->effectiveRemark();
            row.answeredAt =
                a->amendments.isEmpty() ? a->answeredAt : a->amendments.constLast().amendedAt;
            row.amended = !a->amendments.isEmpty();
        }
        for (const InspectionPhoto& photo : m_inspection.photos)
            row.photos += photo.itemCode == item.code ? 1 : 0;
        m_rows.push_back(row);
    }
    endResetModel();
    return true;
}

const InspectionSheetModel::Row* InspectionSheetModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int InspectionSheetModel::rowOf(const QString& itemCode) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).item.code == itemCode)
            return i;
    }
    return -1;
}

int InspectionSheetModel::answeredCount() const
{
    int count = 0;
    for (const Row& row : m_rows)
        count += row.result.isEmpty() ? 0 : 1;
    return count;
}

int InspectionSheetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant InspectionSheetModel::data(const QModelIndex& index, int role) const
{
    const Row* row = rowAt(index.row());
    if (!row || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return row->item.text;
    case CodeRole:
        return row->item.code;
    case SectionRole:
        return row->item.section;
    case ResultRole:
        return row->result;
    case RemarkRole:
        return row->remark;
    case PhotoCountRole:
        return row->photos;
    case AmendedRole:
        return row->amended;
    case AnsweredAtRole:
        return row->answeredAt;
    default:
        return {};
    }
}

} // namespace regie
