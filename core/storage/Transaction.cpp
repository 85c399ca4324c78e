#include "Transaction.h"

#include "Database.h"

namespace regie {

namespace {
QString savepointName(int level)
{
    return QStringLiteral("regie_sp%1").arg(level);
}
} // namespace

Transaction::Transaction(Database& db) : m_db(&db)
{
    if (db.m_depth == 0)
        db.finishStatements();
    m_level = ++db.m_depth;
    m_status = m_level == 1 ? db.exec(QStringLiteral("BEGIN IMMEDIATE"))
                            : db.exec(QStringLiteral("SAVEPOINT ") + savepointName(m_level));
    m_open = m_status.ok();
    if (!m_open)
        --db.m_depth;
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db), m_level(other.m_level), m_open(other.m_open), m_status(other.m_status)
{
    other.m_open = false;
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return m_status.ok() ? makeError(ErrorCode::Usage, QStringLiteral("transaction closed"))
                             : m_status;
    auto result = m_level == 1
                      ? m_db->exec(QStringLiteral("COMMIT"))
                      : m_db->exec(QStringLiteral("RELEASE ") + savepointName(m_level));
    if (!result.ok()) {
        rollback();
        return result;
    }
    m_open = false;
    --m_db->m_depth;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    if (m_level == 1) {
        (void)m_db->exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db->exec(QStringLiteral("ROLLBACK TO ") + savepointName(m_level));
        (void)m_db->exec(QStringLiteral("RELEASE ") + savepointName(m_level));
    }
    m_open = false;
    --m_db->m_depth;
}

} // namespace regie
