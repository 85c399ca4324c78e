#include "MeasurePanel.h"

#include "MeasureEventDialog.h"
#include "common/Clock.h"
#include "common/ErrorText.h"
#include "procedures/ProcedureText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace regie {

namespace {

constexpr int kDerivationRole = Qt::UserRole + 1;

QTreeWidget* tree(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setRootIsDecorated(false);
    t->setHeaderLabels(headers);
    t->setAlternatingRowColors(true);
    t->header()->setStretchLastSection(true);
    return t;
}

} // namespace

MeasurePanel::MeasurePanel(MeasureService& measures, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_measures(measures), m_clock(clock)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("measureHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("measureDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* deadlinesLabel = new QLabel(tr("&Dates of the measure"), this);
    m_deadlines = tree(QStringLiteral("measureDeadlines"), {tr("Date"), tr("When")}, this);
    deadlinesLabel->setBuddy(m_deadlines);
    m_why = new QLabel(this);
    m_why->setObjectName(QStringLiteral("measureWhy"));
    m_why->setWordWrap(true);
    m_why->setFrameShape(QFrame::StyledPanel);
    m_why->setMargin(4);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* eventsLabel = new QLabel(tr("&Events (newest first)"), this);
    m_events = tree(QStringLiteral("measureEvents"), {tr("Date"), tr("Event"), tr("Months")}, this);
    eventsLabel->setBuddy(m_events);
    m_record = new QPushButton(tr("&Record an event…"), this);
    m_record->setObjectName(QStringLiteral("measureRecordEvent"));
    m_record->setEnabled(false);
    connect(m_record, &QPushButton::clicked, this, &MeasurePanel::recordEvent);
    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_record);
    layout->addLayout(top);
    layout->addWidget(m_details);
    layout->addWidget(deadlinesLabel);
    layout->addWidget(m_deadlines, 1);
    layout->addWidget(m_why);
    layout->addWidget(eventsLabel);
    layout->addWidget(m_events, 1);
    connect(m_deadlines, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            m_why->setText(
                tr("Why %1: %2").arg(item->text(0), item->data(0, kDerivationRole).toString()));
    });
}

bool MeasurePanel::load(const QString& idOrNumber)
{
    auto view = m_measures.view(idOrNumber);
    if (!view.ok()) {
        Q_EMIT statusMessage(ErrorText::message(view.error()));
        return false;
    }
    m_view = std::move(view).value();
    const Measure& m = m_view.measure;
    m_record->setEnabled(m_view.status != QLatin1String("lifted"));
    m_header->setText(QStringLiteral("<span style=\"font-size:large\"><b>%1</b></span> &nbsp; %2 "
                                     "— <b>%3</b>")
                          .arg(m.number.toHtmlEscaped(),
                               ProcedureText::procedure(m.kind).toHtmlEscaped(),
                               ProcedureText::measureState(m_view.status).toHtmlEscaped()));
    QStringList lines;
    lines << tr("Decided on %1; in effect from %2 until %3 (rule set %4).")
                 .arg(ProcedureText::longDate(m.decisionDate), ProcedureText::longDate(m.startDate),
                      ProcedureText::longDate(m.endDate), m.ruleSet);
    if (!m.perimeter.isEmpty())
        lines << tr("Perimeter: %1").arg(m.perimeter);
    if (!m.orderText.isEmpty())
        lines << tr("Order: %1").arg(m.orderText);
    if (!m.reason.isEmpty())
        lines << tr("Reason: %1").arg(m.reason);
    if (m.renewals > 0)
        lines << tr("Renewals: %1").arg(m.renewals);
    for (const auto& violation : m_view.clock.violations)
        lines << tr("⚠ %1: %2").arg(violation.rule, violation.message);
    m_details->setText(lines.join(QLatin1Char('\n')));

    m_deadlines->clear();
    for (const auto& deadline : m_view.clock.deadlines) {
        auto* item = new QTreeWidgetItem(m_deadlines);
        item->setText(0, ProcedureText::deadline(deadline.name));
        item->setText(1, ProcedureText::longDate(deadline.date.date));
        item->setData(0, kDerivationRole, deadline.date.derivation);
        item->setToolTip(0, deadline.date.derivation);
        item->setToolTip(1, deadline.date.derivation);
    }
    m_deadlines->resizeColumnToContents(0);
    if (m_deadlines->topLevelItemCount() > 0)
        m_deadlines->setCurrentItem(m_deadlines->topLevelItem(0));
    else
        m_why->setText(tr("No date can be computed for this measure."));

    m_events->clear();
    for (auto it = m_view.events.crbegin(); it != m_view.events.crend(); ++it) {
        auto* item = new QTreeWidgetItem(m_events);
        item->setText(0, ProcedureText::longDate(it->date));
        item->setText(1, ProcedureText::event(it->type));
        item->setText(2, it->months ? QString::number(*it->months) : QString());
    }
    m_events->resizeColumnToContents(0);
    m_events->resizeColumnToContents(1);
    return true;
}

MeasureEventDialog* MeasurePanel::recordEvent()
{
    if (m_view.measure.id.isEmpty())
        return nullptr;
    auto* dialog = new MeasureEventDialog(m_measures, m_view.measure, m_clock.today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MeasureEventDialog::recorded, this, [this](const MeasureOutcome& outcome) {
        load(outcome.id);
        QStringList notes{tr("Recorded; %1 now ends on %2.")
                              .arg(outcome.number, ProcedureText::longDate(outcome.endDate))};
        notes << outcome.warnings;
        Q_EMIT statusMessage(notes.join(QLatin1Char(' ')));
    });
    dialog->open();
    return dialog;
}

QString MeasurePanel::shownDerivation() const
{
    return m_why->text();
}

} // namespace regie
