#pragma once

#include "letters/LetterRenderer.h"
#include "sanctions/HolderSanction.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace regie {

class Clock;
class HolderSanctionService;
class HolderSanctionStepDialog;
class LetterPrintDialog;
class LetterRegisterWidget;
class LetterService;
class PremisesRepository;

// Sanctions against certificate holders (domain-rules.md §3): the dossiers with the premises'
// address and their phase on the left; the selected one with its steps, its Council of State
// term with the reason, a button for the next step and one for its letters, and (with a letter
// service) its letters with their register entries (posting, receipt or return).
class HolderSanctionPanel : public QWidget
{
    Q_OBJECT
public:
    HolderSanctionPanel(HolderSanctionService& service, LetterService* letters, const Clock& clock,
                        QWidget* parent = nullptr);
    ~HolderSanctionPanel() override;

    void reload();
    // The premises register the list reads the addresses from (without it the column is empty).
    void setPremises(const PremisesRepository* premises);
    LetterRegisterWidget* letterRegister() const { return m_register; }
    bool openDossier(const QString& idOrNumber);
    QTreeWidget* list() const { return m_list; }
    QTreeWidget* steps() const { return m_steps; }
    HolderSanctionStepDialog* recordStep();
    LetterPrintDialog* printLetter();

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    void showDossier(const HolderSanction& dossier);
    void fillLetters();
    void fitListWidth();

    HolderSanctionService& m_service;
    LetterService* m_letters;
    const Clock& m_clock;
    std::unique_ptr<LetterRenderer> m_renderer;
    HolderSanction m_current;
    QTreeWidget* m_list = nullptr;
    QLabel* m_header = nullptr;
    QLabel* m_term = nullptr;
    QTreeWidget* m_steps = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_letter = nullptr;
    const PremisesRepository* m_premises = nullptr;
    QTabWidget* m_tabs = nullptr;
    LetterRegisterWidget* m_register = nullptr;
};

} // namespace regie
