#pragma once

#include "inspections/Inspection.h"
#include "premises/Premises.h"
#include "premises/WindowRegister.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace regie {

// One line of the window register: window, period, the pseudonymous reference of the police
// registration tool, registered yes/no, validated by the police yes/no, and where the line comes
// from. Nothing else about the worker is asked. The reference is checked as one types (a
// national register or BIS number is refused). New lines go through WindowRegister::record, an
// edited line through WindowRegister::correct (its window stays); a refusal is shown and nothing
// is stored.
class WindowRegisterDialog : public QDialog
{
    Q_OBJECT
public:
    WindowRegisterDialog(WindowRegister& reg, const Premises& premises, const QDate& today,
                         QWidget* parent = nullptr);

    // Edit this stored line instead of adding one.
    void setLine(const WindowRegistration& line);
    QString lineId() const { return m_lineId; }
    QString errorText() const;
    bool submit();

public Q_SLOTS:
    void accept() override;

private:
    void updateReferenceHint();
    void showError(const QString& text);

    WindowRegister& m_register;
    QString m_premisesId;
    QString m_lineId;
    bool m_editing = false;
    QComboBox* m_window = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_reference = nullptr;
    QLabel* m_referenceHint = nullptr;
    QCheckBox* m_registered = nullptr;
    QCheckBox* m_validated = nullptr;
    QLineEdit* m_source = nullptr;
    QLabel* m_error = nullptr;
};

// Checks a worker met at a window during an inspection against the register on the inspection's
// date (WindowRegister::checkAtInspection, as `regie-cli window-register check`). A discrepancy
// becomes a draft finding "worker not pre-registered"; the result is shown and the dialog stays
// open for the next window.
class RegisterCheckDialog : public QDialog
{
    Q_OBJECT
public:
    // `windows` are the premises' window numbers; `inspections` those that can be checked.
    RegisterCheckDialog(WindowRegister& reg, const QString& address, const QStringList& windows,
                        const QVector<Inspection>& inspections, QWidget* parent = nullptr);

    // Preselects a window (field mode passes the window being answered).
    void setWindow(const QString& number);
    bool check();
    QString resultText() const;

Q_SIGNALS:
    void checked(const regie::RegisterCheck& result);

private:
    WindowRegister& m_register;
    QComboBox* m_inspection = nullptr;
    QComboBox* m_window = nullptr;
    QLineEdit* m_reference = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace regie
