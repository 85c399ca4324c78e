#pragma once

#include "undo/FicheEditSession.h"

#include <QWidget>

class QTableView;
class QToolButton;

namespace regie {

class PlanItemListModel;

// Edits one list of a fiche: a table with Add, Remove, Move up and Move down. Every change is an
// undoable command of the fiche's edit session.
class PlanItemListEditor : public QWidget
{
    Q_OBJECT
public:
    PlanItemListEditor(FicheEditSession::List list, QWidget* parent = nullptr);

    void setSession(FicheEditSession* session);
    QTableView* view() const { return m_view; }

private:
    void addItem();
    void removeItem();
    void moveItem(int delta);
    int currentRow() const;
    void updateButtons();

    FicheEditSession::List m_list;
    FicheEditSession* m_session = nullptr;
    PlanItemListModel* m_model;
    QTableView* m_view;
    QToolButton* m_add;
    QToolButton* m_remove;
    QToolButton* m_up;
    QToolButton* m_down;
};

} // namespace regie
