#pragma once

#include "BlobStore.h"
#include "ChecklistTemplates.h"
#include "Inspection.h"
#include "InspectionRepository.h"
#include "common/Result.h"
#include "storage/WritePath.h"

#include <QCoreApplication>

namespace regie {

class Clock;

// Field work on an inspection, through the write path. Every answer is its own committed
// transaction the moment it is given (a crash loses nothing typed). Finalising locks the
// inspection; a later correction is an amendment with a reason, never an overwrite.
class InspectionService
{
    Q_DECLARE_TR_FUNCTIONS(InspectionService)

public:
    struct NewInspection
    {
        QString premisesId;
        QString kind; // proactive, reactive
        QDate date;
        QString inspector;
        QString certificateId; // optional: the application or renewal a reactive one is for
    };
    struct Answer
    {
        QString itemCode;
        QString windowNumber; // empty: the premises as a whole
        QString result;       // conform, not-conform, na
        QString remark;
    };

    InspectionService(Database& db, WritePath& writes, const Clock& clock,
                      ChecklistTemplates& templates, qint64 photoMaxBytes)
        : m_db(db), m_repo(db), m_blobs(db), m_writes(writes), m_clock(clock),
          m_templates(templates), m_photoMaxBytes(photoMaxBytes) {}

    // Refuses a date in the future and an unknown premises; uses the checklist valid that day.
    Result<QString> add(const NewInspection& inspection);
    // Records (or, before finalising, replaces) the answer to an item; returns the answer id.
    Result<QString> answer(const QString& inspectionId, const Answer& answer);
    // Attaches a photo to an item: refused when not an image or larger than the limit.
    Result<QString> addPhoto(const QString& inspectionId, const QString& itemCode,
                             const QByteArray& bytes, const QString& fileName);
    // Locks the inspection; refused while items are unanswered (listed by code).
    Result<Receipt> finalise(const QString& inspectionId);
    // Corrects an answer of a finalised inspection, keeping the original; reason required.
    Result<QString> amend(const QString& inspectionId, const Answer& answer, const QString& reason);
    // Turns a not-conform answer into a draft finding; returns the finding id.
    Result<QString> draftFinding(const QString& inspectionId, const QString& itemCode,
                                 const QString& windowNumber, const QString& description);

    const InspectionRepository& repository() const { return m_repo; }
    const BlobStore& blobs() const { return m_blobs; }
    qint64 photoMaxBytes() const { return m_photoMaxBytes; }

private:
    Result<Inspection> openInspection(const QString& id, bool mustBeOpen) const;
    Result<void> checkAnswer(const Inspection& inspection, const Answer& answer) const;
    Result<void> checkWindow(const QString& premisesId, const QString& window) const;
    Result<void> checkNewInspection(const NewInspection& inspection) const;

    Database& m_db;
    InspectionRepository m_repo;
    BlobStore m_blobs;
    WritePath& m_writes;
    const Clock& m_clock;
    ChecklistTemplates& m_templates;
    qint64 m_photoMaxBytes;
};

} // namespace regie
