#include "NewRoundDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace regie {

NewRoundDialog::NewRoundDialog(const QDate& today, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("New reporting round"));
    // The last half year that has ended.
    const bool secondHalf = today.month() > 6;
    const QDate from = secondHalf ? QDate(today.year(), 1, 1) : QDate(today.year() - 1, 7, 1);
    const QDate to = secondHalf ? QDate(today.year(), 6, 30) : QDate(today.year() - 1, 12, 31);
    m_name = new QLineEdit(QStringLiteral("%1-H%2").arg(from.year()).arg(secondHalf ? 1 : 2), this);
    m_from = new QDateEdit(from, this);
    m_to = new QDateEdit(to, this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString NewRoundDialog::name() const
{
    return m_name->text().simplified();
}

Period NewRoundDialog::period() const
{
    return {m_from->date(), m_to->date()};
}

} // namespace regie
