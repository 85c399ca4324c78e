// The indicators page's round work: a new round, freezing it, importing a registration file and
// writing the report (PDF, CSV, XLSX). Part of IndicatorsPage.
#include "IndicatorsPage.h"
#include "NewRoundDialog.h"
#include "common/Clock.h"
#include "common/ErrorText.h"
#include "indicators/IndicatorServices.h"
#include "indicators/IndicatorTableModel.h"
#include "indicators/IndicatorTables.h"
#include "reports/RoundReport.h"
#include "reports/TableExport.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>

namespace regie {

bool IndicatorsPage::importRegistration(const QString& kind, const QString& path, QString* problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problems)
            *problems = file.errorString();
        return false;
    }
    auto imported =
        m_services->registration().import(kind, QFileInfo(path).fileName(), file.readAll());
    if (!imported) {
        if (problems)
            *problems = imported.error().detail;
        return false;
    }
    reload();
    Q_EMIT statusMessage(
        tr("%1: %n row(s) imported", nullptr, imported->rows).arg(QFileInfo(path).fileName()));
    return true;
}

void IndicatorsPage::importDialog()
{
    const QStringList kinds{tr("Care organisations (action 3.1)"),
                            tr("Safety actors (action 3.2)")};
    bool chosen = false;
    const QString kind =
        QInputDialog::getItem(this, tr("Import registration file"), tr("Minimum-format file of:"),
                              kinds, 0, false, &chosen);
    if (!chosen)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import registration file"), {},
                                                      tr("CSV (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString problems;
    if (importRegistration(kind == kinds.first() ? QStringLiteral("care")
                                                 : QStringLiteral("safety"),
                           path, &problems))
        return;
    QMessageBox box(QMessageBox::Warning, tr("Import registration file"),
                    tr("%1 was not imported: nothing has changed. Correct the rows below and "
                       "import the file again.")
                        .arg(QFileInfo(path).fileName()),
                    QMessageBox::Ok, this);
    box.setDetailedText(problems);
    box.exec();
}

void IndicatorsPage::newRoundDialog()
{
    NewRoundDialog dialog(m_clock.today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        auto created = m_services->rounds().create(dialog.name(), dialog.period());
        if (created) {
            reloadRounds(created->name);
            Q_EMIT statusMessage(tr("Round %1 created").arg(created->name));
            return;
        }
        QMessageBox::warning(this, tr("New round"), ErrorText::message(created.error()));
    }
}

bool IndicatorsPage::freezeCurrent(bool ask)
{
    const QString name = currentRound();
    if (name.isEmpty())
        return false;
    if (ask &&
        QMessageBox::question(this, tr("Freeze round"),
                              tr("Freeze round %1? Every indicator's value is stored with its "
                                 "source and date; a frozen round never changes.")
                                  .arg(name)) != QMessageBox::Yes)
        return false;
    auto frozen = m_services->rounds().freeze(name, m_services->engine(), m_services->catalogue());
    if (!frozen) {
        const QString message = ErrorText::message(frozen.error());
        if (ask)
            QMessageBox::warning(this, tr("Freeze round"), message);
        Q_EMIT statusMessage(message);
        return false;
    }
    reloadRounds(name);
    Q_EMIT statusMessage(tr("Round %1 frozen").arg(name));
    return true;
}

bool IndicatorsPage::writeReport(const QString& path)
{
    auto data =
        RoundReportData::load(*m_services, m_db, currentRound(), language(), m_clock.today());
    if (!data) {
        Q_EMIT statusMessage(ErrorText::message(data.error()));
        return false;
    }
    RoundReport report(std::move(data).value());
    auto pages = report.writePdf(path);
    if (!pages) {
        Q_EMIT statusMessage(ErrorText::message(pages.error()));
        return false;
    }
    Q_EMIT statusMessage(tr("Report written to %1 (%n page(s))", nullptr, pages.value()).arg(path));
    return true;
}

void IndicatorsPage::reportDialog()
{
    if (currentRound().isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("PDF report"), currentRound() + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        writeReport(path);
}

void IndicatorsPage::exportDialog()
{
    auto round = m_services->rounds().find(currentRound());
    if (!round)
        return;
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export indicator tables"), round->name + QStringLiteral(".xlsx"),
        tr("Excel workbook (*.xlsx);;CSV, indicators only (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    IndicatorTables tables(*m_services);
    Result<void> written;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        auto table = tables.indicators(*round, language());
        written = table ? TableExport::writeCsv(*table, path) : Result<void>(table.error());
    } else {
        auto all = tables.all(*round, language());
        written = all ? TableExport::writeXlsx(*all, path) : Result<void>(all.error());
    }
    Q_EMIT statusMessage(written ? tr("Exported to %1").arg(path)
                                 : ErrorText::message(written.error()));
}

} // namespace regie
