#pragma once

#include "premises/Premises.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace regie {

class Clock;
class FormDialog;
class HolderDialog;
class PeopleService;
class PremisesService;

// The holders of a premises: every role (main holder, holder, manager) with the person's
// validated identifier and the role's period, current roles first. "Add role…" and "End role…"
// open dialogs that call the premises service; a refusal is shown there and nothing is stored.
// Without the people register (setPeople) the list is read-only.
class HoldersPanel : public QWidget
{
    Q_OBJECT
public:
    HoldersPanel(PremisesService& premises, const Clock& clock, QWidget* parent = nullptr);

    void setPeople(PeopleService* people);
    void setPremises(const Premises& premises);

    // Open the dialogs (window-modal; deleted when closed). Null when not possible.
    HolderDialog* addRole();
    FormDialog* endRole();
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    // A role was added or ended (the dossier reloads the premises).
    void changed();
    void statusMessage(const QString& text);

private:
    const PremisesHolder* selected() const;
    void updateButtons();

    PremisesService& m_premises;
    const Clock& m_clock;
    PeopleService* m_people = nullptr;
    Premises m_current;
    QVector<PremisesHolder> m_rows;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_end = nullptr;
};

} // namespace regie
