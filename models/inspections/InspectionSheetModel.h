#pragma once

#include "common/Error.h"
#include "inspections/ChecklistTemplate.h"
#include "inspections/Inspection.h"

#include <QAbstractListModel>
#include <QVector>

namespace regie {

class ChecklistTemplates;
class InspectionRepository;

// One inspection as a sheet: a row per item of the checklist version it was done with, in the
// template's order, with the answer as it stands (after amendments) for the premises as a whole
// or for one window.
class InspectionSheetModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        CodeRole = Qt::UserRole + 1,
        SectionRole,
        ResultRole, // conform, not-conform, na; empty when unanswered
        RemarkRole,
        PhotoCountRole,
        AmendedRole, // the answer was corrected after finalising
        AnsweredAtRole
    };

    struct Row
    {
        ChecklistTemplate::Item item;
        QString answerId;
        QString result;
        QString remark;
        QDateTime answeredAt;
        int photos = 0;
        bool amended = false;
    };

    InspectionSheetModel(const InspectionRepository& inspections,
                         const ChecklistTemplates& templates, QObject* parent = nullptr);

    // Loads the inspection and its checklist version with the answers for `window` (empty: the
    // premises as a whole); false (and loadFailed) when unreadable.
    bool load(const QString& inspectionId, const QString& window = {});
    // Re-reads the loaded inspection (after an answer, a photo, finalising).
    bool reload() { return load(m_inspection.id, m_window); }
    QString window() const { return m_window; }

    const Inspection& inspection() const { return m_inspection; }
    const ChecklistTemplate& checklist() const { return m_checklist; }
    const Row* rowAt(int row) const;
    int rowOf(const QString& itemCode) const;
    int answeredCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const regie::Error& error);

private:
    const InspectionRepository& m_inspections;
    const ChecklistTemplates& m_templates;
    Inspection m_inspection;
    QString m_window;
    ChecklistTemplate m_checklist;
    QVector<Row> m_rows;
};

} // namespace regie
