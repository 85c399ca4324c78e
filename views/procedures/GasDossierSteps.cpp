// The dossier view's actions: the steps the state machine allows next, each a button opening its
// dialog, and the letters of the dossier. Part of GasDossierPanel.
#include "GasDossierPanel.h"

#include "GasStepDialog.h"
#include "common/Clock.h"
#include "letters/LetterPdfRenderer.h"
#include "letters/LetterPrintDialog.h"
#include "letters/LetterRegisterWidget.h"
#include "procedures/GasTransitions.h"
#include "procedures/ProcedureText.h"

#include <QGridLayout>
#include <QPushButton>
#include <QTabWidget>

namespace regie {

namespace {
constexpr int kStepColumns = 3; // buttons per row under "Next steps"
} // namespace

QStringList GasDossierPanel::availableSteps() const
{
    QStringList steps;
    for (const GasTransition& transition : GasTransitions::all()) {
        if (transition.from.contains(m_view.dossier.state))
            steps << transition.event;
    }
    return steps;
}

void GasDossierPanel::fillSteps()
{
    while (QLayoutItem* item = m_steps->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList steps = availableSteps();
    int index = 0;
    for (const QString& type : steps) {
        auto* button = new QPushButton(ProcedureText::event(type), m_stepsBox);
        button->setObjectName(QStringLiteral("step-") + type);
        button->setToolTip(tr("Record “%1” on this dossier").arg(ProcedureText::event(type)));
        connect(button, &QPushButton::clicked, this, [this, type] { startStep(type); });
        m_steps->addWidget(button, index / kStepColumns, index % kStepColumns);
        ++index;
    }
    m_stepsBox->setVisible(!steps.isEmpty());
}

GasStepDialog* GasDossierPanel::startStep(const QString& type)
{
    if (!availableSteps().contains(type))
        return nullptr;
    auto* dialog = new GasStepDialog(m_gas, m_view.dossier, type, m_clock.today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GasStepDialog::recorded, this, [this](const GasOutcome& outcome) {
        QStringList notes{
            tr("%1 recorded; the dossier is now “%2”.")
                .arg(ProcedureText::event(m_lastStep), ProcedureText::state(outcome.state))};
        notes << outcome.warnings;
        reload();
        Q_EMIT statusMessage(notes.join(QStringLiteral(" ")));
        Q_EMIT stepRecorded(outcome.id);
    });
    m_lastStep = type;
    dialog->open();
    return dialog;
}


void GasDossierPanel::setLetters(LetterService* letters)
{
    m_letters = letters;
    if (letters && !m_renderer)
        m_renderer = std::make_unique<LetterPdfRenderer>();
    m_letterButton->setVisible(letters != nullptr);
    if (letters && !m_register) {
        m_register = new LetterRegisterWidget(*letters, m_clock, m_lowerTabs);
        m_register->setObjectName(QStringLiteral("dossierLetters"));
        m_lowerTabs->addTab(m_register, tr("L&etters"));
        connect(m_register, &LetterRegisterWidget::statusMessage, this,
                &GasDossierPanel::statusMessage);
        // Posting or receipt puts the notification on the clock: read the deadlines again.
        connect(m_register, &LetterRegisterWidget::registerChanged, this, [this] {
            reload();
            Q_EMIT stepRecorded(m_view.dossier.id);
        });
        fillLetters();
    }
}

void GasDossierPanel::fillLetters()
{
    if (!m_register)
        return;
    m_register->setDossier(m_view.dossier.id);
    const int count = m_register->letterCount();
    m_lowerTabs->setTabText(m_lowerTabs->indexOf(m_register),
                            count > 0 ? tr("L&etters (%1)").arg(count) : tr("L&etters"));
}

LetterPrintDialog* GasDossierPanel::printLetter()
{
    if (!m_letters || m_view.dossier.number.isEmpty())
        return nullptr;
    auto* dialog = new LetterPrintDialog(*m_letters, *m_renderer, m_view.dossier.number,
                                         QStringLiteral("gas"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &LetterPrintDialog::letterMade, this, [this](const Letter&) {
        Q_EMIT statusMessage(tr("Letter stored with dossier %1.").arg(m_view.dossier.number));
        reload();
    });
    dialog->show();
    return dialog;
}

} // namespace regie
