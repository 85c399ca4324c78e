#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace regie {

// A later correction of a finalised answer, with its reason. The original stays as it was.
struct InspectionAmendment
{
    QString id;
    QString answerId;
    QString result;
    QString remark;
    QString reason;
    QDateTime amendedAt;
};

// The answer to one checklist item (for one window, or the whole premises when windowNumber is
// empty): conform, not-conform or na, with a remark.
struct InspectionAnswer
{
    QString id;
    QString itemCode;
    QString windowNumber;
    QString result;
    QString remark;
    QDateTime answeredAt;
    QVector<InspectionAmendment> amendments; // oldest first

    // The answer as it stands after its amendments.
    QString effectiveResult() const
    {
        return amendments.isEmpty() ? result : amendments.constLast().result;
    }
    QString effectiveRemark() const
    {
        return amendments.isEmpty() ? remark : amendments.constLast().remark;
    }
};

struct InspectionPhoto
{
    QString id;
    QString itemCode;
    QString blobId; // SHA-256 of the content
    QString fileName;
};

// A not-conform item turned into a draft finding, which can later open a warning or sanction
// procedure or become a certificate condition.
struct Finding
{
    QString id;
    QString inspectionId;
    QString premisesId;
    QString itemCode;
    QString windowNumber;
    QString description;
    QString status; // draft
};

// An inspection of a premises on a checklist version (domain-rules.md §5).
struct Inspection
{
    QString id;
    QString premisesId;
    QString certificateId;
    QString kind; // proactive, reactive
    QDate date;
    QString inspector;
    QString templateId;
    QString templateCode;
    int templateVersion = 0;
    QDateTime finalisedAt; // invalid while open

    QVector<InspectionAnswer> answers;
    QVector<InspectionPhoto> photos;
    QVector<Finding> findings;

    bool isFinal() const { return finalisedAt.isValid(); }
    const InspectionAnswer* answer(const QString& itemCode, const QString& window) const
    {
        for (const InspectionAnswer& a : answers) {
            if (a.itemCode == itemCode && a.windowNumber == window)
                return &a;
        }
        return nullptr;
    }
};

} // namespace regie
