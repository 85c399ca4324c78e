#pragma once

#include "actionplan/ActionPlan.h"
#include "indicators/IndicatorServices.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <memory>

class QTextDocument;

namespace regie {

class Database;

// Everything a round's report shows, read once.
struct RoundReportData
{
    PlanInfo plan;
    QVector<PolicyLine> lines;
    QVector<Fiche> fiches;
    QHash<QString, QString> organisations; // id -> display name
    ReportRound round;
    std::optional<ReportRound> previous;
    QVector<RoundRow> rows;
    IndicatorCatalogue catalogue;
    QString language; // "nl" or "en": indicator labels and definitions
    QDate printed;

    static Result<RoundReportData> load(IndicatorServices& services, Database& db,
                                        const QString& roundName, const QString& language,
                                        const QDate& printed);
};

// The PDF report of a reporting round for the planning group: a cover, a summary with the key
// indicators and breakdowns, then per policy line and fiche the planned actions with their state
// and the indicator table beside the previous round, with charts (QtCharts, rendered as images).
// Rendering charts needs a QApplication.
class RoundReport
{
    Q_DECLARE_TR_FUNCTIONS(RoundReport)
public:
    explicit RoundReport(RoundReportData data);
    ~RoundReport();

    // The laid-out document (images registered as resources).
    QTextDocument& document();
    // Writes the PDF (A4) and returns its number of pages.
    Result<int> writePdf(const QString& path);

    // The indicator keys of the summary.
    static QStringList keyIndicators();

private:
    QString cover() const;
    QString summary();
    QString policyLine(const PolicyLine& line);
    QString fiche(const Fiche& fiche);
    QString indicatorTable(const QVector<RoundRow>& rows) const;
    QString valueText(const IndicatorValue& value) const;
    QString sourceText(const IndicatorValue& value) const;
    QString image(const QImage& image, int width);
    const RoundRow* row(const QString& key) const;
    QString label(const QString& key) const;

    RoundReportData m_data;
    std::unique_ptr<QTextDocument> m_document;
    int m_images = 0;
};

} // namespace regie
