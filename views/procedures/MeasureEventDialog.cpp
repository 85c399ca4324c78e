#include "MeasureEventDialog.h"

#include "common/ErrorText.h"
#include "procedures/ProcedureText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace regie {

QStringList MeasureEventDialog::eventsFor(const QString& kind)
{
    QStringList types;
    if (kind == QLatin1String("place-ban"))
        types << QStringLiteral("renewed");
    types << QStringLiteral("hearing-held");
    if (kind == QLatin1String("closure-trafficking"))
        types << QStringLiteral("consultation-recorded");
    if (kind == QLatin1String("closure-public-order"))
        types << QStringLiteral("college-confirmed");
    types << QStringLiteral("lifted") << QStringLiteral("breach");
    return types;
}

MeasureEventDialog::MeasureEventDialog(MeasureService& measures, const Measure& measure,
                                       const QDate& today, QWidget* parent)
    : QDialog(parent), m_measures(measures), m_measureId(measure.id)
{
    setObjectName(QStringLiteral("measureEventDialog"));
    setWindowTitle(tr("Record an event — %1").arg(measure.number));
    auto* form = new QFormLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("measureEventType"));
    for (const QString& type : eventsFor(measure.kind))
        m_type->addItem(ProcedureText::event(type), type);
    form->addRow(tr("&Event:"), m_type);
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("measureEventDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Date:"), m_date);
    m_months = new QSpinBox(this);
    m_months->setObjectName(QStringLiteral("measureEventMonths"));
    m_months->setRange(1, 12);
    m_months->setSuffix(tr(" month(s)"));
    form->addRow(tr("&Renewed for:"), m_months);
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().height() * 4);
    form->addRow(tr("&Note:"), m_note);
    const auto showMonths = [this, form] {
        form->setRowVisible(m_months, m_type->currentData().toString() == QLatin1String("renewed"));
    };
    connect(m_type, &QComboBox::currentIndexChanged, this, showMonths);
    showMonths();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("measureEventError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Re&cord"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (submit())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void MeasureEventDialog::setType(const QString& type)
{
    const int index = m_type->findData(type);
    if (index >= 0)
        m_type->setCurrentIndex(index);
}

QString MeasureEventDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool MeasureEventDialog::submit()
{
    MeasureEventInput in;
    in.type = m_type->currentData().toString();
    in.date = m_date->date();
    if (in.type == QLatin1String("renewed"))
        in.months = m_months->value();
    in.note = m_note->toPlainText().trimmed();
    auto outcome = m_measures.record(m_measureId, in);
    if (!outcome.ok()) {
        m_error->setText(ErrorText::message(outcome.error()));
        m_error->show();
        return false;
    }
    m_error->hide();
    Q_EMIT recorded(*outcome);
    return true;
}

} // namespace regie
