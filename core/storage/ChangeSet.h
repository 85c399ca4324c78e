#pragma once

#include <QString>
#include <QVariant>
#include <QVariantMap>
#include <QVector>

namespace regie {

// One change to one record: create it, set fields, delete it (a tombstone) or restore it.
struct Mutation
{
    enum class Kind { Create, Set, Delete, Restore };
    Kind kind = Kind::Set;
    QString entity; // the table name, e.g. "persons"
    QString id;     // the record's UUID
    QVariantMap fields;
};

// What one user action changes. The write path applies a ChangeSet in one transaction, so an
// action either happens whole or not at all. `action` names it for the audit trail.
class ChangeSet
{
public:
    explicit ChangeSet(QString action) : m_action(std::move(action)) {}

    // Creates a record with a new UUID and returns that id.
    QString create(const QString& entity, const QVariantMap& fields);
    void create(const QString& entity, const QString& id, const QVariantMap& fields);
    void set(const QString& entity, const QString& id, const QString& field, const QVariant& value);
    void set(const QString& entity, const QString& id, const QVariantMap& fields);
    void remove(const QString& entity, const QString& id);
    void restore(const QString& entity, const QString& id);

    const QString& action() const { return m_action; }
    const QVector<Mutation>& mutations() const { return m_mutations; }
    bool isEmpty() const { return m_mutations.isEmpty(); }

private:
    QString m_action;
    QVector<Mutation> m_mutations;
};

} // namespace regie
