#include "SyncExporter.h"

#include "BundleWriter.h"
#include "ChangeCodec.h"
#include "DeletionBasis.h"
#include "JsonLine.h"
#include "Digest.h"
#include "SyncLedger.h"
#include "TrustStore.h"
#include "common/Clock.h"
#include "common/Ids.h"
#include "storage/ChangeIndex.h"
#include "storage/SqlStatement.h"
#include "storage/Workspace.h"

#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>

namespace regie {

namespace {

const QMap<QString, QStringList>& scopeGroups()
{
    // A field laptop's usual scope: premises, certificates, inspections (no persons, no GAS).
    static const QMap<QString, QStringList> groups{
        {QStringLiteral("premises"), {QStringLiteral("premises"), QStringLiteral("windows")}},
        {QStringLiteral("certificates"),
         {QStringLiteral("certificates"), QStringLiteral("certificate_documents"),
          QStringLiteral("certificate_checks"), QStringLiteral("certificate_conditions"),
          QStringLiteral("certificate_events")}},
        {QStringLiteral("inspections"),
         {QStringLiteral("checklist_templates"), QStringLiteral("inspections"),
          QStringLiteral("inspection_answers"), QStringLiteral("inspection_amendments"),
          QStringLiteral("inspection_photos"), QStringLiteral("findings"),
          QStringLiteral("blobs")}}};
    return groups;
}

struct Range
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 changes = 0;
};

Result<Range> measure(Database& db, qint64 from, const QString& recipient,
                      const QSet<QString>& scope)
{
    Range range{from, from - 1, 0};
    QSqlQuery& top =
        db.prepared(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_history"));
    if (!top.exec() || !top.next())
        return Database::errorOf(top, QStringLiteral("change history"));
    range.to = std::max(top.value(0).toLongLong(), from - 1);
    top.finish();
    QSqlQuery& count = db.prepared(
        QStringLiteral("SELECT entity, count(*) FROM change_history WHERE seq BETWEEN ? AND ? "
                       "AND installation <> ? GROUP BY entity"));
    count.addBindValue(range.from);
    count.addBindValue(range.to);
    count.addBindValue(recipient);
    if (!count.exec())
        return Database::errorOf(count, QStringLiteral("change history"));
    while (count.next()) {
        if (scope.isEmpty() || scope.contains(count.value(0).toString()))
            range.changes += count.value(1).toLongLong();
    }
    count.finish();
    return range;
}

// A deletion travels with what it was made knowing (DeletionBasis), which is looked up by record:
// bring that lookup up to date first, and only then, since most bundles carry no deletion.
Result<void> indexForDeletions(Database& db, const Range& range)
{
    QSqlQuery& q = db.prepared(QStringLiteral(
        "SELECT 1 FROM change_log WHERE seq BETWEEN ? AND ? AND op = 'delete' LIMIT 1"));
    q.addBindValue(range.from);
    q.addBindValue(range.to);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("change history"));
    const bool deletions = q.next();
    q.finish();
    if (!deletions)
        return {};
    auto indexed = ChangeIndex::catchUp(db);
    return indexed.ok() ? Result<void>() : Result<void>(indexed.error());
}

} // namespace

Result<QStringList> SyncExporter::expandScope(Workspace& ws, const QStringList& words)
{
    const QStringList tables = Digest::userTables(ws.db());
    QStringList result;
    for (const QString& word : words) {
        if (scopeGroups().contains(word)) {
            result << scopeGroups().value(word);
        } else if (tables.contains(word)) {
            result << word;
        } else {
            return ruleError(ErrorCode::Validation, QStringLiteral("unknown-scope"),
                             QStringLiteral("%1 is neither a group (%2) nor a table")
                                 .arg(word, scopeGroups().keys().join(QStringLiteral(", "))),
                             QStringLiteral("--scope"));
        }
    }
    result.removeDuplicates();
    std::sort(result.begin(), result.end());
    return result;
}

Result<BundleHeader> SyncExporter::run(const security::InstallationKeys& keys,
                                       const ExportOptions& options)
{
    TrustStore trust(m_ws.db());
    auto peer = trust.byName(options.peerName);
    if (!peer.ok())
        return peer.error();
    if (peer.value().isRevoked())
        return ruleError(
            ErrorCode::RuleViolation, QStringLiteral("revoked-peer"),
            QStringLiteral("%1 was revoked; nothing is sent to it").arg(peer.value().name));
    auto scope = expandScope(m_ws, options.scope);
    if (!scope.ok())
        return scope.error();
    const QSet<QString> scopeSet(scope.value().cbegin(), scope.value().cend());
    const QString recipient = peer.value().identity.installationId;
    const qint64 from = (options.since >= 0 ? options.since : peer.value().ackedSeq) + 1;
    auto range = measure(m_ws.db(), from, recipient, scopeSet);
    if (!range.ok())
        return range.error();
    if (auto indexed = indexForDeletions(m_ws.db(), range.value()); !indexed.ok())
        return indexed.error();

    const Installation& self = m_ws.installation();
    BundleHeader header;
    header.bundleId = newId();
    header.senderId = self.id;
    header.senderCode = self.shortCode;
    header.senderName = self.displayName;
    header.fromSeq = range.value().from;
    header.toSeq = range.value().to;
    header.changes = range.value().changes;
    header.schemaVersion = m_ws.db().schemaVersion();
    header.createdAt = m_ws.clock().now().toUTC();
    header.scope = scope.value();
    header.acks.insert(recipient, peer.value().appliedSeq);

    QSaveFile file(options.outPath);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1: %2").arg(options.outPath, file.errorString()));
    BundleWriter writer(file, keys);
    if (auto begun = writer.begin(header, {peer.value().identity}); !begun.ok())
        return begun.error();
    // Straight from SQLite's UTF-8 to the line: no conversion to UTF-16 and back per field.
    SqlStatement& q = m_ws.db().raw(QStringLiteral(
        "SELECT seq, txn, hlc, installation, user_name, entity, entity_id, op, field, old_value, "
        "new_value FROM change_history WHERE seq BETWEEN ? AND ? AND installation <> ? "
        "ORDER BY seq"));
    q.bind(1, header.fromSeq);
    q.bind(2, header.toSeq);
    q.bind(3, recipient);
    const auto stop = qScopeGuard([&q] { q.reset(); });
    QByteArray lastEntity; // the entity last looked at, and whether it is in scope
    bool inScope = true;
    ChangeCodec::Encoder encoder;
    QByteArray line;
    qint64 written = 0;
    while (q.step()) {
        ChangeCodec::RawChange c{q.columnInt64(0), q.columnText(1), q.columnText(2),
                                 q.columnText(3),  q.columnText(4), q.columnText(5),
                                 q.columnText(6),  q.columnText(7), q.columnText(8),
                                 q.column(9),      q.column(10)};
        if (!scopeSet.isEmpty()) {
            if (QByteArrayView(lastEntity) != c.entity) {
                lastEntity = c.entity.toByteArray();
                inScope = scopeSet.contains(QString::fromUtf8(c.entity));
            }
            if (!inScope)
                continue;
        }
        // A receiver refuses a line that is not UTF-8: say which record, rather than send it.
        for (const SqlValue* v : {&c.oldValue, &c.newValue}) {
            if (v->type == SqlValue::Type::Text && !JsonLine::isUtf8(v->bytes))
                return ruleError(ErrorCode::Format, QStringLiteral("bad-text"),
                                 QStringLiteral("%1 %2, field %3: the stored text is not UTF-8")
                                     .arg(QString::fromUtf8(c.entity),
                                          QString::fromUtf8(c.entityId),
                                          QString::fromUtf8(c.field)));
        }
        std::optional<FieldStamps> basis;
        if (c.op == "delete") { // with what the deletion was made knowing
            auto known = DeletionBasis::of(m_ws.db(), self.id, QString::fromUtf8(c.hlc));
            if (!known.ok())
                return known.error();
            basis = known.value();
        }
        line.resize(0);
        encoder.append(line, c, basis);
        if (auto added = writer.addLine(line); !added.ok())
            return added.error();
        ++written;
    }
    if (q.failed())
        return q.error(QStringLiteral("change history"));
    if (written != header.changes)
        return makeError(ErrorCode::Sql, QStringLiteral("the change log changed during export"));
    if (auto done = writer.finish(); !done.ok())
        return done.error();
    if (!file.commit())
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1: %2").arg(options.outPath, file.errorString()));
    if (auto recorded = SyncLedger(m_ws.db()).recordSent(header, recipient, options.outPath);
        !recorded.ok())
        return recorded.error();
    return header;
}

} // namespace regie
