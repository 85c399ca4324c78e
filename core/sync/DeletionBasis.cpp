#include "DeletionBasis.h"

#include "ChangeCodec.h"
#include "storage/ChangeIndex.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace regie::DeletionBasis {

Result<FieldStamps> beforeSeq(Database& db, const QString& entity, const QString& id, qint64 seq)
{
    QSqlQuery& q = db.prepared(QStringLiteral(
        "SELECT field, max(hlc) FROM change_history WHERE seq IN (SELECT seq FROM change_index "
        "WHERE record_key BETWEEN ? AND ?) AND entity_id = ? AND entity = ? "
        "AND seq < ? AND op = 'set' GROUP BY field"));
    const auto [first, last] = ChangeIndex::recordKeys(id);
    q.addBindValue(first);
    q.addBindValue(last);
    q.addBindValue(id);
    q.addBindValue(entity);
    q.addBindValue(seq);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("change history"));
    FieldStamps basis;
    while (q.next())
        basis.insert(q.value(0).toString(), q.value(1).toString());
    q.finish();
    return basis;
}

Result<std::optional<FieldStamps>> of(Database& db, const QString& self, const QString& deleteHlc)
{
    QSqlQuery& q = db.prepared(QStringLiteral(
        "SELECT seq, installation, entity, entity_id FROM change_history WHERE hlc = ?"));
    q.addBindValue(deleteHlc);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("change history"));
    if (!q.next()) {
        q.finish();
        return std::optional<FieldStamps>();
    }
    const qint64 seq = q.value(0).toLongLong();
    const QString installation = q.value(1).toString();
    const QString entity = q.value(2).toString(), id = q.value(3).toString();
    q.finish();
    if (installation == self) {
        auto computed = beforeSeq(db, entity, id, seq);
        if (!computed.ok())
            return computed.error();
        return std::optional<FieldStamps>(computed.value());
    }
    QSqlQuery& stored =
        db.prepared(QStringLiteral("SELECT basis FROM sync_deletion_basis WHERE hlc = ?"));
    stored.addBindValue(deleteHlc);
    if (!stored.exec())
        return Database::errorOf(stored, QStringLiteral("sync_deletion_basis"));
    std::optional<FieldStamps> basis;
    if (stored.next()) {
        FieldStamps parsed;
        if (ChangeCodec::basisFromJson(
                QJsonDocument::fromJson(stored.value(0).toString().toUtf8()).object(), &parsed))
            basis = parsed;
    }
    stored.finish();
    return basis;
}

// sync_deletion_basis is sync bookkeeping, not user data: plain SQL here (see migration 0011).
Result<void> store(Database& db, const QString& deleteHlc, const FieldStamps& basis)
{
    QSqlQuery& q = db.prepared(QStringLiteral(
        "INSERT INTO sync_deletion_basis (hlc, basis) VALUES (?, ?) ON CONFLICT (hlc) DO NOTHING"));
    q.addBindValue(deleteHlc);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(ChangeCodec::basisJson(basis).toObject()).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("sync_deletion_basis"));
    return {};
}

bool covers(const std::optional<FieldStamps>& basis, const QString& deleteHlc, const QString& field,
            const QString& editHlc)
{
    if (!basis)
        return editHlc < deleteHlc;
    const auto known = basis->constFind(field);
    return known != basis->cend() && editHlc <= known.value();
}

} // namespace regie::DeletionBasis
