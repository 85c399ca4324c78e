#include "GasDossierPanel.h"

#include "GasStepDialog.h"
#include "common/Clock.h"
#include "common/ErrorText.h"
#include "identifiers/PaymentReference.h"
#include "procedures/GasReportWarning.h"
#include "procedures/GasState.h"
#include "procedures/ProcedureText.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>

#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace regie {

namespace {

constexpr int kNameRole = Qt::UserRole + 1;
constexpr int kDerivationRole = Qt::UserRole + 2;

// Background and text colour of the state label; the word itself carries the meaning.
std::pair<QString, QString> stateColours(const QString& state)
{
    if (GasState::beforeDecision(state))
        return {QStringLiteral("#dbe7f5"), QStringLiteral("#1d4f8a")};
    if (state == GasState::UnpaidCollection || state == GasState::Lapsed)
        return {QStringLiteral("#f6d5d8"), QStringLiteral("#8f141e")};
    if (state == GasState::Decided || state == GasState::Appealed || state == GasState::Judged)
        return {QStringLiteral("#fbe9c8"), QStringLiteral("#7a4a00")};
    return {QStringLiteral("#e4e4e4"), QStringLiteral("#404040")};
}

QString flagText(const QString& flag)
{
    if (flag == QLatin1String("received-late"))
        return GasDossierPanel::tr("finding received late");
    if (flag == QLatin1String("repeat-offence"))
        return GasDossierPanel::tr("repeat offence (24 months)");
    if (flag == QLatin1String("minor"))
        return GasDossierPanel::tr("minor");
    if (flag == QLatin1String("report-number-pattern"))
        return GasDossierPanel::tr("unusual report number");
    if (flag == QLatin1String("birth-date-unknown"))
        return GasDossierPanel::tr("birth date unknown");
    if (flag == QLatin1String("payment-late"))
        return GasDossierPanel::tr("paid late");
    if (flag == QLatin1String("payment-overdue"))
        return GasDossierPanel::tr("payment overdue");
    return flag;
}

QString paymentStatusText(const QString& status)
{
    if (status == QLatin1String("open"))
        return GasDossierPanel::tr("not paid yet");
    if (status == QLatin1String("partial"))
        return GasDossierPanel::tr("partly paid");
    if (status == QLatin1String("paid"))
        return GasDossierPanel::tr("paid");
    if (status == QLatin1String("overdue"))
        return GasDossierPanel::tr("overdue");
    return GasDossierPanel::tr("no fine to pay");
}

QString eventDetails(const GasEvent& event)
{
    QStringList parts;
    if (event.amount)
        parts << ProcedureText::money(*event.amount);
    if (!event.outcome.isEmpty())
        parts << ProcedureText::outcome(event.outcome);
    if (!event.court.isEmpty())
        parts << event.court;
    const QJsonObject details = QJsonDocument::fromJson(event.details.toUtf8()).object();
    const QString note = details.value(QStringLiteral("note")).toString();
    if (!note.isEmpty())
        parts << note;
    return parts.join(QStringLiteral(" · "));
}

QTreeWidget* makeTree(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels(headers);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

GasDossierPanel::GasDossierPanel(GasService& gas, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_gas(gas), m_clock(clock)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(buildHeader());
    layout->addWidget(buildBody(), 1);
}

QWidget* GasDossierPanel::buildHeader()
{
    auto* header = new QWidget(this);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* top = new QHBoxLayout;
    m_number = new QLabel(header);
    m_number->setObjectName(QStringLiteral("dossierNumber"));
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_number->setFont(big);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel(header);
    m_state->setObjectName(QStringLiteral("dossierState"));
    top->addWidget(m_number);
    top->addWidget(m_state);
    top->addStretch(1);
    m_letterButton = new QPushButton(tr("&Letter…"), header);
    m_letterButton->setObjectName(QStringLiteral("printLetter"));
    m_letterButton->setToolTip(tr("Write a letter for this dossier from a template, as PDF"));
    m_letterButton->setVisible(false);
    connect(m_letterButton, &QPushButton::clicked, this, [this] { printLetter(); });
    top->addWidget(m_letterButton);
    layout->addLayout(top);
    m_subject = new QLabel(header);
    m_subject->setObjectName(QStringLiteral("dossierSubject"));
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_subject);
    m_flags = new QLabel(header);
    m_flags->setObjectName(QStringLiteral("dossierFlags"));
    m_flags->setWordWrap(true);
    m_flags->setTextFormat(Qt::PlainText); // the report number is shown as entered
    layout->addWidget(m_flags);
    m_next = new QLabel(header);
    m_next->setObjectName(QStringLiteral("dossierNext"));
    m_next->setWordWrap(true);
    m_next->setTextFormat(Qt::RichText);
    m_next->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_next, &QLabel::linkActivated, this,
            [this](const QString& link) { showWhy(link.section(QLatin1Char(':'), 1)); });
    layout->addWidget(m_next);
    m_violations = new QLabel(header);
    m_violations->setObjectName(QStringLiteral("dossierViolations"));
    m_violations->setWordWrap(true);
    m_violations->setStyleSheet(QStringLiteral("color: #c01c28;"));
    layout->addWidget(m_violations);
    m_stepsBox = new QGroupBox(tr("Next steps"), header);
    m_steps = new QGridLayout(m_stepsBox);
    m_steps->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_stepsBox);
    return header;
}

QWidget* GasDossierPanel::buildBody()
{
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    auto* deadlines = new QWidget(splitter);
    auto* dl = new QVBoxLayout(deadlines);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->setSpacing(2);
    auto* deadlinesLabel = new QLabel(tr("&Deadlines"), deadlines);
    m_deadlines = makeTree(QStringLiteral("dossierDeadlines"),
                           {tr("Deadline"), tr("Date"), tr("For")}, deadlines);
    deadlinesLabel->setBuddy(m_deadlines);
    m_why = new QLabel(deadlines);
    m_why->setObjectName(QStringLiteral("dossierWhy"));
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_why->setFrameShape(QFrame::StyledPanel);
    m_why->setMargin(4);
    dl->addWidget(deadlinesLabel);
    dl->addWidget(m_deadlines, 1);
    dl->addWidget(m_why);
    connect(m_deadlines, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { onDeadlineChanged(current); });

    // The timeline and, with a letter service, the letters' register share the lower half.
    auto* timeline = new QWidget(splitter);
    auto* tl = new QVBoxLayout(timeline);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->setSpacing(2);
    m_lowerTabs = new QTabWidget(timeline);
    m_lowerTabs->setObjectName(QStringLiteral("dossierLowerTabs"));
    m_lowerTabs->setDocumentMode(true);
    m_timeline = makeTree(QStringLiteral("dossierTimeline"),
                          {tr("Date"), tr("Step"), tr("Details")}, m_lowerTabs);
    m_lowerTabs->addTab(m_timeline, tr("&Timeline (newest first)"));
    m_payment = new QLabel(timeline);
    m_payment->setObjectName(QStringLiteral("dossierPayment"));
    m_payment->setWordWrap(true);
    m_payment->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tl->addWidget(m_lowerTabs, 1);
    tl->addWidget(m_payment);
    splitter->addWidget(deadlines);
    splitter->addWidget(timeline);
    return splitter;
}

bool GasDossierPanel::load(const QString& idOrNumber)
{
    auto view = m_gas.open(idOrNumber);
    if (!view.ok()) {
        Q_EMIT statusMessage(ErrorText::message(view.error()));
        return false;
    }
    m_view = std::move(view).value();
    fillHeader();
    fillDeadlines();
    fillTimeline();
    fillPayments();
    fillSteps();
    fillLetters();
    if (m_view.dossier.nextDeadline.isValid())
        showWhy(m_view.dossier.nextDeadlineName);
    return true;
}

void GasDossierPanel::reload()
{
    if (!m_view.dossier.id.isEmpty())
        load(m_view.dossier.id);
}

void GasDossierPanel::fillHeader()
{
    const GasDossier& d = m_view.dossier;
    m_number->setText(d.number);
    const auto [background, text] = stateColours(d.state);
    m_state->setText(ProcedureText::state(d.state));
    m_state->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 3px;"
                                          " padding: 2px 8px; font-weight: bold; }")
                               .arg(background, text));
    m_subject->setText(tr("%1 — %2, facts of %3 at %4 — rule set %5")
                           .arg(d.personName,
                                d.offenceTitle.isEmpty() ? d.offenceCode : d.offenceTitle,
                                ProcedureText::longDate(d.factsDate),
                                d.place.isEmpty() ? tr("(place not recorded)") : d.place,
                                d.ruleSet));
    QStringList flags;
    for (const QString& flag : m_view.flags) {
        QString text = QStringLiteral("⚑ ") + flagText(flag);
        if (flag == QLatin1String("report-number-pattern"))
            if (const QString why = GasReportWarning::text(d); !why.isEmpty())
                text += QStringLiteral(": ") + why;
        flags << text;
    }
    m_flags->setText(flags.join(QStringLiteral("   ")));
    m_flags->setVisible(!flags.isEmpty());
    if (d.nextDeadline.isValid()) {
        m_next->setText(tr("Next deadline: <b>%1</b>, %2 (%3) — <a href=\"why:%4\">why?</a>")
                            .arg(ProcedureText::deadline(d.nextDeadlineName).toHtmlEscaped(),
                                 ProcedureText::longDate(d.nextDeadline),
                                 ProcedureText::party(d.nextDeadlineParty), d.nextDeadlineName));
    } else {
        m_next->setText(tr("No deadline runs for this dossier."));
    }
    QStringList broken;
    for (const auto& violation : m_view.clock.violations)
        broken << tr("⚠ %1: %2").arg(violation.rule, violation.message);
    m_violations->setText(broken.join(QLatin1Char('\n')));
    m_violations->setVisible(!broken.isEmpty());
}

void GasDossierPanel::fillDeadlines()
{
    m_deadlines->clear();
    const QDate today = m_clock.today();
    for (const auto& deadline : m_view.clock.deadlines) {
        auto* item = new QTreeWidgetItem(m_deadlines);
        const bool past = deadline.date.date < today;
        item->setText(0, ProcedureText::deadline(deadline.name));
        item->setText(1, ProcedureText::longDate(deadline.date.date) +
                             (past ? tr(" (passed)") : QString()));
        item->setText(2, ProcedureText::party(termPartyName(deadline.party)));
        item->setData(0, kNameRole, deadline.name);
        item->setData(0, kDerivationRole, deadline.date.derivation);
        for (int column = 0; column < 3; ++column)
            item->setToolTip(column, deadline.date.derivation);
        if (past)
            item->setForeground(1, m_deadlines->palette().brush(QPalette::PlaceholderText));
    }
    m_deadlines->resizeColumnToContents(0);
    m_deadlines->resizeColumnToContents(1);
    m_why->setText(m_view.clock.deadlines.isEmpty()
                       ? tr("No deadline can be computed yet.")
                       : tr("Select a deadline to see why it falls on its date."));
}

void GasDossierPanel::onDeadlineChanged(QTreeWidgetItem* current)
{
    if (!current)
        return;
    m_why->setText(
        tr("Why %1: %2").arg(current->text(0), current->data(0, kDerivationRole).toString()));
}

void GasDossierPanel::showWhy(const QString& deadlineName)
{
    for (int i = 0; i < m_deadlines->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_deadlines->topLevelItem(i);
        if (item->data(0, kNameRole).toString() == deadlineName) {
            m_deadlines->setCurrentItem(item);
            onDeadlineChanged(item);
            return;
        }
    }
    // A dossier-only date (a planned hearing) that the clock does not derive.
    m_why->setText(
        tr("%1 is the date recorded in the dossier.").arg(ProcedureText::deadline(deadlineName)));
}

void GasDossierPanel::focusDeadlines()
{
    m_deadlines->setFocus();
    if (!m_deadlines->currentItem() && m_deadlines->topLevelItemCount() > 0)
        m_deadlines->setCurrentItem(m_deadlines->topLevelItem(0));
}

QString GasDossierPanel::shownDerivation() const
{
    return m_why->text();
}

void GasDossierPanel::fillTimeline()
{
    m_timeline->clear();
    for (auto it = m_view.events.crbegin(); it != m_view.events.crend(); ++it) {
        auto* item = new QTreeWidgetItem(m_timeline);
        item->setText(0, ProcedureText::longDate(it->date));
        item->setText(1, ProcedureText::event(it->type));
        item->setText(2, eventDetails(*it));
        item->setToolTip(2, item->text(2));
    }
    auto* intake = new QTreeWidgetItem(m_timeline);
    intake->setText(0, ProcedureText::longDate(m_view.dossier.receivedDate));
    intake->setText(1, tr("Finding received"));
    intake->setText(2, m_view.dossier.reportNumber);
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
}

void GasDossierPanel::fillPayments()
{
    const GasDossier& d = m_view.dossier;
    const QString reference = PaymentReference::format(d.paymentReference);
    QString text = tr("Structured reference: <b>%1</b>")
                       .arg(reference.isEmpty() ? d.paymentReference : reference);
    if (d.decidedFine && *d.decidedFine > 0) {
        text += tr(" — fine %1, paid %2: %3")
                    .arg(ProcedureText::money(*d.decidedFine), ProcedureText::money(d.paidAmount),
                         paymentStatusText(m_view.paymentStatus));
        if (d.paymentDue.isValid())
            text += tr(" (due %1)").arg(ProcedureText::longDate(d.paymentDue));
    }
    m_payment->setText(text);
}

} // namespace regie
