#pragma once

#include "common/Result.h"

#include <QHash>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

struct sqlite3;

namespace regie {

class SqlStatement;
class Transaction;

// One SQLite database file opened through QSQLITE. Sets WAL and foreign keys once, refuses
// files that are not Regie databases or that a newer Regie wrote, and migrates older ones.
class Database
{
public:
    enum class Lock {
        None,      // share the file (the CLI; SQLite's own locking keeps writes safe)
        Exclusive, // take the lock file beside the database (one GUI per database)
    };

    static constexpr int ApplicationId = 0x52454749; // "REGI"

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (and creates when missing) the database at path and brings its schema up to date.
    static Result<std::unique_ptr<Database>> open(const QString& path, Lock lock = Lock::None);

    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    bool isNew() const { return m_created; }

    // A prepared statement, cached per SQL text. Bind values, then exec().
    QSqlQuery& prepared(const QString& sql);
    // The SQLite connection under QSQLITE (nullptr when there is none).
    sqlite3* sqliteHandle() const;
    // A statement compiled by SQLite directly, cached per SQL text: the write path's hot path.
    // Invalid (see SqlStatement::error) when the SQL does not compile.
    SqlStatement& raw(const QString& sql);
    // Ends every cached statement that still holds rows: an unfinished SELECT keeps a read
    // snapshot open, which hides other processes' writes and makes the next write fail with
    // SQLITE_BUSY_SNAPSHOT. Done before every outermost transaction.
    void finishStatements();
    // Runs a statement without parameters; for pragmas and DDL inside core/storage.
    Result<void> exec(const QString& sql);

    QSqlDatabase& connection() { return m_db; }

    // Nesting-aware transaction (outer BEGIN IMMEDIATE, inner SAVEPOINTs).
    Transaction transaction();

    // Maps the last error of a query to an Error (busy/locked becomes DatabaseLocked).
    static Error errorOf(const QSqlQuery& query, const QString& what);

    // Column names of a table, cached; empty when the table does not exist.
    const QStringList& columnsOf(const QString& table);

private:
    friend class Transaction;
    Database() = default;
    Result<void> configure();
    Result<void> migrate();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<QLockFile> m_lock;
    QHash<QString, QSqlQuery*> m_statements;
    QHash<QString, SqlStatement*> m_raw;
    QHash<QString, QStringList> m_columns;
    int m_depth = 0;
    bool m_created = false;
};

} // namespace regie
