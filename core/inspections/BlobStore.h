#pragma once

#include "common/Result.h"
#include "storage/ChangeSet.h"

#include <QByteArray>

namespace regie {

class Database;

// Content-addressed attachments: a blob's id is the SHA-256 of its bytes (hex), so the same
// photo stored twice is one row. Blobs are written through the write path like any user row
// (base64 text, so they travel in the change log to other installations).
class BlobStore
{
public:
    explicit BlobStore(Database& db) : m_db(db) {}

    static QString idOf(const QByteArray& bytes);
    // Adds the blob's creation to `changes` unless it is stored already; returns its id.
    Result<QString> put(const QByteArray& bytes, const QString& mediaType,
                        ChangeSet& changes) const;
    Result<QByteArray> get(const QString& id) const;

private:
    Database& m_db;
};

} // namespace regie
