#include "BenchWorkspace.h"

#include "storage/ChangeSet.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <map>
#include <utility>

namespace regie::bench {

namespace {

Workspace::Options optionsFor(const QString& path)
{
    Workspace::Options options;
    options.path = path;
    options.userName = QStringLiteral("bench");
    options.shortCode = QStringLiteral("BN");
    options.displayName = QStringLiteral("Benchmark");
    options.seedActionPlan = false;
    return options;
}

// Builds the template database for `persons` persons (in one write-path action, as an import
// would) and closes it, so that its WAL is folded in and the single file can be copied.
bool buildTemplate(const QString& path, int persons, QString* error)
{
    SystemClock clock;
    auto opened = Workspace::open(optionsFor(path), clock);
    if (!opened.ok()) {
        *error = QStringLiteral("template: ") + opened.error().detail;
        return false;
    }
    std::unique_ptr<Workspace> ws = std::move(opened).value();
    ChangeSet cs(QStringLiteral("bench.seed"));
    for (int i = 0; i < persons; ++i) {
        cs.create(QStringLiteral("persons"),
                  {{QStringLiteral("kind"), QStringLiteral("natural")},
                   {QStringLiteral("family_name"), QStringLiteral("Family %1").arg(i)},
                   {QStringLiteral("given_names"), QStringLiteral("Given")},
                   {QStringLiteral("notes"), QStringLiteral("seed")}});
    }
    if (auto applied = ws->writes().apply(cs); !applied.ok()) {
        *error = QStringLiteral("seed: ") + applied.error().detail;
        return false;
    }
    if (auto created = ws->db().exec(QStringLiteral("CREATE TABLE plain_rows (id TEXT PRIMARY KEY, "
                                                    "notes TEXT NOT NULL DEFAULT '') STRICT"));
        !created.ok()) {
        *error = QStringLiteral("plain_rows: ") + created.error().detail;
        return false;
    }
    // plain_persons: the persons table's own definition and indexes under another name, for
    // plain inserts of whole person rows.
    QSqlQuery ddl(ws->db().connection());
    QStringList statements;
    if (!ddl.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = 'persons' AND "
                                 "type IN ('table', 'index') AND sql IS NOT NULL ORDER BY type "
                                 "DESC"))) {
        *error = QStringLiteral("plain_persons: ") + ddl.lastError().text();
        return false;
    }
    while (ddl.next())
        statements << ddl.value(0).toString()
                          .replace(QStringLiteral("CREATE TABLE persons"),
                                   QStringLiteral("CREATE TABLE plain_persons"))
                          .replace(QStringLiteral("INDEX persons_"),
                                   QStringLiteral("INDEX plain_persons_"))
                          .replace(QStringLiteral(" ON persons "), QStringLiteral(" ON plain_persons "));
    ddl.finish();
    for (const QString& statement : std::as_const(statements)) {
        if (auto created = ws->db().exec(statement); !created.ok()) {
            *error = QStringLiteral("plain_persons: ") + created.error().detail;
            return false;
        }
    }
    return true;
}

// One template per size, built on first use and removed at exit.
QString templateFor(int persons, QString* error)
{
    static QTemporaryDir dir(baseDir() + QStringLiteral("/regie-bench-template-XXXXXX"));
    static std::map<int, QString> built;
    if (const auto it = built.find(persons); it != built.end())
        return it->second;
    if (!dir.isValid()) {
        *error = QStringLiteral("cannot create a folder in %1").arg(baseDir());
        return {};
    }
    const QString path = dir.filePath(QStringLiteral("template-%1.db").arg(persons));
    if (!buildTemplate(path, persons, error))
        return {};
    built.emplace(persons, path);
    return path;
}

} // namespace

QStringList pragmas()
{
    return qEnvironmentVariable("REGIE_BENCH_PRAGMAS").split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

QString baseDir()
{
    const QString dir = qEnvironmentVariable("REGIE_BENCH_DIR");
    return dir.isEmpty() ? QDir::tempPath() : dir;
}

BenchWorkspace::BenchWorkspace(int persons)
{
    if (!open(persons))
        m_ws.reset();
}

BenchWorkspace::~BenchWorkspace() = default;

bool BenchWorkspace::open(int persons)
{
    const QString source = templateFor(persons, &m_error);
    if (source.isEmpty())
        return false;
    m_dir = std::make_unique<QTemporaryDir>(baseDir() + QStringLiteral("/regie-bench-XXXXXX"));
    const QString path = m_dir->filePath(QStringLiteral("regie.db"));
    if (!m_dir->isValid() || !QFile::copy(source, path)) {
        m_error = QStringLiteral("cannot copy %1 to %2").arg(source, path);
        return false;
    }
    auto opened = Workspace::open(optionsFor(path), m_clock);
    if (!opened.ok()) {
        m_error = opened.error().detail;
        return false;
    }
    m_ws = std::move(opened).value();
    m_busyAfterOpen = resetBusyStatements();
    // An experiment knob, empty by default: pragmas to run after opening, separated by ';'
    // (e.g. "cache_size=-65536;temp_store=MEMORY"), to measure what a change in
    // Database::configure would bring before making it.
    for (const QString& pragma : pragmas()) {
        if (!exec(QStringLiteral("PRAGMA ") + pragma))
            return false;
    }
    QSqlQuery q(m_ws->db().connection());
    if (!q.exec(QStringLiteral("SELECT id FROM persons ORDER BY rowid"))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next())
        m_ids << q.value(0).toString();
    if (m_ids.size() != persons) {
        m_error = QStringLiteral("%1 persons instead of %2").arg(m_ids.size()).arg(persons);
        return false;
    }
    return true;
}

int BenchWorkspace::resetBusyStatements()
{
    sqlite3* connection = m_ws->db().sqliteHandle();
    if (!connection)
        return -1;
    int busy = 0;
    for (sqlite3_stmt* s = sqlite3_next_stmt(connection, nullptr); s != nullptr;
         s = sqlite3_next_stmt(connection, s)) {
        if (sqlite3_stmt_busy(s) != 0) {
            sqlite3_reset(s);
            ++busy;
        }
    }
    return busy;
}

bool BenchWorkspace::checkpoint()
{
    resetBusyStatements();
    return exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

bool BenchWorkspace::exec(const QString& sql)
{
    if (auto done = m_ws->db().exec(sql); !done.ok()) {
        m_error = sql + QStringLiteral(": ") + done.error().detail;
        return false;
    }
    return true;
}

} // namespace regie::bench
