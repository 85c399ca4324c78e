#include "FicheCommands.h"

#include <QCoreApplication>

namespace regie {

SetFicheFieldCommand::SetFicheFieldCommand(FicheEditSession& session,
                                           FicheEditSession::Field field, QVariant oldValue,
                                           QVariant newValue)
    : m_session(session), m_field(field), m_old(std::move(oldValue)), m_new(std::move(newValue))
{
    setText(QCoreApplication::translate("FicheCommands", "Edit %1")
                .arg(FicheEditSession::fieldName(field)));
}

void SetFicheFieldCommand::undo()
{
    m_session.applyField(m_field, m_old);
}

void SetFicheFieldCommand::redo()
{
    m_session.applyField(m_field, m_new);
}

bool SetFicheFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetFicheFieldCommand*>(other);
    if (next->m_field != m_field)
        return false;
    m_new = next->m_new;
    return true;
}

FicheListCommand::FicheListCommand(FicheEditSession& session, FicheEditSession::List list, Op op,
                                   int row, PlanItem before, PlanItem after)
    : m_session(session), m_list(list), m_op(op), m_row(row), m_before(std::move(before)),
      m_after(std::move(after))
{
    switch (op) {
    case Op::Insert: setText(QCoreApplication::translate("FicheCommands", "Add item")); break;
    case Op::Remove: setText(QCoreApplication::translate("FicheCommands", "Remove item")); break;
    case Op::Set: setText(QCoreApplication::translate("FicheCommands", "Edit item")); break;
    }
}

void FicheListCommand::undo()
{
    switch (m_op) {
    case Op::Insert: m_session.applyRemove(m_list, m_row); break;
    case Op::Remove: m_session.applyInsert(m_list, m_row, m_before); break;
    case Op::Set: m_session.applySet(m_list, m_row, m_before); break;
    }
}

void FicheListCommand::redo()
{
    switch (m_op) {
    case Op::Insert: m_session.applyInsert(m_list, m_row, m_after); break;
    case Op::Remove: m_session.applyRemove(m_list, m_row); break;
    case Op::Set: m_session.applySet(m_list, m_row, m_after); break;
    }
}

} // namespace regie
