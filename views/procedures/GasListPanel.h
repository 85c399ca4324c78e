#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace regie {

class Clock;
class GasDossierListModel;
class GasDossierPanel;
class GasIntakeDialog;
class GasService;
class PersonRepository;
class ViewState;
class WritePath;

// The GAS dossiers: a filter bar (search, state, facts from/to), the list (filtered, sorted and
// paged in SQL) and the selected dossier beside it.
class GasListPanel : public QWidget
{
    Q_OBJECT
public:
    GasListPanel(GasService& gas, const PersonRepository& people, WritePath& writes,
                 const Clock& clock, ViewState* state, QWidget* parent = nullptr);

    GasDossierListModel* model() const { return m_model; }
    GasDossierPanel* dossier() const { return m_dossier; }
    QTableView* table() const { return m_table; }
    void focusSearch();
    void focusList();
    // Puts the number of matching dossiers in the status bar.
    void announceCount();
    // Opens a dossier by id or number (clearing filters that would hide it from the list).
    bool openDossier(const QString& idOrNumber);
    // Opens the dialog that registers a finding (Ctrl+N); the new dossier opens after it.
    GasIntakeDialog* newFinding();

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    QWidget* buildFilters();
    QWidget* buildList();
    void applyFilters();
    void onCurrentRowChanged(int row);
    void onMatchCountChanged(int count);
    void saveViewState();

    GasService& m_gas;
    const PersonRepository& m_people;
    const Clock& m_clock;
    ViewState* m_state;
    GasDossierListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_stateFilter = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTimer* m_searchTimer = nullptr;
    QTimer* m_openTimer = nullptr;
    QSplitter* m_splitter = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QStackedWidget* m_detailStack = nullptr;
    QLabel* m_placeholder = nullptr;
    GasDossierPanel* m_dossier = nullptr;
    int m_sortColumn = 1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace regie
