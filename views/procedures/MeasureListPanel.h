#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace regie {

class Clock;
class MeasureListModel;
class MeasurePanel;
class MeasureService;
class WritePath;

// The mayor's measures: filters by kind and state, the list (paged in SQL) and the selected
// measure beside it.
class MeasureListPanel : public QWidget
{
    Q_OBJECT
public:
    MeasureListPanel(MeasureService& measures, WritePath& writes, const Clock& clock,
                     QWidget* parent = nullptr);

    MeasureListModel* model() const { return m_model; }
    MeasurePanel* measure() const { return m_measure; }
    QTableView* table() const { return m_table; }
    bool openMeasure(const QString& idOrNumber);

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    MeasureListModel* m_model = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_state = nullptr;
    QTableView* m_table = nullptr;
    MeasurePanel* m_measure = nullptr;
    QStackedWidget* m_detail = nullptr;
    QLabel* m_placeholder = nullptr;
    void updatePlaceholder();
};

} // namespace regie
