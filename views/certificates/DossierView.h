#pragma once

#include "certificates/Certificate.h"
#include "premises/Premises.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace regie {

class CertificateLettersPanel;
class CertificateServices;
class Clock;
class HoldersPanel;
class LetterService;
class PeopleService;
class WindowRegister;
class WindowRegisterPanel;

// The premises and certificate dossier: header with the address and the status in words and
// colour, the dossier chooser (application and renewals), what blocks the decision, the next
// steps as buttons (the forbidden ones disabled with the reason in the tooltip) and the body:
// checklist, checks, decision, conditions, inspections and full history. Tabs beside the body:
// the premises' holders, its window register and the dossier's letters (the last two once their
// services are set).
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

    // Adding holders needs the people register; the window register and letters tabs appear
    // once their services are set. Not owned.
    void setPeople(PeopleService* people);
    void setWindowRegister(WindowRegister* windowRegister);
    void setLetters(LetterService* letters);
    QTabWidget* tabs() const { return m_tabs; }
    HoldersPanel* holders() const { return m_holders; }
    WindowRegisterPanel* windowRegister() const { return m_register; }
    CertificateLettersPanel* letters() const { return m_letters; }

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
    QTabWidget* m_tabs = nullptr;
    HoldersPanel* m_holders = nullptr;
    WindowRegisterPanel* m_register = nullptr;
    CertificateLettersPanel* m_letters = nullptr;
    QPushButton* m_letter = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_renew = nullptr;
    QPushButton* m_document = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_decide = nullptr;
    QPushButton* m_condition = nullptr;
    QPushButton* m_inspect = nullptr;
};

} // namespace regie
