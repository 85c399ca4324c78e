#pragma once

#include "FieldNeighbours.h"
#include "common/Result.h"

#include <QHash>
#include <QString>
#include <functional>

namespace regie {

// Per entity, record and field that an import changed: the latest change of that field held
// here, so that the next change of the field, when later still, needs no lookup (most bundles
// arrive in order). What it does not hold is looked up in the database.
//
// It also holds back record writes: when a field changes again and again in one bundle, only
// its last value needs writing to the record (the change log gets every change at once). A
// value held back is written by flush(), at the end of the import or when its entry leaves.
class LatestChanges
{
public:
    struct Latest
    {
        FieldNeighbour change;
        bool live = false;    // the record was not deleted when this change was applied
        quint64 epoch = 0;    // the tombstone epoch then (see SyncApplier)
        bool pending = false; // change.newValue is not written to the record yet
    };
    using Write = std::function<Result<void>(const QString& entity, const QString& id,
                                             const QString& field, const QVariant& value)>;

    explicit LatestChanges(Write write) : m_write(std::move(write)) {}

    // The field's latest change, or nullptr when it is not remembered. Valid until the next
    // remember() or flush().
    const Latest* find(const QString& entity, const QString& id, const QString& field) const;
    // Writes first what the entry it takes the place of held back (and every entry, when full).
    Result<void> remember(const QString& entity, const QString& id, const QString& field,
                          const Latest& latest);
    // Writes every value held back.
    Result<void> flush();

    static constexpr qsizetype Max = 100000; // entries; then it starts over (memory stays flat)

private:
    struct Entry
    {
        QString entity, id, field; // shared with the change, not copied
        Latest latest;
    };
    Result<void> write(Entry& entry);

    // Keyed by a hash of the three names, so that no key is built per change; two fields with
    // the same hash take turns in one entry (the other is then looked up).
    QHash<size_t, Entry> m_entries;
    Write m_write;
};

} // namespace regie
