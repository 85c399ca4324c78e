#include "RecordDialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace regie {

QString RecordDialog::meetingTypeLabel(const QString& type)
{
    if (type == QLatin1String("safety-partners"))
        return tr("Sectoral meeting of safety partners");
    if (type == QLatin1String("care-partners"))
        return tr("Sectoral meeting of care partners");
    if (type == QLatin1String("intersectoral"))
        return tr("Intersectoral meeting");
    if (type == QLatin1String("owners"))
        return tr("Meeting with owners of window premises");
    if (type == QLatin1String("core-group"))
        return tr("Core group fitness certificate");
    if (type == QLatin1String("enforcement-partners"))
        return tr("Administrative enforcement with partners");
    if (type == QLatin1String("police-actors"))
        return tr("Police team with the actors involved");
    if (type == QLatin1String("reporting"))
        return tr("Reporting moment");
    return type;
}

QString RecordDialog::noteKindLabel(const QString& kind)
{
    if (kind == QLatin1String("policy-note"))
        return tr("Policy note");
    if (kind == QLatin1String("signal-note"))
        return tr("Signal note");
    if (kind == QLatin1String("covenant"))
        return tr("Covenant");
    if (kind == QLatin1String("report"))
        return tr("Report");
    if (kind == QLatin1String("explanation"))
        return tr("Explanation of the policy on request");
    return kind;
}

RecordDialog::RecordDialog(Kind kind, const QDate& today, QWidget* parent)
    : QDialog(parent), m_kind(kind)
{
    const bool meeting = kind == Kind::Meeting;
    setWindowTitle(meeting ? tr("Record a meeting") : tr("Record a note or covenant"));
    m_type = new QComboBox(this);
    for (const QString& t :
         meeting ? IndicatorRecords::meetingTypes() : IndicatorRecords::noteKinds())
        m_type->addItem(meeting ? meetingTypeLabel(t) : noteKindLabel(t), t);
    m_date = new QDateEdit(today, this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setMaximumDate(today); // recorded once it has happened
    m_title = new QLineEdit(this);
    m_extra = new QLineEdit(this);
    auto* form = new QFormLayout(this);
    form->addRow(meeting ? tr("&Type:") : tr("&Kind:"), m_type);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(meeting ? tr("&Participants:") : tr("&Reference:"), m_extra);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

Meeting RecordDialog::meeting() const
{
    return {{}, m_type->currentData().toString(), m_date->date(), m_title->text(), m_extra->text(),
            {}};
}

PolicyNote RecordDialog::note() const
{
    return {{}, m_type->currentData().toString(), m_date->date(), m_title->text(), m_extra->text()};
}

} // namespace regie
