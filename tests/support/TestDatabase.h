#pragma once

#include "common/Clock.h"
#include "storage/Workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace regie::test {

// A fresh Regie database in a temporary folder, with a fixed clock (2026-11-28 10:00 UTC),
// installation code "TS" and user "tester". Removed when the object goes.
class TestDatabase
{
public:
    explicit TestDatabase(bool seedActionPlan = false);

    Workspace& ws() { return *m_ws; }
    Database& db() { return m_ws->db(); }
    WritePath& writes() { return m_ws->writes(); }
    FixedClock& clock() { return m_clock; }
    QString path() const { return m_dir.filePath(QStringLiteral("regie.db")); }
    QString dir() const { return m_dir.path(); }

    // Number of rows in a table (helper for assertions).
    int count(const QString& table, const QString& where = {});

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<Workspace> m_ws;
};

} // namespace regie::test
