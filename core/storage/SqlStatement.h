#pragma once

#include "common/Result.h"

#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace regie {

// A statement compiled by SQLite itself on the Database's connection, for the write path's hot
// path: per edit, QSqlQuery's value conversions and bookkeeping cost more than SQLite's own work
// (docs/performance.md). Bound text must stay alive until step() returns; values are bound in
// SQLite's stored form (see WritePath::normalize).
class SqlStatement
{
public:
    SqlStatement(sqlite3* db, const QString& sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

    void bind(int index, qint64 value);
    void bind(int index, const QString& text);
    // ASCII (or UTF-8) bytes, e.g. a stamp: no conversion from UTF-16.
    void bindAscii(int index, const QByteArray& text);
    void bind(int index, const QVariant& value);

    // Runs the statement to its end (a write) and resets it; false on an error, see error().
    bool run();
    // Runs a query for its first row only and resets it: *found says whether there was one;
    // false on an error, see error().
    bool probe(bool* found);
    // Rows this statement changed in its last run(), and the rowid it inserted last.
    int changes() const { return m_changes; }
    qint64 lastRowid() const { return m_lastRowid; }
    // What went wrong, as an Error (a busy or locked database becomes DatabaseLocked).
    Error error(const QString& what) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_sql;
    QString m_message;
    int m_code = 0;
    int m_changes = 0;
    qint64 m_lastRowid = 0;
};

} // namespace regie
