#pragma once

#include "certificates/Certificate.h"

#include <QCoreApplication>

class QWidget;

namespace regie {

class CertificateServices;
class Clock;

// The dialogs of the premises and certificate steps. Each calls one service; a refusal is shown
// in the dialog with its reason and nothing is stored. Return the new id, or empty when the
// user cancelled.
class CertificateDialogs
{
    Q_DECLARE_TR_FUNCTIONS(CertificateDialogs)

public:
    static QString newPremises(CertificateServices& services, QWidget* parent);
    static QString newApplication(CertificateServices& services, const Clock& clock,
                                  const QString& premisesId, const QString& renewalOf,
                                  QWidget* parent);
    static QString addDocument(CertificateServices& services, const Clock& clock,
                               const QString& dossierId, QWidget* parent);
    static QString addCheck(CertificateServices& services, const Clock& clock,
                            const QString& dossierId, QWidget* parent);
    static QString decide(CertificateServices& services, const Clock& clock,
                          const QString& dossierId, QWidget* parent);
    static QString meetCondition(CertificateServices& services, const Clock& clock,
                                 const CertificateDossier& dossier, QWidget* parent);
};

} // namespace regie
