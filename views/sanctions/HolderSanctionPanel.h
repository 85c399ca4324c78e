#pragma once

#include "letters/LetterRenderer.h"
#include "sanctions/HolderSanction.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace regie {

class Clock;
class HolderSanctionService;
class HolderSanctionStepDialog;
class LetterPrintDialog;
class LetterService;

// Sanctions against certificate holders (domain-rules.md §3): the dossiers with their phase on
// the left; the selected one with its steps, its Council of State term with the reason, a button
// for the next step and one for its letters.
class HolderSanctionPanel : public QWidget
{
    Q_OBJECT
public:
    HolderSanctionPanel(HolderSanctionService& service, LetterService* letters, const Clock& clock,
                        QWidget* parent = nullptr);
    ~HolderSanctionPanel() override;

    void reload();
    bool openDossier(const QString& idOrNumber);
    QTreeWidget* list() const { return m_list; }
    QTreeWidget* steps() const { return m_steps; }
    HolderSanctionStepDialog* recordStep();
    LetterPrintDialog* printLetter();

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    void showDossier(const HolderSanction& dossier);

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
};

} // namespace regie
