#include "SqlStatement.h"

#include <sqlite3.h>

namespace regie {

SqlStatement::SqlStatement(sqlite3* db, const QString& sql) : m_db(db), m_sql(sql)
{
    if (!m_db) {
        m_message = QStringLiteral("no SQLite connection");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    m_code = sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()),
                                SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (m_code != SQLITE_OK) {
        m_message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqlStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqlStatement::bind(int index, const QString& text)
{
    // SQLITE_STATIC: the caller keeps the text alive until run() returns.
    sqlite3_bind_text16(m_stmt, index, text.utf16(), static_cast<int>(text.size() * 2),
                        SQLITE_STATIC);
}

void SqlStatement::bindAscii(int index, const QByteArray& text)
{
    sqlite3_bind_text(m_stmt, index, text.constData(), static_cast<int>(text.size()),
                      SQLITE_STATIC);
}

void SqlStatement::bind(int index, const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        if (value.typeId() == QMetaType::QString) // a null text is stored as ''
            sqlite3_bind_text(m_stmt, index, "", 0, SQLITE_STATIC);
        else
            sqlite3_bind_null(m_stmt, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Bool: sqlite3_bind_int64(m_stmt, index, value.toLongLong()); return;
    case QMetaType::Double:
    case QMetaType::Float: sqlite3_bind_double(m_stmt, index, value.toDouble()); return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(m_stmt, index, bytes.constData(), static_cast<int>(bytes.size()),
                          SQLITE_TRANSIENT);
        return;
    }
    case QMetaType::QString: {
        // The variant shares the text with the caller's value, which outlives run().
        const QString* text = static_cast<const QString*>(value.constData());
        bind(index, *text);
        return;
    }
    default: {
        const QString text = value.toString();
        sqlite3_bind_text16(m_stmt, index, text.utf16(), static_cast<int>(text.size() * 2),
                            SQLITE_TRANSIENT);
        return;
    }
    }
}

bool SqlStatement::run()
{
    if (!m_stmt)
        return false;
    m_code = sqlite3_step(m_stmt);
    while (m_code == SQLITE_ROW)
        m_code = sqlite3_step(m_stmt);
    const bool done = m_code == SQLITE_DONE;
    if (done) {
        m_changes = sqlite3_changes(m_db);
        m_lastRowid = sqlite3_last_insert_rowid(m_db);
    } else {
        m_message = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    sqlite3_reset(m_stmt); // every caller binds every value before the next run()
    return done;
}

bool SqlStatement::probe(bool* found)
{
    if (!m_stmt)
        return false;
    m_code = sqlite3_step(m_stmt);
    const bool ok = m_code == SQLITE_ROW || m_code == SQLITE_DONE;
    *found = m_code == SQLITE_ROW;
    if (!ok)
        m_message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    return ok;
}

Error SqlStatement::error(const QString& what) const
{
    const int primary = m_code & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return makeError(ErrorCode::DatabaseLocked, m_message);
    return makeError(ErrorCode::Sql, QStringLiteral("%1: %2").arg(what, m_message));
}

} // namespace regie
