#pragma once

#include "shell/Page.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace regie {

class Clock;
class Planner;
class PlannerModel;
class ViewState;
class WritePath;

// The year planner: premises without a proactive inspection in the year, renewals due and
// conditions overdue. Sortable by every column, printable (or to PDF) and exportable to CSV, both
// in the order and selection shown.
class PlannerPage : public Page
{
    Q_OBJECT
public:
    PlannerPage(const Planner& planner, WritePath& writes, const Clock& clock,
                ViewState* state = nullptr, QWidget* parent = nullptr);

    QString key() const override { return QStringLiteral("planner"); }
    QString title() const override { return tr("Planner"); }
    QIcon icon() const override;
    int badge() const override;
    void activate() override;
    void focusSearch() override;

    PlannerModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    // The CSV of the rows as shown (filter and sort applied).
    QByteArray visibleCsv() const;
    bool exportCsv(const QString& path);
    // Renders the rows as shown to a PDF file (what Print does with a PDF printer).
    bool printToPdf(const QString& path);
    QString documentHtml() const;

private:
    QWidget* buildTopBar();
    void exportWithDialog();
    void printWithDialog();
    void updateSummary();

    const Clock& m_clock;
    ViewState* m_state = nullptr;
    PlannerModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QSpinBox* m_year = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace regie
