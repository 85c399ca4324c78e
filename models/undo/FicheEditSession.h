#pragma once

#include "actionplan/ActionPlan.h"
#include "common/Result.h"

#include <QObject>
#include <QUndoStack>
#include <QVariant>

namespace regie {

class ActionPlanRepository;
class ActionPlanService;

// One open fiche being edited: the stored version, the draft the user sees, and the undo stack
// of the edits between them (as in Tiled, commands change the draft through this session, never
// through widgets). save() writes the difference through the service in one action.
class FicheEditSession : public QObject
{
    Q_OBJECT
public:
    enum class Field { Title, Description, CriticalConditions, Executor, ContactRole, Fte,
                       FteText, Funding, Notes };
    enum class List { Actions, Indicators, Partners };

    FicheEditSession(ActionPlanRepository& repo, ActionPlanService& service, Fiche stored,
                     QObject* parent = nullptr);

    const Fiche& draft() const { return m_draft; }
    const Fiche& stored() const { return m_stored; }
    QUndoStack* undoStack() { return &m_stack; }
    bool isModified() const { return !(m_draft == m_stored); }

    QVariant field(Field field) const;
    const QVector<PlanItem>& list(List list) const;

    // Edits: each pushes an undoable command (typing in one field merges into one command).
    void setField(Field field, const QVariant& value);
    void insertItem(List list, int row, const PlanItem& item);
    void removeItem(List list, int row);
    void setItem(List list, int row, const PlanItem& item);
    void moveItem(List list, int from, int to);

    // Writes the draft; on success the draft becomes the stored version (with new ids).
    Result<void> save();
    // Drops every unsaved edit.
    void revert();

    // Used by the commands: change the draft without pushing a command.
    void applyField(Field field, const QVariant& value);
    void applyInsert(List list, int row, const PlanItem& item);
    void applyRemove(List list, int row);
    void applySet(List list, int row, const PlanItem& item);

    static QString fieldName(Field field);

Q_SIGNALS:
    void fieldChanged(regie::FicheEditSession::Field field);
    // Item models need to hear of a list change before and after it happens.
    void listAboutToBeReset(regie::FicheEditSession::List list);
    void listReset(regie::FicheEditSession::List list);
    void itemAboutToBeInserted(regie::FicheEditSession::List list, int row);
    void itemAboutToBeRemoved(regie::FicheEditSession::List list, int row);
    void itemInserted(regie::FicheEditSession::List list, int row);
    void itemRemoved(regie::FicheEditSession::List list, int row);
    void itemChanged(regie::FicheEditSession::List list, int row);
    void modifiedChanged(bool modified);
    void saved();

private:
    QVector<PlanItem>& mutableList(List list);
    void announceModified();

    ActionPlanRepository& m_repo;
    ActionPlanService& m_service;
    Fiche m_stored;
    Fiche m_draft;
    QUndoStack m_stack;
    bool m_wasModified = false;
};

} // namespace regie
