#pragma once

#include "certificates/Certificate.h"
#include "premises/Premises.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace regie {

class CertificateServices;
class Clock;

// The premises and certificate dossier: header with the address and the status in words and
// colour, the dossier chooser (application and renewals), what blocks the decision, the next
// steps as buttons (the forbidden ones disabled with the reason in the tooltip) and the body:
// checklist, checks, decision, conditions, inspections and full history.
class DossierView : public QWidget
{
    Q_OBJECT
public:
    DossierView(CertificateServices& services, const Clock& clock, QWidget* parent = nullptr);

    // Shows a premises and its newest dossier (or `dossierId` when given); false when unknown.
    bool load(const QString& premisesId, const QString& dossierId = {});
    void reload();
    QString premisesId() const { return m_premises.id; }
    QString dossierId() const;
    QString bodyText() const;

Q_SIGNALS:
    void statusMessage(const QString& text);
    // A step was stored (the page refreshes its list).
    void changed();
    // The user asks for an inspection of this premises (for the dossier, when one is open).
    void inspectionRequested(const QString& premisesId, const QString& certificateId);

private:
    void buildActions(QWidget* bar);
    void showDossier(int index);
    void updateActions(const CertificateDossier* dossier);
    void run(QString (*step)(CertificateServices&, const Clock&, const QString&, QWidget*));
    const CertificateDossier* current() const;

    CertificateServices& m_services;
    const Clock& m_clock;
    Premises m_premises;
    QVector<CertificateDossier> m_dossiers;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_chooser = nullptr;
    QLabel* m_blockers = nullptr;
    QTextBrowser* m_body = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_renew = nullptr;
    QPushButton* m_document = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_decide = nullptr;
    QPushButton* m_condition = nullptr;
    QPushButton* m_inspect = nullptr;
};

} // namespace regie
