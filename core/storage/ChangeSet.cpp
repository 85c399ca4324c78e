#include "ChangeSet.h"

#include "common/Ids.h"

namespace regie {

QString ChangeSet::create(const QString& entity, const QVariantMap& fields)
{
    const QString id = newId();
    create(entity, id, fields);
    return id;
}

void ChangeSet::create(const QString& entity, const QString& id, const QVariantMap& fields)
{
    m_mutations.push_back({Mutation::Kind::Create, entity, id, fields});
}

void ChangeSet::set(const QString& entity, const QString& id, const QString& field,
                    const QVariant& value)
{
    m_mutations.push_back({Mutation::Kind::Set, entity, id, {{field, value}}});
}

void ChangeSet::set(const QString& entity, const QString& id, const QVariantMap& fields)
{
    m_mutations.push_back({Mutation::Kind::Set, entity, id, fields});
}

void ChangeSet::remove(const QString& entity, const QString& id)
{
    m_mutations.push_back({Mutation::Kind::Delete, entity, id, {}});
}

void ChangeSet::restore(const QString& entity, const QString& id)
{
    m_mutations.push_back({Mutation::Kind::Restore, entity, id, {}});
}

} // namespace regie
