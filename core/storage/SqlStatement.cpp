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
        return;
    }
    m_text.resize(size_t(sqlite3_bind_parameter_count(m_stmt)));
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
    if (index < 1 || size_t(index) > m_text.size())
        return; // SQLite would refuse it too (SQLITE_RANGE)
    QByteArray& utf8 = m_text[size_t(index - 1)];
    const qsizetype size = text.size();
    utf8.resize(size); // keeps its capacity from one row to the next
    const QChar* from = text.constData();
    char* to = utf8.data();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t ch = from[i].unicode();
        if (ch >= 0x80) { // not ASCII: Qt converts
            utf8 = text.toUtf8();
            break;
        }
        to[i] = char(ch);
    }
    // SQLITE_STATIC: the buffer is this statement's and keeps the text until the next bind.
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
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
    case QMetaType::QString:
        bind(index, *static_cast<const QString*>(value.constData()));
        return;
    default: bind(index, value.toString()); return;
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

bool SqlStatement::step()
{
    m_failed = m_stmt == nullptr;
    if (m_failed)
        return false;
    m_code = sqlite3_step(m_stmt);
    if (m_code == SQLITE_ROW)
        return true;
    if (m_code != SQLITE_DONE) {
        m_failed = true;
        m_message = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    sqlite3_reset(m_stmt);
    return false;
}

void SqlStatement::reset()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
}

qint64 SqlStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArrayView SqlStatement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_stmt, column));
}

SqlValue SqlStatement::column(int column) const
{
    SqlValue v;
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        v.type = SqlValue::Type::Integer;
        v.integer = sqlite3_column_int64(m_stmt, column);
        break;
    case SQLITE_FLOAT:
        v.type = SqlValue::Type::Real;
        v.real = sqlite3_column_double(m_stmt, column);
        break;
    case SQLITE_TEXT:
        v.type = SqlValue::Type::Text;
        v.bytes = columnText(column);
        break;
    case SQLITE_BLOB: {
        v.type = SqlValue::Type::Blob;
        const auto* blob = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        v.bytes = QByteArrayView(blob, sqlite3_column_bytes(m_stmt, column));
        break;
    }
    default: break;
    }
    return v;
}

QVariant SqlStatement::value(int index) const
{
    const SqlValue v = column(index);
    switch (v.type) {
    case SqlValue::Type::Integer: return qlonglong(v.integer);
    case SqlValue::Type::Real: return v.real;
    case SqlValue::Type::Text: return QString::fromUtf8(v.bytes);
    case SqlValue::Type::Blob: return v.bytes.toByteArray();
    case SqlValue::Type::Null: break;
    }
    return QVariant();
}

Error SqlStatement::error(const QString& what) const
{
    const int primary = m_code & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return makeError(ErrorCode::DatabaseLocked, m_message);
    return makeError(ErrorCode::Sql, QStringLiteral("%1: %2").arg(what, m_message));
}

} // namespace regie
