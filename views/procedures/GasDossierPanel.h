#pragma once

#include "procedures/GasService.h"

#include "letters/LetterRenderer.h"

#include <QWidget>

#include <memory>

class QGridLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace regie {

class Clock;
class GasStepDialog;

// One GAS dossier: the header (number, offender, offence, state, flags, the next deadline with
// its "why?"), the deadlines of the legal clock each with its derivation, the rules the dossier
// breaks, the timeline of dated events (newest first), the payments against the structured
// reference, and a button for every step the state machine allows next.
class LetterPrintDialog;

class LetterRegisterWidget;
class LetterService;

class GasDossierPanel : public QWidget
{
    Q_OBJECT
public:
    GasDossierPanel(GasService& gas, const Clock& clock, QWidget* parent = nullptr);

    // Opens the dossier (an audited read); false when it cannot be read (statusMessage says why).
    bool load(const QString& idOrNumber);
    // Reads the open dossier again (after a step).
    void reload();
    QString dossierId() const { return m_view.dossier.id; }
    const GasDossierView& view() const { return m_view; }
    // The event types the dossier's state allows next.
    QStringList availableSteps() const;
    // Opens the dialog for a step (window-modal, not blocking); nullptr when the dossier's state
    // does not allow the step.
    GasStepDialog* startStep(const QString& type);
    // Selects a deadline and shows why it falls where it does.
    void showWhy(const QString& deadlineName);
    QString shownDerivation() const;
    void focusDeadlines();
    // Letters: with a letter service, the header offers "Letter…" (the print dialog) and a tab
    // beside the timeline lists the dossier's letters with their register entries (posting,
    // receipt or return); recording one reads the dossier and its deadlines again.
    void setLetters(LetterService* letters);
    LetterRegisterWidget* letterRegister() const { return m_register; }
    // Opens the print dialog for the open dossier (window-modal); nullptr without letters.
    LetterPrintDialog* printLetter();

Q_SIGNALS:
    void statusMessage(const QString& text);
    void stepRecorded(const QString& dossierId);

private:
    QWidget* buildHeader();
    QWidget* buildBody();
    void fillHeader();
    void fillDeadlines();
    void fillTimeline();
    void fillPayments();
    void fillSteps();
    void fillLetters();
    void onDeadlineChanged(QTreeWidgetItem* current);

    GasService& m_gas;
    const Clock& m_clock;
    GasDossierView m_view;
    QLabel* m_number = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_subject = nullptr;
    QLabel* m_flags = nullptr;
    QLabel* m_next = nullptr;
    QLabel* m_violations = nullptr;
    QWidget* m_stepsBox = nullptr;
    QGridLayout* m_steps = nullptr;
    QTreeWidget* m_deadlines = nullptr;
    QLabel* m_why = nullptr;
    QTreeWidget* m_timeline = nullptr;
    QLabel* m_payment = nullptr;
    QString m_lastStep;
    LetterService* m_letters = nullptr;
    std::unique_ptr<LetterRenderer> m_renderer;
    QPushButton* m_letterButton = nullptr;
    QTabWidget* m_lowerTabs = nullptr;
    LetterRegisterWidget* m_register = nullptr;
};

} // namespace regie
