#include "FormWidgets.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>

namespace regie {

QDateEdit* makeDateEdit(const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    return edit;
}

QDialogButtonBox* makeSaveCancel(QDialog* dialog)
{
    auto* box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

} // namespace regie
