#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace regie {

// The words the certificate screens show for the machine names of the certificate feature
// (statuses, document and check kinds, outcomes, inspection results, planner reasons) and the
// dates in the users' locale. Unknown names are shown as they are.
class CertificateTexts
{
    Q_DECLARE_TR_FUNCTIONS(CertificateTexts)

public:
    // "applied", "granted", ... and "none" (no dossier yet)
    static QString status(const QString& status);
    static QString documentKind(const QString& kind);
    static QString checkKind(const QString& kind);
    static QString outcome(const QString& outcome);
    // conform, not-conform, na
    static QString result(const QString& result);
    // proactive, reactive
    static QString inspectionKind(const QString& kind);
    // application, document, check, decision, condition-met, suspension, withdrawal
    static QString eventKind(const QString& kind);
    // no-proactive-inspection, renewal-due, condition-overdue
    static QString plannerReason(const QString& reason);
    // "di 12 mei 2026" in Dutch; empty for an invalid date.
    static QString date(const QDate& date);
    // Whether a status calls for attention (refused, suspended, withdrawn, expired, none).
    static bool isAlarming(const QString& status);
};

} // namespace regie
