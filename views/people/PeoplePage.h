#pragma once

#include "people/Person.h"
#include "shell/Page.h"

class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace regie {

class PeopleService;
class PersonEditor;
class PersonListModel;
class PersonListView;
class ViewState;
class WritePath;

// People: a search field, the list (filtered and paged in SQL) and, beside it, the selected
// person's editor. The list follows every change made through the write path.
class PeoplePage : public Page
{
    Q_OBJECT
public:
    PeoplePage(PeopleService& people, WritePath& writes, QWidget* parent = nullptr);
    // Also remembers column widths and the splitter ("people/header", "people/splitter").
    PeoplePage(PeopleService& people, WritePath& writes, ViewState& state,
               QWidget* parent = nullptr);
    ~PeoplePage() override;

    QString key() const override { return QStringLiteral("people"); }
    QString title() const override { return tr("People"); }
    QIcon icon() const override;
    void activate() override;
    void focusSearch() override;
    bool save() override;
    bool hasUnsavedChanges() const override;

    PersonListModel* model() const { return m_model; }
    PersonEditor* editor() const { return m_editor; }
    // Selects a person in the list (loading pages as needed) and opens them in the editor.
    bool openPerson(const QString& id);

private:
    PeoplePage(PeopleService& people, WritePath& writes, ViewState* state, QWidget* parent);
    QWidget* buildTopBar();
    QWidget* buildList();
    QWidget* buildDetail();
    void createActions();
    void onCurrentRowChanged(const QModelIndex& current);
    void openPending();
    bool confirmLeavingEdits();
    void newPerson(Person::Kind kind);
    void selectRow(const QString& id);
    void onListReset();
    void onMatchCountChanged(int count);
    void emitCount();
    void showDetail(bool editor);
    void restoreViewState();
    void saveViewState();

    PeopleService& m_people;
    ViewState* m_state = nullptr;
    PersonListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QTimer* m_openTimer = nullptr;
    QString m_pendingId;
    QSplitter* m_splitter = nullptr;
    QStackedWidget* m_listStack = nullptr;
    PersonListView* m_table = nullptr;
    QLabel* m_emptyState = nullptr;
    QStackedWidget* m_detailStack = nullptr;
    QLabel* m_detailPlaceholder = nullptr;
    PersonEditor* m_editor = nullptr;
    QAction* m_newPerson = nullptr;
    QAction* m_newOrganisation = nullptr;
    QAction* m_deletePerson = nullptr;
    bool m_syncingSelection = false;
};

} // namespace regie
