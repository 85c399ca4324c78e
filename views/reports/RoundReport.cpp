#include "RoundReport.h"

#include "ReportCharts.h"
#include "actionplan/ActionPlanRepository.h"

#include <QFile>
#include <QLocale>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

namespace regie {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString number(double v)
{
    return QLocale(QLocale::Dutch, QLocale::Belgium).toString(v, 'f', v == std::floor(v) ? 0 : 1);
}

QString dateText(const QDate& date)
{
    return QLocale(QLocale::Dutch, QLocale::Belgium).toString(date, QStringLiteral("d MMMM yyyy"));
}

const QString kStyle = QStringLiteral(
    "<style>"
    "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #1d2733; }"
    "h1 { font-size: 22pt; color: #1f5f99; margin-bottom: 4px; }"
    "h2 { font-size: 15pt; color: #1f5f99; margin-top: 18px; }"
    "h3 { font-size: 11.5pt; color: #1d2733; margin-top: 14px; margin-bottom: 4px; }"
    "table.ind { border-collapse: collapse; }"
    "table.ind th { background-color: #1f5f99; color: white; font-weight: bold; padding: 3px; }"
    "table.ind td { padding: 3px; border-bottom: 1px solid #c8d0d8; }"
    "td.num { text-align: right; }"
    ".muted { color: #5b6875; }"
    ".small { font-size: 8pt; }"
    "</style>");

} // namespace

Result<RoundReportData> RoundReportData::load(IndicatorServices& s, Database& db,
                                              const QString& roundName, const QString& language,
                                              const QDate& printed)
{
    RoundReportData d;
    d.language = language;
    d.printed = printed;
    d.catalogue = s.catalogue();
    auto round = s.rounds().find(roundName);
    if (!round)
        return round.error();
    d.round = round.value();
    auto previous = s.rounds().previous(d.round);
    if (!previous)
        return previous.error();
    d.previous = previous.value();
    auto rows = s.rounds().compare(d.round, s.engine(), s.catalogue());
    if (!rows)
        return rows.error();
    d.rows = rows.value();
    ActionPlanRepository plans(db);
    auto plan = plans.currentPlan();
    if (!plan)
        return plan.error();
    d.plan = plan.value();
    auto lines = plans.policyLines(d.plan.id);
    if (!lines)
        return lines.error();
    d.lines = lines.value();
    auto fiches = plans.fiches(d.plan.id);
    if (!fiches)
        return fiches.error();
    d.fiches = fiches.value();
    auto organisations = plans.organisations();
    if (!organisations)
        return organisations.error();
    for (const Organisation& o : organisations.value())
        d.organisations.insert(o.id, o.displayName);
    return d;
}

RoundReport::RoundReport(RoundReportData data) : m_data(std::move(data)) {}

RoundReport::~RoundReport() = default;

QStringList RoundReport::keyIndicators()
{
    return {QStringLiteral("2.2.gas-fines-sex-worker"),
            QStringLiteral("2.2.gas-fines-client"),
            QStringLiteral("2.1.administrative-measures"),
            QStringLiteral("2.2.sanctions"),
            QStringLiteral("2.3.premises-proactive"),
            QStringLiteral("2.3.premises-reactive"),
            QStringLiteral("2.3.certificates-granted"),
            QStringLiteral("2.1.controls"),
            QStringLiteral("3.3.meetings-intersectoral"),
            QStringLiteral("3.5.notes"),
            QStringLiteral("3.1.care-clients")};
}

const RoundRow* RoundReport::row(const QString& key) const
{
    for (const RoundRow& r : m_data.rows)
        if (r.current.key == key)
            return &r;
    return nullptr;
}

QString RoundReport::label(const QString& key) const
{
    const IndicatorDefinition* d = m_data.catalogue.find(key);
    return d ? d->label(m_data.language) : key;
}

QString RoundReport::image(const QImage& picture, int width)
{
    const QUrl name(QStringLiteral("regie-chart://%1.png").arg(++m_images));
    m_document->addResource(QTextDocument::ImageResource, name, picture);
    return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\"></p>")
        .arg(name.toString())
        .arg(width);
}

QString RoundReport::valueText(const IndicatorValue& v) const
{
    if (v.value)
        return number(*v.value);
    if (v.kind == IndicatorKind::Entered)
        return QStringLiteral("<span class=\"muted\">%1</span>")
            .arg(esc(tr("to be entered by the partner")));
    if (v.kind == IndicatorKind::Imported)
        return QStringLiteral("<span class=\"muted\">%1</span>")
            .arg(esc(tr("no registration file yet")));
    return QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(tr("not counted yet")));
}

QString RoundReport::sourceText(const IndicatorValue& v) const
{
    QString source;
    if (v.kind == IndicatorKind::Computed)
        source = tr("Regie");
    else if (v.kind == IndicatorKind::Entered)
        source = v.source.isEmpty() ? tr("partner") : v.source;
    else
        source = v.source.isEmpty() ? tr("registration file") : v.source;
    if (v.sourceDate.isValid())
        source += QStringLiteral(", ") + v.sourceDate.toString(QStringLiteral("dd/MM/yyyy"));
    return esc(source);
}

QString RoundReport::cover() const
{
    const ReportRound& r = m_data.round;
    QString html =
        QStringLiteral("<br><br><br><br><p class=\"muted\">%1</p><h1>%2</h1>")
            .arg(esc(tr("City of Antwerp - prostitution policy office")), esc(m_data.plan.title));
    html += QStringLiteral("<p style=\"font-size: 16pt;\">%1</p>")
                .arg(esc(tr("Progress report %1").arg(r.name)));
    html += QStringLiteral("<p style=\"font-size: 12pt;\">%1</p>")
                .arg(esc(tr("Reporting period %1 to %2")
                             .arg(dateText(r.period.from), dateText(r.period.to))));
    html +=
        QStringLiteral("<br><br><p>%1</p>")
            .arg(esc(r.frozen() ? tr("Figures frozen on %1 by %2.")
                                      .arg(dateText(r.frozenAt.toLocalTime().date()), r.frozenBy)
                                : tr("Provisional figures: this round is not frozen yet "
                                     "(printed on %1).")
                                      .arg(dateText(m_data.printed))));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(m_data.previous
                         ? tr("Compared with the previous round %1 (%2 to %3).")
                               .arg(m_data.previous->name, dateText(m_data.previous->period.from),
                                    dateText(m_data.previous->period.to))
                         : tr("There is no earlier frozen round to compare with.")));
    html += QStringLiteral("<br><br><p class=\"small muted\">%1</p>")
                .arg(esc(tr("For the planning group prostitution policy (action 3.4). Figures "
                            "counted by Regie come from the city's own registers; partners' "
                            "figures and registration files name their source and date.")));
    return html;
}

QString RoundReport::summary()
{
    QString html =
        QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>").arg(esc(tr("Summary")));
    int valued = 0, waiting = 0;
    for (const RoundRow& r : m_data.rows)
        (r.current.value ? valued : waiting)++;
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%1 of the plan's %2 indicators have a value for this period; %3 "
                            "wait for a partner's figure or registration file.")
                             .arg(valued)
                             .arg(m_data.rows.size())
                             .arg(waiting)));
    QVector<RoundRow> keys;
    QVector<ChartBar> bars;
    for (const QString& key : keyIndicators())
        if (const RoundRow* r = row(key)) {
            keys << *r;
            // The chart keeps to the city's own procedures, whose counts share a scale.
            const IndicatorDefinition* d = m_data.catalogue.find(key);
            if (d && d->kind == IndicatorKind::Computed &&
                !d->query.startsWith(QLatin1String("branch")))
                bars << ChartBar{label(key), r->current.value.value_or(0),
                                 r->previous && r->previous->value ? *r->previous->value : 0};
        }
    html += indicatorTable(keys);
    const QString now = m_data.round.name;
    const QString before = m_data.previous ? m_data.previous->name : QString();
    html += image(ReportCharts::bars(tr("Enforcement and certificates"), bars,
                                     m_data.previous.has_value(), now, before, {900, 460}),
                  620);
    const auto value = [&](const char* key) {
        const RoundRow* r = row(QLatin1String(key));
        return r && r->current.value ? *r->current.value : 0.0;
    };
    html += image(ReportCharts::pie(tr("GAS fines by offender role"),
                                    {{tr("sex workers"), value("2.2.gas-fines-sex-worker"), 0},
                                     {tr("clients"), value("2.2.gas-fines-client"), 0}},
                                    {900, 300}),
                  560);
    html +=
        image(ReportCharts::pie(
                  tr("Mayor's measures by kind"),
                  {{tr("place bans"), value("2.2.measures-place-ban"), 0},
                   {tr("closures (trafficking)"), value("2.2.measures-closure-trafficking"), 0},
                   {tr("closures (public order)"), value("2.2.measures-closure-public-order"), 0},
                   {tr("orders after a hearing"), value("2.2.measures-hearing-order"), 0}},
                  {900, 300}),
              560);
    return html;
}

QString RoundReport::indicatorTable(const QVector<RoundRow>& rows) const
{
    const QString previousName = m_data.previous ? m_data.previous->name : tr("previous");
    QString html = QStringLiteral("<table class=\"ind\" width=\"100%\" cellspacing=\"0\"><tr>"
                                  "<th align=\"left\">%1</th><th align=\"right\">%2</th>"
                                  "<th align=\"right\">%3</th><th align=\"right\">%4</th>"
                                  "<th align=\"left\">%5</th></tr>")
                       .arg(esc(tr("Indicator")), esc(m_data.round.name), esc(previousName),
                            esc(tr("Change")), esc(tr("Source")));
    for (const RoundRow& r : rows) {
        const IndicatorDefinition* d = m_data.catalogue.find(r.current.key);
        const QString previous =
            r.previous && r.previous->value ? number(*r.previous->value) : QStringLiteral("—");
        QString change = QStringLiteral("—");
        if (r.current.value && r.previous && r.previous->value) {
            const double diff = *r.current.value - *r.previous->value;
            change = (diff > 0 ? QStringLiteral("+") : QString()) + number(diff);
        }
        html +=
            QStringLiteral("<tr><td>%1<br><span class=\"small muted\">%2</span></td>"
                           "<td class=\"num\" align=\"right\">%3</td>"
                           "<td class=\"num\" align=\"right\">%4</td>"
                           "<td class=\"num\" align=\"right\">%5</td>"
                           "<td class=\"small\">%6</td></tr>")
                .arg(esc(label(r.current.key)), esc(d ? d->definition(m_data.language) : QString()),
                     valueText(r.current), previous, change, sourceText(r.current));
    }
    return html + QStringLiteral("</table>");
}

QString RoundReport::fiche(const Fiche& f)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Fiche %1 - %2").arg(f.code, f.title)));
    const QString executor = m_data.organisations.value(f.executorId);
    if (!executor.isEmpty())
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(esc(tr("Carried out by %1").arg(executor)));
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Planned actions")));
    for (const PlanItem& a : f.actions) {
        QString state = tr("planned");
        if (a.extra == QLatin1String("running"))
            state = tr("running");
        else if (a.extra == QLatin1String("done"))
            state = tr("done");
        else if (a.extra == QLatin1String("dropped"))
            state = tr("dropped");
        html += QStringLiteral("<li>%1 <span class=\"muted\">(%2)</span></li>")
                    .arg(esc(a.text), esc(state));
    }
    html += QStringLiteral("</ul><p><b>%1</b></p>").arg(esc(tr("Measurement results")));
    QVector<RoundRow> rows;
    QVector<ChartBar> bars;
    for (const RoundRow& r : m_data.rows)
        if (r.current.ficheCode == f.code) {
            rows << r;
            if (r.current.value)
                bars << ChartBar{label(r.current.key), *r.current.value,
                                 r.previous && r.previous->value ? *r.previous->value : 0};
        }
    html += indicatorTable(rows);
    if (bars.size() >= 2) {
        const int height = 110 + 38 * int(bars.size());
        html += image(ReportCharts::bars(tr("Fiche %1").arg(f.code), bars,
                                         m_data.previous.has_value(), m_data.round.name,
                                         m_data.previous ? m_data.previous->name : QString(),
                                         {900, height}),
                      560);
    }
    return html;
}

QString RoundReport::policyLine(const PolicyLine& line)
{
    QString html = QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>")
                       .arg(esc(tr("Policy line %1: %2").arg(line.code, line.name)));
    if (!line.goal.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(line.goal));
    for (const Fiche& f : m_data.fiches)
        if (f.policyLineId == line.id)
            html += fiche(f);
    return html;
}

QTextDocument& RoundReport::document()
{
    if (m_document)
        return *m_document;
    m_document = std::make_unique<QTextDocument>();
    m_document->setDocumentMargin(0);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    m_document->setDefaultFont(font);
    QString html = kStyle + cover() + summary();
    for (const PolicyLine& line : m_data.lines)
        html += policyLine(line);
    html += QStringLiteral("<p class=\"small muted\"><br>%1</p>")
                .arg(esc(tr("Printed on %1 by Regie.").arg(dateText(m_data.printed))));
    m_document->setHtml(html);
    return *m_document;
}

Result<int> RoundReport::writePdf(const QString& path)
{
    QTextDocument& doc = document();
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("%1 - progress report %2").arg(m_data.plan.title, m_data.round.name));
        writer.setCreator(QStringLiteral("Regie"));
        doc.print(&writer);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot write %1: %2").arg(path, file.errorString()),
                         QStringLiteral("out"));
    const QByteArray pdf = file.readAll();
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    int pages = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++pages;
    if (pages == 0)
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path),
                         QStringLiteral("out"));
    return pages;
}

} // namespace regie
