#pragma once

#include "shell/Page.h"

#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace regie {

class DeadlineBoard;
class DeadlineBoardModel;
class ViewState;
class WritePath;

// "Today" (Vandaag), the legal staff's home page: the deadline board. Overdue deadlines first
// (red, with the word "Overdue" and an icon), then what falls due within the chosen number of
// days, limitations within 30 days, hearings this week and measures that end. "Why?" shows how
// the selected date was computed; Enter or a double-click opens the dossier.
class TodayPage : public Page
{
    Q_OBJECT
public:
    TodayPage(const DeadlineBoard& board, WritePath& writes, ViewState* state = nullptr,
              QWidget* parent = nullptr);
    // Keeps the board for as long as the page lives.
    TodayPage(std::unique_ptr<DeadlineBoard> board, WritePath& writes, ViewState* state = nullptr,
              QWidget* parent = nullptr);
    ~TodayPage() override;

    QString key() const override { return QStringLiteral("today"); }
    QString title() const override { return tr("Today"); }
    QIcon icon() const override;
    int badge() const override;
    void activate() override;
    void focusSearch() override;

    DeadlineBoardModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The board row shown at a row of the (filtered) table.
    int sourceRow(int tableRow) const;
    // Whether the "why?" panel is shown, and its text.
    bool whyVisible() const;
    QString whyText() const;
    void setWhyVisible(bool visible);
    // Writes the rows shown (with their derivations) as iCalendar for the staff's agenda;
    // false with a status message naming the file when it cannot be written.
    bool exportCalendar(const QString& path);

Q_SIGNALS:
    // Enter or double-click on a row: open this dossier (gas-fine) or measure.
    void openRequested(const QString& procedure, const QString& id);

private:
    QWidget* buildTopBar();
    void updateWhy();
    void onRefreshed();
    void openCurrent();
    void chooseCalendarFile();

    std::unique_ptr<DeadlineBoard> m_ownedBoard;
    DeadlineBoardModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    ViewState* m_state = nullptr;
    QLineEdit* m_search = nullptr;
    QSpinBox* m_days = nullptr;
    QToolButton* m_why = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_whyText = nullptr;
};

} // namespace regie
