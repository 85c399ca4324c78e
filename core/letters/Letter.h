#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace regie {

// A generated letter (letters) with its place in the registered-letter register.
struct Letter
{
    QString id;
    QString dossierKind; // gas | measure
    QString dossierId;
    QString dossierNumber;
    QString templateId;
    int templateVersion = 0;
    QJsonObject data;  // the values the template was filled with
    QString pdfBlobId; // SHA-256 of the PDF in blobs
    QDateTime created;
    bool registered = false;
    // the register
    QDate postedDate;
    QString tracking;
    QDate receivedDate;
    QString returnedReason; // unclaimed | refused | unknown-address | other text
    QDate returnedDate;
    QDate notifiedDate;  // the proven or presumed notification date
    QString notifiedHow; // its derivation
};

} // namespace regie
