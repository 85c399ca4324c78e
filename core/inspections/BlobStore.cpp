#include "BlobStore.h"

#include "storage/Database.h"

#include <QCryptographicHash>

namespace regie {

QString BlobStore::idOf(const QByteArray& bytes)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<QString> BlobStore::put(const QByteArray& bytes, const QString& mediaType,
                               ChangeSet& changes) const
{
    const QString id = idOf(bytes);
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT deleted FROM blobs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("blobs"));
    const bool found = q.next();
    const bool deleted = found && q.value(0).toInt() != 0;
    q.finish();
    if (deleted)
        changes.restore(QStringLiteral("blobs"), id);
    if (!found)
        changes.create(QStringLiteral("blobs"), id,
                       {{QStringLiteral("media_type"), mediaType},
                        {QStringLiteral("size"), qint64(bytes.size())},
                        {QStringLiteral("data_base64"), QString::fromLatin1(bytes.toBase64())}});
    return id;
}

Result<QByteArray> BlobStore::get(const QString& id) const
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT data_base64 FROM blobs WHERE id = ? AND deleted = 0"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("blobs"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("blob %1").arg(id));
    const QByteArray bytes = QByteArray::fromBase64(q.value(0).toString().toLatin1());
    q.finish();
    return bytes;
}

} // namespace regie
