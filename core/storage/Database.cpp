#include "Database.h"

#include "ChangeIndex.h"
#include "Migrations.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

#include <atomic>

namespace regie {

namespace {

std::atomic<int> s_connectionCounter{0};

// A non-empty file must start with SQLite's magic header; anything else is refused untouched.
Result<void> checkFileHeader(const QString& path)
{
    QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, file.errorString());
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        return makeError(ErrorCode::NotRegieDatabase,
                         QStringLiteral("%1 is not an SQLite database").arg(path));
    return {};
}

bool isLockError(const QString& text)
{
    return text.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("busy"), Qt::CaseInsensitive);
}

} // namespace

Database::~Database()
{
    qDeleteAll(m_raw); // finalized before the connection closes
    m_raw.clear();
    qDeleteAll(m_statements);
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Lock lock)
{
    if (auto header = checkFileHeader(path); !header.ok())
        return header.error();

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    if (lock == Lock::Exclusive) {
        db->m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        db->m_lock->setStaleLockTime(0);
        if (!db->m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            db->m_lock->getLockInfo(&pid, &host, &app);
            return makeError(ErrorCode::DatabaseLocked,
                             QStringLiteral("process %1 on %2").arg(pid).arg(host));
        }
    }
    db->m_created = !QFileInfo::exists(path) || QFileInfo(path).size() == 0;
    db->m_connectionName = QStringLiteral("regie-%1").arg(++s_connectionCounter);
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!db->m_db.open())
        return makeError(ErrorCode::DatabaseOpen, db->m_db.lastError().text());
    if (auto configured = db->configure(); !configured.ok())
        return configured.error();
    if (auto migrated = db->migrate(); !migrated.ok())
        return migrated.error();
    return db;
}

Result<void> Database::configure()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return isLockError(query.lastError().text())
                   ? makeError(ErrorCode::DatabaseLocked, query.lastError().text())
                   : makeError(ErrorCode::NotRegieDatabase, query.lastError().text());
    const bool empty = query.value(0).toInt() == 0;
    query.exec(QStringLiteral("PRAGMA application_id"));
    const int appId = query.next() ? query.value(0).toInt() : 0;
    query.finish(); // an unfinished statement holds a read transaction: WAL could not be set
    if (!empty && appId != ApplicationId)
        return makeError(ErrorCode::NotRegieDatabase,
                         QStringLiteral("%1 holds tables of another program").arg(m_path));
    if (const int version = schemaVersion(); version > latestSchemaVersion())
        return makeError(ErrorCode::DatabaseTooNew,
                         QStringLiteral("%1").arg(version));
    // A 64 MiB page cache keeps the change log's indexes in memory; temporary files (savepoint
    // journals) stay in memory too; reads go through a memory map of up to 256 MiB instead of a
    // copy per page (writes still go through the WAL). Measured in docs/performance.md.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA synchronous=FULL", "PRAGMA cache_size=-65536",
                               "PRAGMA temp_store=MEMORY", "PRAGMA mmap_size=268435456"}) {
        if (auto result = exec(QLatin1String(pragma)); !result.ok())
            return result;
    }
    // Before migrating: migration 0013 fills the change log's index with it.
    if (!ChangeIndex::registerKeyFunction(sqliteHandle()))
        return makeError(ErrorCode::DatabaseOpen,
                         QStringLiteral("%1: the change index's key function").arg(m_path));
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

int Database::latestSchemaVersion()
{
    return Migrations::latest();
}

Result<void> Database::migrate()
{
    const int current = schemaVersion();
    for (const auto& migration : Migrations::all()) {
        if (migration.version <= current)
            continue;
        Transaction tx(*this);
        if (!tx.status().ok())
            return tx.status();
        for (const QString& statement : migration.statements) {
            if (auto result = exec(statement); !result.ok())
                return makeError(ErrorCode::Migration, QStringLiteral("%1: %2").arg(
                                     migration.name, result.error().detail));
        }
        if (auto r = exec(QStringLiteral("PRAGMA user_version=%1").arg(migration.version));
            !r.ok())
            return r;
        if (auto r = exec(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId)); !r.ok())
            return r;
        if (auto committed = tx.commit(); !committed.ok())
            return committed;
        m_columns.clear();
    }
    return {};
}

QSqlQuery& Database::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto* query = new QSqlQuery(m_db);
        query->setForwardOnly(true);
        query->prepare(sql);
        it = m_statements.insert(sql, query);
    }
    it.value()->finish();
    return *it.value();
}

SqlStatement& Database::raw(const QString& sql)
{
    auto it = m_raw.find(sql);
    if (it == m_raw.end())
        it = m_raw.insert(sql, new SqlStatement(sqliteHandle(), sql));
    return *it.value();
}

sqlite3* Database::sqliteHandle() const
{
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

void Database::finishStatements()
{
    for (QSqlQuery* query : std::as_const(m_statements)) {
        if (query->isActive())
            query->finish();
    }
}

Result<void> Database::exec(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return errorOf(query, sql.left(60));
    return {};
}

Transaction Database::transaction()
{
    return Transaction(*this);
}

Error Database::errorOf(const QSqlQuery& query, const QString& what)
{
    const QString text = query.lastError().text();
    if (isLockError(text))
        return makeError(ErrorCode::DatabaseLocked, text);
    return makeError(ErrorCode::Sql, QStringLiteral("%1: %2").arg(what, text));
}

const QStringList& Database::columnsOf(const QString& table)
{
    auto it = m_columns.find(table);
    if (it == m_columns.end()) {
        const QSqlRecord record = m_db.record(table);
        QStringList names;
        for (int i = 0; i < record.count(); ++i)
            names << record.fieldName(i);
        it = m_columns.insert(table, names);
    }
    return it.value();
}

} // namespace regie
