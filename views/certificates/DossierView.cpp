#include "DossierView.h"

#include "CertificateDialogs.h"
#include "CertificateLettersPanel.h"
#include "DossierHtml.h"
#include "HoldersPanel.h"
#include "WindowRegisterPanel.h"
#include "certificates/CertificateStatus.h"
#include "common/Clock.h"
#include "common/ErrorText.h"
#include "inspections/CertificateServices.h"
#include "premises/CertificateTexts.h"
#include "premises/DossierChecklist.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace regie {

namespace {

QString statusStyle(const QString& status)
{
    QString colour = QStringLiteral("#5a5a5a");
    if (status == QLatin1String("granted"))
        colour = QStringLiteral("#1d6b2f");
    else if (status == QLatin1String("granted-with-conditions") ||
             status == QLatin1String("applied"))
        colour = QStringLiteral("#8a5a00");
    else if (CertificateTexts::isAlarming(status))
        colour = QStringLiteral("#b01c1c");
    return QStringLiteral("QLabel { color: white; background: %1; border-radius: 3px; "
                          "padding: 2px 8px; font-weight: bold; }")
        .arg(colour);
}

} // namespace

DossierView::DossierView(CertificateServices& services, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_services(services), m_clock(clock)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("dossierTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dossierStatus"));
    header->addWidget(m_title, 1);
    header->addWidget(m_status);
    layout->addLayout(header);

    auto* chooserRow = new QHBoxLayout;
    auto* chooserLabel = new QLabel(tr("&Dossier:"), this);
    m_chooser = new QComboBox(this);
    m_chooser->setObjectName(QStringLiteral("dossierChooser"));
    chooserLabel->setBuddy(m_chooser);
    chooserRow->addWidget(chooserLabel);
    chooserRow->addWidget(m_chooser, 1);
    layout->addLayout(chooserRow);
    connect(m_chooser, &QComboBox::currentIndexChanged, this, &DossierView::showDossier);

    auto* bar = new QWidget(this);
    buildActions(bar);
    layout->addWidget(bar);

    m_blockers = new QLabel(this);
    m_blockers->setObjectName(QStringLiteral("decisionBlockers"));
    m_blockers->setWordWrap(true);
    m_blockers->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4d6; color: #5a3d00; border: 1px solid #e0b84c; "
                       "border-radius: 3px; padding: 6px; }"));
    m_blockers->hide();
    layout->addWidget(m_blockers);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dossierTabs"));
    m_tabs->setDocumentMode(true);
    m_body = new QTextBrowser(m_tabs);
    m_body->setObjectName(QStringLiteral("dossierBody"));
    m_body->setOpenLinks(false);
    m_tabs->addTab(m_body, tr("Certificate"));
    m_holders = new HoldersPanel(services.premises(), clock, m_tabs);
    m_holders->setObjectName(QStringLiteral("holdersPanel"));
    m_tabs->addTab(m_holders, tr("Holders"));
    connect(m_holders, &HoldersPanel::statusMessage, this, &DossierView::statusMessage);
    connect(m_holders, &HoldersPanel::changed, this, [this] {
        reload();
        Q_EMIT changed();
    });
    layout->addWidget(m_tabs, 1);
}

void DossierView::setPeople(PeopleService* people)
{
    m_holders->setPeople(people);
}

void DossierView::setWindowRegister(WindowRegister* windowRegister)
{
    if (m_register || !windowRegister)
        return;
    m_register = new WindowRegisterPanel(*windowRegister, m_services.inspections().repository(),
                                         m_clock, m_tabs);
    m_register->setObjectName(QStringLiteral("windowRegisterPanel"));
    m_tabs->insertTab(2, m_register, tr("Window register"));
    connect(m_register, &WindowRegisterPanel::statusMessage, this, &DossierView::statusMessage);
    if (!m_premises.id.isEmpty())
        m_register->setPremises(m_premises);
}

void DossierView::setLetters(LetterService* letters)
{
    if (m_letters || !letters)
        return;
    m_letters = new CertificateLettersPanel(*letters, m_clock, m_tabs);
    m_letters->setObjectName(QStringLiteral("certificateLettersPanel"));
    m_tabs->addTab(m_letters, tr("Letters"));
    connect(m_letters, &CertificateLettersPanel::statusMessage, this, &DossierView::statusMessage);
    m_letters->setDossier(dossierId());
    m_letter->show();
    updateActions(current());
}

void DossierView::buildActions(QWidget* bar)
{
    // Two rows of four, so the dossier stays narrow enough for the list beside it at 1366 px.
    auto* layout = new QGridLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    int placed = 0;
    const auto button = [&](const QString& name, const QString& text) {
        auto* b = new QPushButton(text, bar);
        b->setObjectName(name);
        layout->addWidget(b, placed / 4, placed % 4);
        ++placed;
        return b;
    };
    m_apply = button(QStringLiteral("newApplicationButton"), tr("New &application…"));
    m_renew = button(QStringLiteral("renewalButton"), tr("&Renewal…"));
    m_document = button(QStringLiteral("addDocumentButton"), tr("Docu&ment…"));
    m_check = button(QStringLiteral("addCheckButton"), tr("Chec&k…"));
    m_decide = button(QStringLiteral("decideButton"), tr("Dec&ide…"));
    m_condition = button(QStringLiteral("conditionMetButton"), tr("Condition me&t…"));
    m_inspect = button(QStringLiteral("inspectButton"), tr("I&nspection…"));
    m_inspect->setToolTip(tr("Start an inspection of this premises in field mode"));
    m_letter = button(QStringLiteral("certificateLetterButton"), tr("&Letter…"));
    m_letter->hide(); // until the letter service is set
    connect(m_letter, &QPushButton::clicked, this, [this] {
        if (!m_letters)
            return;
        m_tabs->setCurrentWidget(m_letters);
        m_letters->printLetter();
    });
    connect(m_inspect, &QPushButton::clicked, this, [this] {
        const CertificateDossier* d = current();
        Q_EMIT inspectionRequested(m_premises.id, d && !d->decision() ? d->id : QString());
    });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const QString id =
            CertificateDialogs::newApplication(m_services, m_clock, m_premises.id, {}, this);
        if (!id.isEmpty()) {
            load(m_premises.id, id);
            Q_EMIT changed();
        }
    });
    connect(m_renew, &QPushButton::clicked, this, [this] {
        const QString id = CertificateDialogs::newApplication(m_services, m_clock, m_premises.id,
                                                              dossierId(), this);
        if (!id.isEmpty()) {
            load(m_premises.id, id);
            Q_EMIT changed();
        }
    });
    connect(m_document, &QPushButton::clicked, this,
            [this] { run(&CertificateDialogs::addDocument); });
    connect(m_check, &QPushButton::clicked, this, [this] { run(&CertificateDialogs::addCheck); });
    connect(m_decide, &QPushButton::clicked, this, [this] { run(&CertificateDialogs::decide); });
    connect(m_condition, &QPushButton::clicked, this, [this] {
        if (const CertificateDossier* d = current();
            d && !CertificateDialogs::meetCondition(m_services, m_clock, *d, this).isEmpty()) {
            reload();
            Q_EMIT changed();
        }
    });
}

void DossierView::run(QString (*step)(CertificateServices&, const Clock&, const QString&, QWidget*))
{
    if (dossierId().isEmpty())
        return;
    if (!step(m_services, m_clock, dossierId(), this).isEmpty()) {
        reload();
        Q_EMIT changed();
    }
}

bool DossierView::load(const QString& premisesId, const QString& dossierId)
{
    auto premises = m_services.premises().repository().find(premisesId);
    if (!premises.ok()) {
        Q_EMIT statusMessage(ErrorText::message(premises.error()));
        return false;
    }
    auto dossiers = m_services.certificates().repository().list(premisesId);
    if (!dossiers.ok()) {
        Q_EMIT statusMessage(ErrorText::message(dossiers.error()));
        return false;
    }
    m_premises = std::move(premises).value();
    m_dossiers = std::move(dossiers).value();
    m_title->setText(m_premises.address());
    m_holders->setPremises(m_premises);
    m_tabs->setTabText(m_tabs->indexOf(m_holders),
                       tr("Holders (%1)").arg(m_premises.holders.size()));
    if (m_register)
        m_register->setPremises(m_premises);
    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    int select = int(m_dossiers.size()) - 1; // newest application last
    for (int i = int(m_dossiers.size()) - 1; i >= 0; --i) {
        const CertificateDossier& d = m_dossiers.at(i);
        const QString kind = d.kind == QLatin1String("renewal") ? tr("Renewal") : tr("Application");
        const QString status = CertificateStatus::name(CertificateStatus::at(d, m_clock.today()));
        m_chooser->addItem(tr("%1 of %2 — %3")
                               .arg(kind, CertificateTexts::date(d.applicationDate),
                                    CertificateTexts::status(status)),
                           i);
        if (d.id == dossierId)
            select = i;
    }
    m_chooser->setEnabled(m_dossiers.size() > 1);
    m_chooser->setCurrentIndex(m_chooser->findData(select));
    showDossier(m_chooser->currentIndex());
    return true;
}

void DossierView::reload()
{
    if (!m_premises.id.isEmpty())
        load(m_premises.id, dossierId());
}

const CertificateDossier* DossierView::current() const
{
    const int i = m_chooser->currentData().isValid() ? m_chooser->currentData().toInt() : -1;
    return i >= 0 && i < m_dossiers.size() ? &m_dossiers.at(i) : nullptr;
}

QString DossierView::dossierId() const
{
    const CertificateDossier* d = current();
    return d ? d->id : QString();
}

QString DossierView::bodyText() const
{
    return m_body->toPlainText();
}

void DossierView::showDossier(int)
{
    const CertificateDossier* d = current();
    const QDate today = m_clock.today();
    const QString status =
        d ? CertificateStatus::name(CertificateStatus::at(*d, today)) : QStringLiteral("none");
    m_status->setText(CertificateTexts::status(status));
    m_status->setStyleSheet(statusStyle(status));
    const CertificateRules rules =
        d ? m_services.certificates().rulesFor(*d) : m_services.rules().forDate(today);
    const QStringList blockers = d ? DossierChecklist::blockers(*d, rules) : QStringList();
    m_blockers->setText(tr("Decision blocked until these are in order: %1")
                            .arg(blockers.join(QStringLiteral("; "))));
    m_blockers->setVisible(!blockers.isEmpty());
    QString html = DossierHtml::premises(m_premises, today) + DossierHtml::dossier(d, rules, today);
    if (auto inspections = m_services.inspections().repository().list(m_premises.id);
        inspections.ok())
        html += DossierHtml::inspections(inspections.value());
    m_body->setHtml(html);
    if (m_letters)
        m_letters->setDossier(d ? d->id : QString());
    updateActions(d);
}

void DossierView::updateActions(const CertificateDossier* d)
{
    const bool decided = d && d->decision();
    const auto allow = [](QPushButton* button, bool allowed, const QString& why) {
        button->setEnabled(allowed);
        button->setToolTip(allowed ? QString() : why);
    };
    const QString noDossier = tr("No application yet: start one first.");
    const QString isDecided = tr("This dossier is decided: a change needs a renewal or a new "
                                 "application.");
    const QString status = d ? CertificateStatus::name(CertificateStatus::at(*d, m_clock.today()))
                             : QStringLiteral("none");
    const bool closed = status == QLatin1String("refused") ||
                        status == QLatin1String("withdrawn") || status == QLatin1String("expired");
    allow(m_apply, !d || closed,
          tr("A dossier is already open or in force for this premises: use Renewal."));
    allow(m_renew,
          decided && status != QLatin1String("refused") && status != QLatin1String("withdrawn"),
          tr("Only a granted certificate can be renewed."));
    allow(m_document, d && !decided, d ? isDecided : noDossier);
    allow(m_check, d && !decided, d ? isDecided : noDossier);
    const QStringList blockers =
        d ? DossierChecklist::blockers(*d, m_services.certificates().rulesFor(*d)) : QStringList();
    allow(m_decide, d && !decided && blockers.isEmpty(),
          !d        ? noDossier
          : decided ? tr("This dossier is already decided.")
                    : tr("Missing or stale: %1").arg(blockers.join(QStringLiteral("; "))));
    bool openCondition = false;
    if (d) {
        for (const CertificateCondition& c : d->conditions)
            openCondition = openCondition || !c.metDate.isValid();
    }
    allow(m_condition, openCondition, tr("No open condition in this dossier."));
    allow(m_letter, d != nullptr, noDossier);
    if (d)
        m_letter->setToolTip(tr("Decision letter, renewal reminder or condition reminder"));
}

} // namespace regie
