#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace regie {

class Clock;
class GasRepository;
class MeasureListModel;
class MeasureNewDialog;
class MeasurePanel;
class MeasureService;
class PersonRepository;
class PremisesRepository;
class WritePath;

// The mayor's measures: filters by kind and state, the list (paged in SQL) and the selected
// measure beside it. With the people and premises registers (setParties) it also records a new
// measure ("New measure…", Ctrl+N) and selects it once stored.
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
    // The registers the new-measure dialog picks the person or premises from; until they are
    // given, the "New measure…" action is hidden.
    void setParties(const PersonRepository& people, const PremisesRepository& premises);
    // The GAS dossiers a new measure may be linked to (optional).
    void setGasDossiers(const GasRepository& gas) { m_gas = &gas; }
    QAction* newMeasureAction() const { return m_newAction; }
    // Opens the new-measure dialog (window-modal, not blocking); nullptr without the registers.
    MeasureNewDialog* newMeasure();

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    MeasureService& m_measures;
    const Clock& m_clock;
    const PersonRepository* m_people = nullptr;
    const PremisesRepository* m_premises = nullptr;
    const GasRepository* m_gas = nullptr;
    QAction* m_newAction = nullptr;
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
