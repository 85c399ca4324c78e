#include "SyncApplier.h"

#include "FieldNeighbours.h"
#include "storage/ChangeIndex.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/WritePath.h"

#include <QScopeGuard>


namespace regie {

namespace {

// NULL and the empty text are one value, as in the write path.
bool same(const QVariant& a, const QVariant& b)
{
    const QVariant x = WritePath::normalize(a), y = WritePath::normalize(b);
    const bool emptyX = x.isNull() || (x.typeId() == QMetaType::QString && x.toString().isEmpty());
    const bool emptyY = y.isNull() || (y.typeId() == QMetaType::QString && y.toString().isEmpty());
    if (emptyX || emptyY)
        return emptyX == emptyY;
    return x == y;
}

QString fieldOf(const RemoteChange& c)
{
    return c.op == QLatin1String("delete") || c.op == QLatin1String("restore")
               ? QStringLiteral("deleted")
               : c.field;
}

} // namespace

SyncApplier::SyncApplier(Database& db, WritePath& writes, QString bundleId, QString detectedAt)
    : m_db(db), m_writes(writes), m_bundleId(bundleId), m_detectedAt(detectedAt),
      m_deletions(db, writes.actor().installationId, bundleId, detectedAt),
      m_latest([this](const QString& entity, const QString& id, const QString& field,
                      const QVariant& value) -> Result<void> {
          auto written = m_writes.updateRemote(entity, id, field, value);
          return written.ok() ? Result<void>() : Result<void>(written.error());
      })
{
    // Most imports meet no open conflict at all: then there is none to settle, change by change.
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_conflicts WHERE status = 'open')"));
    m_openConflicts = !q.exec() || !q.next() || q.value(0).toBool(); // unsure: look each time
    q.finish();
}

Result<void> SyncApplier::add(const RemoteChange& c, const std::optional<FieldStamps>& basis)
{
    if (!m_group.isEmpty()) {
        const RemoteChange& head = m_group.constFirst();
        if (c.op == QLatin1String("set") && c.txn == head.txn && c.entity == head.entity &&
            c.entityId == head.entityId && c.installation == head.installation) {
            m_group.push_back(c);
            return {};
        }
        if (auto done = applyGroup(); !done.ok())
            return done;
    }
    if (c.op == QLatin1String("create")) {
        m_group.push_back(c);
        return {};
    }
    return applyOne(c, basis);
}

Result<void> SyncApplier::finish()
{
    if (!m_group.isEmpty()) {
        if (auto r = applyGroup(); !r.ok())
            return r;
    }
    if (auto written = m_latest.flush(); !written.ok()) // the values held back
        return written;
    // What is left unindexed, in one sorted batch. Everything before this import was indexed
    // when it began (the importer caught up), so the index is now complete.
    if (auto indexed = indexLogged(); !indexed.ok())
        return indexed;
    return ChangeIndex::markCaughtUp(m_db);
}

Result<void> SyncApplier::indexLogged()
{
    if (m_unindexedFrom == 0)
        return {};
    // One row (an edit, the usual case between two lookups): its record and field are known.
    auto indexed = m_unindexedFrom == m_unindexedTo
                       ? ChangeIndex::add(m_db, m_lastLogged.entityId, m_lastLogged.field,
                                          m_unindexedTo)
                       : ChangeIndex::addRange(m_db, m_unindexedFrom, m_unindexedTo);
    m_unindexedFrom = m_unindexedTo = 0;
    return indexed;
}

Result<void> SyncApplier::applyGroup()
{
    QVector<RemoteChange> group;
    group.swap(m_group); // m_group is empty for the changes applied one by one below
    const auto keep = qScopeGuard([this, &group] {
        group.resize(0); // the next group reuses the space
        m_group.swap(group);
    });
    const RemoteChange& create = group.constFirst();
    auto isKnown = known(create.hlc);
    if (!isKnown.ok())
        return isKnown.error();
    auto here = exists(create.entity, create.entityId);
    if (!here.ok())
        return here.error();
    if (isKnown.value() || here.value()) {
        for (const RemoteChange& c : group) {
            if (auto r = applyOne(c); !r.ok())
                return r;
        }
        return {};
    }
    QVariantMap fields;
    for (int i = 1; i < group.size(); ++i)
        fields.insert(group.at(i).field, group.at(i).newValue);
    auto inserted = m_writes.insertRemote(create.entity, create.entityId, fields);
    if (!inserted.ok())
        return inserted.error();
    ++m_counts[create.entity].created;
    for (const RemoteChange& c : group) {
        if (auto r = log(c); !r.ok())
            return r;
    }
    return {};
}

Result<void> SyncApplier::applyOne(const RemoteChange& c, const std::optional<FieldStamps>& basis)
{
    EntityCounts& counts = m_counts[c.entity];
    const bool create = c.op == QLatin1String("create");
    const QString field = create ? QString() : fieldOf(c);
    FieldNeighbours around;
    const auto* latest = create ? nullptr : m_latest.find(c.entity, c.entityId, field);
    const bool inOrder = latest && latest->change.hlc < c.hlc;
    // The record's write can wait when the field's last change here found it live and no
    // tombstone changed since (a tombstone's own change is written at once).
    const bool holdBack = inOrder && latest->live && latest->epoch == m_tombstones &&
                          field != QLatin1String("deleted");
    if (inOrder) {
        // Later than every change of its field held here: then it is not one of them either.
        around.before = latest->change;
    } else {
        auto isKnown = known(c.hlc);
        if (!isKnown.ok())
            return isKnown.error();
        if (isKnown.value()) {
            ++counts.known;
            return {};
        }
        if (create) // the record is here already: only the log learns it
            return log(c);
        // Looked up by record and field: earlier changes of this bundle too.
        if (auto indexed = indexLogged(); !indexed.ok())
            return indexed;
        auto found = fieldNeighbours(m_db, c.entity, c.entityId, field, c.hlc);
        if (!found.ok())
            return found.error();
        around = found.value();
    }
    const FieldNeighbour& p = around.before;
    const FieldNeighbour& n = around.after;
    bool live = holdBack; // known to be on a record that is not deleted
    if (n.found) {
        ++counts.outdated;
    } else if (holdBack) {
        ++counts.changed; // written by m_latest, once for all the field's changes in a row
    } else {
        auto updated = m_writes.updateRemote(c.entity, c.entityId, field, c.newValue);
        if (!updated.ok()) {
            if (updated.error().code != ErrorCode::NotFound)
                return updated.error();
            // The record was never sent here, typically because an earlier bundle had a
            // narrower scope: the sender must include it (bundle export --since 0).
            return ruleError(ErrorCode::RuleViolation, QStringLiteral("missing-record"),
                             QStringLiteral("%1 %2 is not here (outside an earlier bundle's "
                                            "scope?): ask the sender for a bundle from the start "
                                            "(--since 0)")
                                 .arg(c.entity, c.entityId));
        }
        live = updated.value();
        if (field == QLatin1String("deleted"))
            ++m_tombstones;
        ++counts.changed;
    }
    if (p.found && !same(c.oldValue, p.newValue) && !same(c.newValue, p.newValue)) {
        if (auto r = conflict(p, c, field); !r.ok())
            return r;
    } else if (p.found && !n.found) {
        if (auto r = supersede(c, field); !r.ok())
            return r;
    }
    if (n.found && !same(n.oldValue, c.newValue) && !same(n.newValue, c.newValue)) {
        if (auto r = conflict(n, c, field); !r.ok())
            return r;
    }
    if (!live) { // an edit of a live record meets no deletion
        if (auto r = judgeDeletion(c, basis, !n.found); !r.ok())
            return r;
    }
    if (auto r = log(c); !r.ok())
        return r;
    if (n.found)
        return {};
    // Now the latest change of its field.
    return m_latest.remember(
        c.entity, c.entityId, field,
        {FieldNeighbour{true, c.hlc, c.oldValue, c.newValue, m_lastTxnRow}, live, m_tombstones,
         holdBack});
}

Result<void> SyncApplier::judgeDeletion(const RemoteChange& c,
                                        const std::optional<FieldStamps>& basis, bool wins)
{
    const bool deletion = c.op == QLatin1String("delete");
    if (deletion && basis) { // kept to judge later edits and to relay the deletion with it
        if (auto r = DeletionBasis::store(m_db, c.hlc, *basis); !r.ok())
            return r;
    }
    if (!wins)
        return {};
    // An edit can only meet a deletion on a record that is deleted now (its tombstone won).
    if (!deletion && c.op != QLatin1String("restore")) {
        auto deleted = isDeleted(c.entity, c.entityId);
        if (!deleted.ok())
            return deleted.error();
        if (!deleted.value())
            return {};
    }
    if (auto indexed = indexLogged(); !indexed.ok()) // what follows looks up by record
        return indexed;
    auto made = deletion                           ? m_deletions.deletionWon(c, basis)
                : c.op == QLatin1String("restore") ? m_deletions.restoreWon(c)
                                                   : m_deletions.editWon(c);
    if (!made.ok())
        return made.error();
    m_counts[c.entity].conflicts += made.value();
    m_openConflicts = m_openConflicts || made.value() > 0;
    return {};
}

Result<bool> SyncApplier::isDeleted(const QString& entity, const QString& id)
{
    if (!m_deleted || entity != m_deletedEntity) {
        m_deleted = &m_db.raw(QStringLiteral("SELECT deleted FROM %1 WHERE id = ?").arg(entity));
        m_deletedEntity = entity;
    }
    SqlStatement& q = *m_deleted;
    q.bind(1, id);
    if (!q.step())
        return q.failed() ? Result<bool>(q.error(entity)) : Result<bool>(false);
    const bool deleted = q.columnInt64(0) != 0;
    q.reset();
    return deleted;
}

Result<bool> SyncApplier::known(const QString& hlc)
{
    SqlStatement& q = m_db.raw(QStringLiteral("SELECT 1 FROM change_log WHERE hlc = ?"));
    q.bind(1, hlc);
    bool found = false;
    if (!q.probe(&found))
        return q.error(QStringLiteral("change history"));
    return found;
}

Result<bool> SyncApplier::exists(const QString& entity, const QString& id)
{
    if (!m_exists || entity != m_existsEntity) { // the records of a bundle come table by table
        if (m_db.columnsOf(entity).isEmpty())
            return ruleError(ErrorCode::Format, QStringLiteral("unknown-entity"),
                             QStringLiteral("this installation has no %1").arg(entity));
        m_exists = &m_db.raw(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(entity));
        m_existsEntity = entity;
    }
    SqlStatement& q = *m_exists;
    q.bind(1, id);
    bool found = false;
    if (!q.probe(&found))
        return q.error(entity);
    return found;
}

Result<void> SyncApplier::log(const RemoteChange& c)
{
    // The changes of one action arrive one after the other: most find the last action's row.
    if (m_lastTxnRow == 0 || c.txn != m_lastTxn.txn || c.installation != m_lastTxn.installation ||
        c.userName != m_lastTxn.userName) {
        const QString key =
            c.txn + QLatin1Char('\n') + c.installation + QLatin1Char('\n') + c.userName;
        auto row = m_txnRows.constFind(key);
        if (row == m_txnRows.cend()) {
            auto made = m_writes.remoteTxn(c);
            if (!made.ok())
                return made.error();
            row = m_txnRows.insert(key, made.value());
        }
        m_lastTxn = c;
        m_lastTxnRow = row.value();
    }
    auto logged = m_writes.logRemote(c, m_lastTxnRow);
    if (!logged.ok())
        return logged.error();
    if (m_unindexedFrom == 0)
        m_unindexedFrom = logged.value();
    m_unindexedTo = logged.value();
    m_lastLogged.entityId = c.entityId;
    m_lastLogged.field = c.field.isNull() ? QStringLiteral("") : c.field; // as logRemote logs it
    ++m_applied;
    return {};
}

// sync_conflicts is sync bookkeeping, not user data: plain SQL here (see migration 0005).
Result<void> SyncApplier::conflict(const FieldNeighbour& local, const RemoteChange& remote,
                                   const QString& field)
{
    auto who = whoMade(m_db, local);
    if (!who.ok())
        return who.error();
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO sync_conflicts (entity, entity_id, field, local_hlc, local_value, "
        "local_installation, local_user, remote_hlc, remote_value, remote_installation, "
        "remote_user, bundle_id, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (local_hlc, remote_hlc) DO NOTHING"));
    for (const QVariant& v :
         {QVariant(remote.entity), QVariant(remote.entityId), QVariant(field), QVariant(local.hlc),
          WritePath::normalize(local.newValue), QVariant(who.value().first),
          QVariant(who.value().second), QVariant(remote.hlc), WritePath::normalize(remote.newValue),
          QVariant(remote.installation), QVariant(remote.userName), QVariant(m_bundleId),
          QVariant(m_detectedAt)})
        q.addBindValue(v);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("sync_conflicts"));
    ++m_counts[remote.entity].conflicts;
    m_openConflicts = true;
    return {};
}

// A later change made on top of the value in force settles the open conflicts of its field:
// that is how a resolution made on another installation travels.
Result<void> SyncApplier::supersede(const RemoteChange& c, const QString& field)
{
    if (!m_openConflicts)
        return {};
    SqlStatement& q = m_db.raw(QStringLiteral(
        "UPDATE sync_conflicts SET status = 'superseded', resolved_at = ?, resolved_by = ? "
        "WHERE status = 'open' AND entity = ? AND entity_id = ? AND field = ? "
        "AND local_hlc < ? AND remote_hlc < ?"));
    q.bind(1, m_detectedAt);
    q.bind(2, c.userName);
    q.bind(3, c.entity);
    q.bind(4, c.entityId);
    q.bind(5, field);
    q.bind(6, c.hlc);
    q.bind(7, c.hlc);
    if (!q.run())
        return q.error(QStringLiteral("sync_conflicts"));
    return {};
}

} // namespace regie
