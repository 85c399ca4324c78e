#pragma once

#include "inspections/Inspection.h"
#include "premises/Premises.h"
#include "premises/WindowRegister.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace regie {

class Clock;
class InspectionRepository;
class RegisterCheckDialog;
class WindowRegisterDialog;

// The window register of a premises: per window and period the pseudonymous reference of the
// police registration tool, registered and validated by the police; a line that is not
// registered or not validated is marked "⚠" in words. Below, the draft findings that register
// checks at inspections produced. Lines are added and corrected in WindowRegisterDialog; "Check
// at inspection…" runs the same check as `regie-cli window-register check`.
class WindowRegisterPanel : public QWidget
{
    Q_OBJECT
public:
    WindowRegisterPanel(WindowRegister& reg, const InspectionRepository& inspections,
                        const Clock& clock, QWidget* parent = nullptr);

    void setPremises(const Premises& premises);
    void reload();

    // Open the dialogs (window-modal, deleted when closed); null when not possible.
    WindowRegisterDialog* addLine();
    WindowRegisterDialog* editLine();
    RegisterCheckDialog* checkAtInspection();
    QTableWidget* table() const { return m_table; }
    QTableWidget* findings() const { return m_findings; }

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    void fillLines();
    void fillFindings();
    void updateButtons();

    WindowRegister& m_register;
    const InspectionRepository& m_inspections;
    const Clock& m_clock;
    Premises m_premises;
    QVector<WindowRegistration> m_lines;
    QVector<Inspection> m_inspectionList;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_findingsLabel = nullptr;
    QTableWidget* m_findings = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_check = nullptr;
};

} // namespace regie
