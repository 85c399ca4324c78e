#include "TestDatabase.h"

#include <QSqlQuery>


#include <stdexcept>

namespace regie::test {

TestDatabase::TestDatabase(bool seedActionPlan)
    : m_clock(QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC))
{
    Workspace::Options options;
    options.path = path();
    options.userName = QStringLiteral("tester");
    options.shortCode = QStringLiteral("TS");
    options.displayName = QStringLiteral("Test installation");
    options.seedActionPlan = seedActionPlan;
    auto ws = Workspace::open(options, m_clock);
    if (!ws.ok())
        throw std::runtime_error(ws.error().detail.toStdString());
    m_ws = std::move(ws).value();
}

int TestDatabase::count(const QString& table, const QString& where)
{
    QSqlQuery q(db().connection());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table +
           (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace regie::test
