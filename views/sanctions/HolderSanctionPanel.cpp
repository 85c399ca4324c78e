#include "HolderSanctionPanel.h"

#include "HolderSanctionStepDialog.h"
#include "common/Clock.h"
#include "common/ErrorText.h"
#include "letters/LetterPdfRenderer.h"
#include "letters/LetterPrintDialog.h"
#include "letters/LetterRegisterWidget.h"
#include "premises/PremisesRepository.h"
#include "premises/RegisterFindingText.h"
#include "sanctions/HolderSanctionService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace regie {

namespace {

constexpr int kMaxListWidth = 640;

QString shortDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

HolderSanctionPanel::HolderSanctionPanel(HolderSanctionService& service, LetterService* letters,
                                         const Clock& clock, QWidget* parent)
    : QWidget(parent), m_service(service), m_letters(letters), m_clock(clock)
{
    if (m_letters)
        m_renderer = std::make_unique<LetterPdfRenderer>();
    auto* splitter = new QSplitter(this);
    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(QStringLiteral("holderSanctionList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Number"), tr("Premises"), tr("Opened"), tr("Phase")});
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    auto* detail = new QWidget(splitter);
    auto* dl = new QVBoxLayout(detail);
    dl->setContentsMargins(6, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_header = new QLabel(detail);
    m_header->setObjectName(QStringLiteral("holderSanctionHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_record = new QPushButton(tr("&Record a step…"), detail);
    m_record->setObjectName(QStringLiteral("recordStep"));
    m_letter = new QPushButton(tr("&Letter…"), detail);
    m_letter->setObjectName(QStringLiteral("holderLetter"));
    m_letter->setVisible(m_letters != nullptr);
    top->addWidget(m_header, 1);
    top->addWidget(m_record);
    top->addWidget(m_letter);
    dl->addLayout(top);
    m_term = new QLabel(detail);
    m_term->setObjectName(QStringLiteral("holderSanctionTerm"));
    m_term->setWordWrap(true);
    dl->addWidget(m_term);
    m_tabs = new QTabWidget(detail);
    m_tabs->setObjectName(QStringLiteral("holderSanctionTabs"));
    m_tabs->setDocumentMode(true);
    m_steps = new QTreeWidget(m_tabs);
    m_steps->setObjectName(QStringLiteral("holderSanctionSteps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setHeaderLabels({tr("Date"), tr("Step"), tr("Details")});
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tabs->addTab(m_steps, tr("&Steps"));
    if (m_letters) {
        m_register = new LetterRegisterWidget(*m_letters, m_clock, m_tabs);
        m_register->setObjectName(QStringLiteral("holderLetters"));
        m_tabs->addTab(m_register, tr("L&etters"));
        connect(m_register, &LetterRegisterWidget::statusMessage, this,
                &HolderSanctionPanel::statusMessage);
    }
    dl->addWidget(m_tabs, 1);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            openDossier(item->data(0, Qt::UserRole).toString());
    });
    connect(m_record, &QPushButton::clicked, this, [this] { recordStep(); });
    connect(m_letter, &QPushButton::clicked, this, [this] { printLetter(); });
    reload();
}

HolderSanctionPanel::~HolderSanctionPanel() = default;

void HolderSanctionPanel::fitListWidth()
{
    // The list is as wide as its columns (number, address, date, phase), so the phase is read
    // whole; the dossier beside it takes the rest.
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
    int width = 2 * m_list->frameWidth() + m_list->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < m_list->columnCount(); ++column)
        width += m_list->header()->sectionSize(column);
    m_list->setMinimumWidth(std::min(width, kMaxListWidth));
}

void HolderSanctionPanel::setPremises(const PremisesRepository* premises)
{
    m_premises = premises;
    reload();
}

void HolderSanctionPanel::reload()
{
    const QString current = m_current.id;
    auto dossiers = m_service.repository().list();
    m_list->clear();
    if (!dossiers.ok()) {
        Q_EMIT statusMessage(ErrorText::message(dossiers.error()));
        return;
    }
    QHash<QString, QString> addresses;
    if (m_premises) {
        auto premises = m_premises->list();
        if (premises.ok()) {
            for (const Premises& p : premises.value())
                addresses.insert(p.id, p.address());
        } else {
            Q_EMIT statusMessage(ErrorText::message(premises.error()));
        }
    }
    for (const HolderSanction& d : dossiers.value()) {
        auto* item = new QTreeWidgetItem(
            m_list, {d.number, addresses.value(d.premisesId), shortDate(d.openedOn),
                     HolderSanctionStepDialog::phaseLabel(m_service.stateOf(d).phase)});
        item->setData(0, Qt::UserRole, d.id);
        item->setToolTip(1, item->text(1));
        if (d.id == current)
            m_list->setCurrentItem(item);
    }
    fitListWidth();
    const bool any = m_list->topLevelItemCount() > 0;
    m_record->setEnabled(any && !m_current.id.isEmpty());
    m_letter->setEnabled(any && !m_current.id.isEmpty());
    if (!any)
        m_header->setText(tr("No sanction procedure against a certificate holder. One opens from "
                             "an inspection's finding or with regie-cli sanction open."));
}

bool HolderSanctionPanel::openDossier(const QString& idOrNumber)
{
    auto dossier = m_service.repository().find(idOrNumber);
    if (!dossier.ok()) {
        Q_EMIT statusMessage(ErrorText::message(dossier.error()));
        return false;
    }
    showDossier(dossier.value());
    return true;
}

void HolderSanctionPanel::showDossier(const HolderSanction& d)
{
    m_current = d;
    const HolderSanctionState state = m_service.stateOf(d);
    m_header->setText(QStringLiteral("<b>%1</b> — %2").arg(
        d.number.toHtmlEscaped(), HolderSanctionStepDialog::phaseLabel(state.phase)));
    if (state.appealDeadline.isValid())
        m_term->setText(tr("Appeal to the Council of State possible until %1 (%2)")
                            .arg(QLocale().toString(state.appealDeadline, QLocale::LongFormat),
                                 state.appealDerivation));
    else if (state.phase == QLatin1String("warned"))
        m_term->setText(tr("Warned on %1: a new finding opens the sanction track.")
                            .arg(shortDate(state.warnedOn)));
    else
        m_term->clear();
    m_term->setVisible(!m_term->text().isEmpty());
    m_steps->clear();
    for (auto it = d.events.crbegin(); it != d.events.crend(); ++it) {
        QStringList details;
        if (!it->reportNumber.isEmpty())
            details << tr("police report %1").arg(it->reportNumber);
        if (!it->decision.isEmpty())
            details << HolderSanctionStepDialog::decisionLabel(it->decision);
        if (it->start.isValid())
            details << tr("from %1").arg(shortDate(it->start));
        if (it->end.isValid())
            details << tr("until %1").arg(shortDate(it->end));
        if (it->notifiedOn.isValid())
            details << tr("notified %1").arg(shortDate(it->notifiedOn));
        if (!it->outcome.isEmpty())
            details << it->outcome;
        if (!it->note.isEmpty())
            details << RegisterFindingText::shownNote(it->note);
        new QTreeWidgetItem(m_steps, {shortDate(it->date),
                                      HolderSanctionStepDialog::stepLabel(it->type),
                                      details.join(QStringLiteral(" · "))});
    }
    m_record->setEnabled(true);
    m_letter->setEnabled(true);
    fillLetters();
}

void HolderSanctionPanel::fillLetters()
{
    if (!m_register)
        return;
    m_register->setDossier(m_current.id.isEmpty() ? QString() : m_current.number);
    const int count = m_register->letterCount();
    m_tabs->setTabText(m_tabs->indexOf(m_register),
                       count > 0 ? tr("L&etters (%1)").arg(count) : tr("L&etters"));
}

HolderSanctionStepDialog* HolderSanctionPanel::recordStep()
{
    if (m_current.id.isEmpty())
        return nullptr;
    auto* dialog = new HolderSanctionStepDialog(m_service, m_current, m_clock.today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &HolderSanctionStepDialog::recorded, this,
            [this](const HolderSanction& d, const QStringList& warnings) {
                showDossier(d);
                reload();
                Q_EMIT statusMessage(warnings.isEmpty()
                                         ? tr("Step recorded in %1.").arg(d.number)
                                         : warnings.join(QLatin1Char(' ')));
            });
    dialog->show();
    return dialog;
}

LetterPrintDialog* HolderSanctionPanel::printLetter()
{
    if (!m_letters || m_current.id.isEmpty())
        return nullptr;
    auto* dialog = new LetterPrintDialog(*m_letters, *m_renderer, m_current.number,
                                         QStringLiteral("holder-sanction"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &LetterPrintDialog::letterMade, this, [this] { fillLetters(); });
    dialog->show();
    return dialog;
}

} // namespace regie
