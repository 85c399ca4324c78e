#pragma once

class QDate;
class QDateEdit;
class QDialog;
class QDialogButtonBox;
class QWidget;

namespace regie {

// The date field of Regie's dialogs: a calendar popup, day-month-year.
QDateEdit* makeDateEdit(const QDate& date, QWidget* parent);
// Save and Cancel, wired to the dialog's accept and reject.
QDialogButtonBox* makeSaveCancel(QDialog* dialog);

} // namespace regie
