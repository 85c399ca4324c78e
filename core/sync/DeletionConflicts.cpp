#include "DeletionConflicts.h"

#include "storage/ChangeIndex.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/WritePath.h"

namespace regie {

DeletionConflicts::DeletionConflicts(Database& db, QString self, QString bundleId,
                                     QString detectedAt)
    : m_db(db), m_self(std::move(self)), m_bundleId(std::move(bundleId)),
      m_detectedAt(std::move(detectedAt))
{
}

Result<int> DeletionConflicts::deletionWon(const RemoteChange& d,
                                           const std::optional<FieldStamps>& basis)
{
    if (auto r = supersede(d, {}, {}); !r.ok())
        return r.error();
    // The latest edit of each field: the value the tombstone now hides.
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT field, hlc, installation, user_name, new_value FROM change_history "
        "WHERE seq IN (SELECT seq FROM change_index WHERE record_key BETWEEN ? AND ?) "
        "AND entity_id = ? AND entity = ? AND op = 'set' ORDER BY field, hlc DESC"));
    const auto [first, last] = ChangeIndex::recordKeys(d.entityId);
    q.addBindValue(first);
    q.addBindValue(last);
    q.addBindValue(d.entityId);
    q.addBindValue(d.entity);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("change history"));
    QVector<QPair<QString, Side>> latest;
    while (q.next()) {
        const QString field = q.value(0).toString();
        if (!latest.isEmpty() && latest.constLast().first == field)
            continue;
        latest.append({field, Side{q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString(), q.value(4)}});
    }
    q.finish();
    int made = 0;
    const Side deletion{d.hlc, d.installation, d.userName, {}};
    for (const auto& [field, edit] : latest) {
        if (edit.installation == d.installation ||
            DeletionBasis::covers(basis, d.hlc, field, edit.hlc))
            continue;
        auto r = record(d, field, edit, deletion, QStringLiteral("remote"));
        if (!r.ok())
            return r.error();
        made += r.value();
    }
    return made;
}

Result<int> DeletionConflicts::restoreWon(const RemoteChange& restore)
{
    if (auto r = supersede(restore, {}, {}); !r.ok())
        return r.error();
    return 0;
}

Result<int> DeletionConflicts::editWon(const RemoteChange& e)
{
    // Once per edit an import applies: most records were never deleted (no row).
    SqlStatement& q = m_db.raw(QStringLiteral(
        "SELECT hlc, installation, user_name, op FROM change_history WHERE seq IN (SELECT "
        "seq FROM change_index WHERE record_key = ?) AND entity_id = ? AND field = 'deleted' "
        "AND entity = ? ORDER BY hlc DESC LIMIT 1"));
    q.bind(1, ChangeIndex::keyOf(e.entityId, QStringLiteral("deleted")));
    q.bind(2, e.entityId);
    q.bind(3, e.entity);
    const bool found = q.step();
    if (!found && q.failed())
        return q.error(QStringLiteral("change history"));
    const Side deletion{found ? QString::fromUtf8(q.columnText(0)) : QString(),
                        found ? QString::fromUtf8(q.columnText(1)) : QString(),
                        found ? QString::fromUtf8(q.columnText(2)) : QString(),
                        {}};
    const bool tombstone = found && q.columnText(3) == "delete";
    if (found)
        q.reset();
    if (!tombstone || deletion.installation == e.installation)
        return 0;
    auto basis = DeletionBasis::of(m_db, m_self, deletion.hlc);
    if (!basis.ok())
        return basis.error();
    if (DeletionBasis::covers(basis.value(), deletion.hlc, e.field, e.hlc))
        return 0;
    // An earlier edit of the field kept against a deletion is superseded by this later one.
    if (auto r = supersede(e, e.field, e.hlc); !r.ok())
        return r.error();
    return record(e, e.field, deletion, Side{e.hlc, e.installation, e.userName, e.newValue},
                  QStringLiteral("local"));
}

// sync_conflicts is sync bookkeeping, not user data: plain SQL here (see migrations 0005, 0011).
Result<int> DeletionConflicts::record(const RemoteChange& about, const QString& field,
                                      const Side& local, const Side& remote,
                                      const QString& deletionSide)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO sync_conflicts (entity, entity_id, field, local_hlc, local_value, "
        "local_installation, local_user, remote_hlc, remote_value, remote_installation, "
        "remote_user, bundle_id, detected_at, kind, deletion_side) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'deletion', ?) "
        "ON CONFLICT (local_hlc, remote_hlc) DO NOTHING"));
    for (const QVariant& v :
         {QVariant(about.entity), QVariant(about.entityId), QVariant(field), QVariant(local.hlc),
          WritePath::normalize(local.value), QVariant(local.installation), QVariant(local.userName),
          QVariant(remote.hlc), WritePath::normalize(remote.value), QVariant(remote.installation),
          QVariant(remote.userName), QVariant(m_bundleId), QVariant(m_detectedAt),
          QVariant(deletionSide)})
        q.addBindValue(v);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("sync_conflicts"));
    return q.numRowsAffected() > 0 ? 1 : 0;
}

// Open deletion conflicts of the record settled by a later change: every one older than it, or
// (with a field) those of that field whose edit is older than editBefore.
Result<void> DeletionConflicts::supersede(const RemoteChange& by, const QString& field,
                                          const QString& editBefore)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE sync_conflicts SET status = 'superseded', resolved_at = ?, resolved_by = ? "
        "WHERE status = 'open' AND kind = 'deletion' AND entity = ? AND entity_id = ? "
        "AND (? = 0 AND local_hlc < ? AND remote_hlc < ? "
        "OR ? = 1 AND field = ? AND CASE deletion_side WHEN 'remote' THEN local_hlc "
        "ELSE remote_hlc END < ?)"));
    const int oneField = field.isEmpty() ? 0 : 1;
    for (const QVariant& v :
         {QVariant(m_detectedAt), QVariant(by.userName), QVariant(by.entity), QVariant(by.entityId),
          QVariant(oneField), QVariant(by.hlc), QVariant(by.hlc), QVariant(oneField),
          WritePath::normalize(field), WritePath::normalize(editBefore)})
        q.addBindValue(v);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("sync_conflicts"));
    return {};
}

} // namespace regie
