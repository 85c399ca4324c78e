// The indicators page's Record menu: meetings, notes, partners' figures and branch counts, each
// in a dialog that stays open when the record is refused. Part of IndicatorsPage.
#include "FigureDialogs.h"
#include "IndicatorsPage.h"
#include "RecordDialogs.h"
#include "common/Clock.h"
#include "common/ErrorText.h"
#include "indicators/IndicatorServices.h"

#include <QMessageBox>

namespace regie {

Period IndicatorsPage::shownPeriod() const
{
    auto round = m_services->rounds().find(currentRound());
    return round.ok() ? round->period : Period{};
}

void IndicatorsPage::figureDialog()
{
    FigureDialog dialog(m_services->catalogue(), language(), shownPeriod(), m_clock.today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        auto added = m_services->records().addFigure(m_services->catalogue(), dialog.figure());
        if (added) {
            reload();
            Q_EMIT statusMessage(tr("Figure recorded"));
            return;
        }
        QMessageBox::warning(this, dialog.windowTitle(), ErrorText::message(added.error()));
    }
}

void IndicatorsPage::branchDialog()
{
    BranchCountDialog dialog(shownPeriod(), m_clock.today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        auto added = m_services->records().addBranchCount(dialog.count());
        if (added) {
            reload();
            Q_EMIT statusMessage(tr("Branch counts recorded"));
            return;
        }
        QMessageBox::warning(this, dialog.windowTitle(), ErrorText::message(added.error()));
    }
}

void IndicatorsPage::recordDialog(bool meeting)
{
    RecordDialog dialog(meeting ? RecordDialog::Kind::Meeting : RecordDialog::Kind::Note,
                        m_clock.today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        auto added = meeting ? m_services->records().addMeeting(dialog.meeting())
                             : m_services->records().addNote(dialog.note());
        if (added) {
            reload();
            Q_EMIT statusMessage(meeting ? tr("Meeting recorded") : tr("Note recorded"));
            return;
        }
        QMessageBox::warning(this, dialog.windowTitle(), ErrorText::message(added.error()));
    }
}

} // namespace regie
