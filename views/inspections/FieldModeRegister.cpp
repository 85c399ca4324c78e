// Field mode's window register check: a worker met at a window, checked against the police
// registration tool's outcome on the inspection's date; a discrepancy becomes a draft finding
// of this inspection. Part of FieldModeView.
#include "FieldModeView.h"

#include "certificates/WindowRegisterDialogs.h"
#include "inspections/InspectionSheetModel.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>

namespace regie {

void FieldModeView::setWindowRegister(WindowRegister* windowRegister)
{
    m_register = windowRegister;
    m_registerCheck->setVisible(windowRegister != nullptr);
}

RegisterCheckDialog* FieldModeView::checkRegister()
{
    if (!m_register || inspectionId().isEmpty())
        return nullptr;
    flushRemarks();
    QStringList windows;
    for (int i = 0; i < m_window->count(); ++i) {
        if (const QString number = m_window->itemData(i).toString(); !number.isEmpty())
            windows << number;
    }
    auto* dialog = new RegisterCheckDialog(*m_register, m_address, windows,
                                           {m_sheet->inspection()}, this);
    dialog->setWindow(window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &RegisterCheckDialog::checked, this, [this](const RegisterCheck& result) {
        m_sheet->reload();
        refreshRows();
        m_message->setText(result.conform
                               ? tr("✓ Register check: registered and validated.")
                               : tr("⚠ Register check: draft finding “worker not "
                                    "pre-registered” recorded."));
        Q_EMIT statusMessage(m_message->text());
    });
    dialog->show();
    return dialog;
}

} // namespace regie
