#include "LatestChanges.h"

#include <QHashFunctions>

namespace regie {

namespace {

size_t keyOf(const QString& entity, const QString& id, const QString& field)
{
    return qHashMulti(0, entity, id, field);
}

} // namespace

const LatestChanges::Latest* LatestChanges::find(const QString& entity, const QString& id,
                                                 const QString& field) const
{
    const auto it = m_entries.constFind(keyOf(entity, id, field));
    if (it == m_entries.cend() || it->id != id || it->field != field || it->entity != entity)
        return nullptr;
    return &it->latest;
}

Result<void> LatestChanges::remember(const QString& entity, const QString& id,
                                     const QString& field, const Latest& latest)
{
    if (m_entries.size() >= Max) {
        if (auto flushed = flush(); !flushed.ok())
            return flushed;
        m_entries.clear();
    }
    Entry& entry = m_entries[keyOf(entity, id, field)];
    const bool same = entry.id == id && entry.field == field && entry.entity == entity;
    if (!same) { // another field's entry, or a new one
        if (auto written = write(entry); !written.ok())
            return written;
        entry.entity = entity;
        entry.id = id;
        entry.field = field;
    }
    entry.latest = latest;
    return {};
}

Result<void> LatestChanges::flush()
{
    for (Entry& entry : m_entries) {
        if (auto written = write(entry); !written.ok())
            return written;
    }
    return {};
}

Result<void> LatestChanges::write(Entry& entry)
{
    if (!entry.latest.pending)
        return {};
    if (auto written = m_write(entry.entity, entry.id, entry.field, entry.latest.change.newValue);
        !written.ok())
        return written;
    entry.latest.pending = false;
    return {};
}

} // namespace regie
