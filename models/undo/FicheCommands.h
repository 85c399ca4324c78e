#pragma once

#include "FicheEditSession.h"

#include <QUndoCommand>

namespace regie {

// Sets one field of the fiche draft. Consecutive edits of the same field merge, so one undo
// takes back a burst of typing.
class SetFicheFieldCommand : public QUndoCommand
{
public:
    SetFicheFieldCommand(FicheEditSession& session, FicheEditSession::Field field,
                         QVariant oldValue, QVariant newValue);
    void undo() override;
    void redo() override;
    int id() const override { return 1001; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    FicheEditSession& m_session;
    FicheEditSession::Field m_field;
    QVariant m_old;
    QVariant m_new;
};

// Inserts, removes or replaces one item of a fiche list (planned actions, indicators,
// partners).
class FicheListCommand : public QUndoCommand
{
public:
    enum class Op { Insert, Remove, Set };
    FicheListCommand(FicheEditSession& session, FicheEditSession::List list, Op op, int row,
                     PlanItem before, PlanItem after);
    void undo() override;
    void redo() override;

private:
    FicheEditSession& m_session;
    FicheEditSession::List m_list;
    Op m_op;
    int m_row;
    PlanItem m_before;
    PlanItem m_after;
};

} // namespace regie
