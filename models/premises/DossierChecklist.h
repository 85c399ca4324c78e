#pragma once

#include "certificates/Certificate.h"
#include "certificates/CertificateRules.h"

#include <QCoreApplication>
#include <QVector>

namespace regie {

// The application checklist of a dossier in the users' words: each required document and
// check, whether it is there, missing or (the criminal-record extract) too old on the
// application date, and what therefore blocks the decision. Same rules as CertificateStatus.
class DossierChecklist
{
    Q_DECLARE_TR_FUNCTIONS(DossierChecklist)

public:
    enum class State
    {
        Present,
        Missing,
        Stale
    };
    struct Line
    {
        QString kind;
        QString label;
        State state = State::Missing;
        QDate date;      // the newest document or check of that kind
        QString problem; // translated reason when missing or stale
    };

    static QVector<Line> documents(const CertificateDossier& dossier,
                                   const CertificateRules& rules);
    static QVector<Line> checks(const CertificateDossier& dossier);
    // Every missing or stale document and missing check, named; empty when a decision may be
    // taken (or has been taken).
    static QStringList blockers(const CertificateDossier& dossier, const CertificateRules& rules);
};

} // namespace regie
