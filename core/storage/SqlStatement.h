#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QVariant>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace regie {

// A column value as SQLite holds it, text and blobs viewed in place (valid until the next step).
struct SqlValue
{
    enum class Type { Null, Integer, Real, Text, Blob };
    Type type = Type::Null;
    qint64 integer = 0;
    double real = 0;
    QByteArrayView bytes; // UTF-8 text or blob bytes
};

// A statement compiled by SQLite itself on the Database's connection, for the write path's hot
// path: per edit, QSqlQuery's value conversions and bookkeeping cost more than SQLite's own work
// (docs/performance.md). Bytes bound with bindAscii() must stay alive until step() returns;
// values are bound in SQLite's stored form (see WritePath::normalize).
class SqlStatement
{
public:
    SqlStatement(sqlite3* db, const QString& sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

    void bind(int index, qint64 value);
    // Bound as UTF-8, copied into a buffer of this statement (SQLite would otherwise convert
    // UTF-16 itself, allocating, on every insert into this UTF-8 database).
    void bind(int index, const QString& text);
    // ASCII (or UTF-8) bytes, e.g. a stamp: no conversion from UTF-16.
    void bindAscii(int index, const QByteArray& text);
    void bind(int index, const QVariant& value);

    // Runs the statement to its end (a write) and resets it; false on an error, see error().
    bool run();
    // Runs a query for its first row only and resets it: *found says whether there was one;
    // false on an error, see error().
    bool probe(bool* found);
    // Steps a query to its next row: true when there is one. At the end, or on an error (then
    // failed() is true, see error()), the statement is reset. Call reset() to stop early.
    bool step();
    bool failed() const { return m_failed; }
    void reset();
    qint64 columnInt64(int column) const;
    QByteArrayView columnText(int column) const; // UTF-8
    SqlValue column(int column) const;
    // The column as QSqlQuery would give it: qlonglong, double, QString, QByteArray or null.
    QVariant value(int column) const;

    // Rows this statement changed in its last run(), and the rowid it inserted last.
    int changes() const { return m_changes; }
    qint64 lastRowid() const { return m_lastRowid; }
    // What went wrong, as an Error (a busy or locked database becomes DatabaseLocked).
    Error error(const QString& what) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_sql;
    std::vector<QByteArray> m_text; // per parameter: the UTF-8 of the QString bound last
    QString m_message;
    int m_code = 0;
    bool m_failed = false;
    int m_changes = 0;
    qint64 m_lastRowid = 0;
};

} // namespace regie
