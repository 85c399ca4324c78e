#pragma once

#include "certificates/Certificate.h"
#include "certificates/CertificateRules.h"
#include "inspections/Inspection.h"
#include "premises/Premises.h"

#include <QCoreApplication>

namespace regie {

// The body of the premises/certificate dossier as rich text: windows and holders, the
// application checklist (missing and stale items named), checks, decision and conditions with
// their due dates, the premises' inspections and the dossier's full history, newest first.
class DossierHtml
{
    Q_DECLARE_TR_FUNCTIONS(DossierHtml)

public:
    static QString premises(const Premises& premises, const QDate& today);
    // `dossier` may be null (no application yet).
    static QString dossier(const CertificateDossier* dossier, const CertificateRules& rules,
                           const QDate& today);
    static QString inspections(const QVector<Inspection>& inspections);
};

} // namespace regie
