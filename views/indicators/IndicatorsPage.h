#pragma once

#include "indicators/IndicatorValue.h"
#include "shell/Page.h"

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace regie {

class Clock;
class Database;
class IndicatorCharts;
class IndicatorServices;
class IndicatorTableModel;
class IndicatorTrendModel;
struct ReportRound;

// The action plan's indicators: pick a reporting round (or create one), see every indicator
// beside the previous round in a table and a bar chart fed by the same model, follow one
// indicator's trend across the frozen rounds, freeze the round and produce its PDF report, or
// export its tables to XLSX or CSV.
class IndicatorsPage : public Page
{
    Q_OBJECT
public:
    IndicatorsPage(std::unique_ptr<IndicatorServices> services, Database& db, const Clock& clock,
                   QWidget* parent = nullptr);
    ~IndicatorsPage() override;

    QString key() const override { return QStringLiteral("indicators"); }
    QString title() const override { return tr("Indicators"); }
    QIcon icon() const override;
    void activate() override;

    IndicatorTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    IndicatorTrendModel* trend() const { return m_trend; }
    // Selects a round by name and shows it; false when there is none of that name.
    bool showRound(const QString& name);
    // Shows only one fiche's indicators ("" = the key indicators, "*" = all).
    void setFicheFilter(const QString& fiche);
    bool freezeCurrent(bool ask = true);
    bool writeReport(const QString& path);
    QString currentRound() const;
    // Imports a minimum-format registration file ("care" or "safety"); on refusal `problems`
    // gets every problem with its row and column.
    bool importRegistration(const QString& kind, const QString& path, QString* problems);

private:
    QWidget* buildTopBar();
    void reloadRounds(const QString& select = {});
    void reload();
    void updateTrend();
    void newRoundDialog();
    void recordDialog(bool meeting);
    void figureDialog();
    void branchDialog();
    Period shownPeriod() const;
    void importDialog();
    void reportDialog();
    void exportDialog();
    void clearBarChart();
    void updateBarChart();
    QString language() const;

    std::unique_ptr<IndicatorServices> m_services;
    Database& m_db;
    const Clock& m_clock;
    IndicatorTableModel* m_model = nullptr;
    IndicatorTrendModel* m_trend = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QSortFilterProxyModel* m_chartRows = nullptr; // m_proxy bottom-up, for the bar chart
    QComboBox* m_round = nullptr;
    QComboBox* m_fiche = nullptr;
    QPushButton* m_freeze = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_definition = nullptr;
    QTableView* m_table = nullptr;
    IndicatorCharts* m_charts = nullptr;
};

} // namespace regie
