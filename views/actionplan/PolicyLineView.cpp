#include "PolicyLineView.h"

#include <QLocale>

namespace regie {

namespace {

QString paragraphs(const QString& text)
{
    QString html;
    for (const QString& p : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    return html;
}

} // namespace

PolicyLineView::PolicyLineView(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("policyLineView"));
    setOpenLinks(false);
    document()->setDocumentMargin(16);
}

void PolicyLineView::showLine(const PolicyLine& line)
{
    QString html = QStringLiteral("<h2>%1. %2</h2>").arg(line.code, line.name.toHtmlEscaped());
    if (!line.goalCodes.isEmpty() || !line.goal.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Goal:"), (line.goal).toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                           QStringLiteral("<br>")));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Vision")) + paragraphs(line.vision);
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Objectives"));
    for (const PlanItem& o : line.objectives)
        html += QStringLiteral("<li><b>%1</b> %2</li>").arg(o.extra, o.text.toHtmlEscaped());
    html += QStringLiteral("</ul><h3>%1</h3>").arg(tr("Results")) + paragraphs(line.results);
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Indicators"));
    for (const PlanItem& i : line.indicators)
        html += QStringLiteral("<li>%1</li>").arg(i.text.toHtmlEscaped());
    setHtml(html + QStringLiteral("</ul>"));
}

void PolicyLineView::showPlan(const PlanInfo& plan, int lines, int fiches)
{
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1</h2>").arg(plan.title.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Period %1 to %2 · %3 policy lines · %4 action fiches")
                         .arg(locale.toString(plan.periodStart, QLocale::LongFormat),
                              locale.toString(plan.periodEnd, QLocale::LongFormat))
                         .arg(lines)
                         .arg(fiches));
    html += paragraphs(plan.introduction);
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Choose a policy line or a fiche on the left. Edit a fiche, undo with "
                        "Ctrl+Z and save with Ctrl+S.").toHtmlEscaped());
    setHtml(html);
}

} // namespace regie
