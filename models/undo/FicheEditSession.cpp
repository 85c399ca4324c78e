#include "FicheEditSession.h"

#include "FicheCommands.h"
#include "actionplan/ActionPlanRepository.h"
#include "actionplan/ActionPlanService.h"

#include <QCoreApplication>

namespace regie {

FicheEditSession::FicheEditSession(ActionPlanRepository& repo, ActionPlanService& service,
                                   Fiche stored, QObject* parent)
    : QObject(parent), m_repo(repo), m_service(service), m_stored(std::move(stored)),
      m_draft(m_stored)
{
}

QString FicheEditSession::fieldName(Field field)
{
    switch (field) {
    case Field::Title: return QCoreApplication::translate("FicheEditSession", "title");
    case Field::Description: return QCoreApplication::translate("FicheEditSession", "description");
    case Field::CriticalConditions:
        return QCoreApplication::translate("FicheEditSession", "critical conditions");
    case Field::Executor: return QCoreApplication::translate("FicheEditSession", "executor");
    case Field::ContactRole: return QCoreApplication::translate("FicheEditSession", "contact role");
    case Field::Fte: return QCoreApplication::translate("FicheEditSession", "staff effort");
    case Field::FteText:
        return QCoreApplication::translate("FicheEditSession", "staff effort text");
    case Field::Funding: return QCoreApplication::translate("FicheEditSession", "funding");
    case Field::Notes: return QCoreApplication::translate("FicheEditSession", "notes");
    }
    return {};
}

QVariant FicheEditSession::field(Field field) const
{
    const Fiche& f = m_draft;
    switch (field) {
    case Field::Title: return f.title;
    case Field::Description: return f.description;
    case Field::CriticalConditions: return f.criticalConditions;
    case Field::Executor: return f.executorId;
    case Field::ContactRole: return f.contactRole;
    case Field::Fte: return f.fte ? QVariant(*f.fte) : QVariant();
    case Field::FteText: return f.fteText;
    case Field::Funding: return f.funding;
    case Field::Notes: return f.notes;
    }
    return {};
}

const QVector<PlanItem>& FicheEditSession::list(List list) const
{
    switch (list) {
    case List::Actions: return m_draft.actions;
    case List::Indicators: return m_draft.indicators;
    case List::Partners: break;
    }
    return m_draft.partners;
}

QVector<PlanItem>& FicheEditSession::mutableList(List list)
{
    return const_cast<QVector<PlanItem>&>(this->list(list));
}

void FicheEditSession::setField(Field field, const QVariant& value)
{
    const QVariant old = this->field(field);
    if (old == value)
        return;
    m_stack.push(new SetFicheFieldCommand(*this, field, old, value));
}

void FicheEditSession::insertItem(List list, int row, const PlanItem& item)
{
    row = std::clamp(row, 0, int(this->list(list).size()));
    m_stack.push(new FicheListCommand(*this, list, FicheListCommand::Op::Insert, row, {}, item));
}

void FicheEditSession::removeItem(List list, int row)
{
    if (row < 0 || row >= this->list(list).size())
        return;
    m_stack.push(new FicheListCommand(*this, list, FicheListCommand::Op::Remove, row,
                                      this->list(list).at(row), {}));
}

void FicheEditSession::setItem(List list, int row, const PlanItem& item)
{
    if (row < 0 || row >= this->list(list).size() || this->list(list).at(row) == item)
        return;
    m_stack.push(new FicheListCommand(*this, list, FicheListCommand::Op::Set, row,
                                      this->list(list).at(row), item));
}

void FicheEditSession::moveItem(List list, int from, int to)
{
    const int size = int(this->list(list).size());
    if (from < 0 || from >= size || to < 0 || to >= size || from == to)
        return;
    const PlanItem item = this->list(list).at(from);
    m_stack.beginMacro(QCoreApplication::translate("FicheEditSession", "Move item"));
    removeItem(list, from);
    insertItem(list, to, item);
    m_stack.endMacro();
}

void FicheEditSession::applyField(Field field, const QVariant& value)
{
    Fiche& f = m_draft;
    switch (field) {
    case Field::Title: f.title = value.toString(); break;
    case Field::Description: f.description = value.toString(); break;
    case Field::CriticalConditions: f.criticalConditions = value.toString(); break;
    case Field::Executor: f.executorId = value.toString(); break;
    case Field::ContactRole: f.contactRole = value.toString(); break;
    case Field::Fte:
        f.fte = value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt;
        break;
    case Field::FteText: f.fteText = value.toString(); break;
    case Field::Funding: f.funding = value.toString(); break;
    case Field::Notes: f.notes = value.toString(); break;
    }
    Q_EMIT fieldChanged(field);
    announceModified();
}

void FicheEditSession::applyInsert(List list, int row, const PlanItem& item)
{
    Q_EMIT itemAboutToBeInserted(list, row);
    mutableList(list).insert(row, item);
    Q_EMIT itemInserted(list, row);
    announceModified();
}

void FicheEditSession::applyRemove(List list, int row)
{
    Q_EMIT itemAboutToBeRemoved(list, row);
    mutableList(list).removeAt(row);
    Q_EMIT itemRemoved(list, row);
    announceModified();
}

void FicheEditSession::applySet(List list, int row, const PlanItem& item)
{
    mutableList(list)[row] = item;
    Q_EMIT itemChanged(list, row);
    announceModified();
}

void FicheEditSession::announceModified()
{
    const bool modified = isModified();
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

Result<void> FicheEditSession::save()
{
    if (!isModified())
        return {};
    auto written = m_service.saveFiche(m_stored, m_draft);
    if (!written.ok())
        return written.error();
    auto reloaded = m_repo.fiche(m_stored.id);
    if (!reloaded.ok())
        return reloaded.error();
    // The reloaded fiche equals the draft but carries the ids of newly stored items; the undo
    // history stays usable because commands address rows and values, not ids.
    for (List l : {List::Actions, List::Indicators, List::Partners})
        Q_EMIT listAboutToBeReset(l);
    m_stored = reloaded.value();
    m_draft = m_stored;
    for (List l : {List::Actions, List::Indicators, List::Partners})
        Q_EMIT listReset(l);
    m_stack.setClean();
    announceModified();
    Q_EMIT saved();
    return {};
}

void FicheEditSession::revert()
{
    m_stack.clear();
    for (List l : {List::Actions, List::Indicators, List::Partners})
        Q_EMIT listAboutToBeReset(l);
    m_draft = m_stored;
    for (Field f : {Field::Title, Field::Description, Field::CriticalConditions, Field::Executor,
                    Field::ContactRole, Field::Fte, Field::FteText, Field::Funding, Field::Notes})
        Q_EMIT fieldChanged(f);
    for (List l : {List::Actions, List::Indicators, List::Partners})
        Q_EMIT listReset(l);
    announceModified();
}

} // namespace regie
