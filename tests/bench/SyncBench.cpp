// Export and import of N changes through a sync bundle (the issue: N = 100,000, each <= 5 s and
// at most 3x a plain SQLite insert of the same rows in one transaction; peak memory <= 300 MB
// whatever the bundle size). Prints the figures; asserts nothing about speed.
//
// The baseline, "plain insert": the bundle's change rows, every part of each (sequence, action,
// stamp, installation, user, entity, record, operation, field, old and new value), read from the
// sender beforehand and inserted with one prepared statement into a table without any index, in
// one transaction, through SQLite's own API. A narrower reference is printed too: four short
// columns per row through QSqlQuery (the baseline of sessions 1 to 3).
//
// Usage: regie_bench_sync [N] [--edits]   (default 100000; REGIE_BENCH_SMOKE=1: N = 400)
// --edits: the laptop first receives N/10 premises (not timed); the bundle measured then holds
// N edits of their notes, the everyday case after a first exchange.
// Export, import and the baselines each run in this process, timed alike; memory is printed as
// the growth above the step's start: private memory, and the peak resident size including the
// mapped database file.
// REGIE_BENCH_DIR picks the folder for the databases; REGIE_BENCH_KEEP=1 leaves them there (to
// look at their pages with sqlite3's dbstat, say).

#include "BenchWorkspace.h"
#include "storage/ChangeSet.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"
#include "sync/Digest.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "sync/TrustStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <array>
#include <cstdio>
#include <optional>
#include <vector>
#include <sys/resource.h>

using namespace regie;

namespace {

struct Site
{
    SystemClock clock;
    std::unique_ptr<Workspace> ws;
    std::optional<security::InstallationKeys> keys;
};

std::unique_ptr<Site> openSite(const QString& path, const QString& code)
{
    auto site = std::make_unique<Site>();
    Workspace::Options options;
    options.path = path;
    options.userName = QStringLiteral("bench");
    options.shortCode = code;
    options.displayName = code;
    options.seedActionPlan = false;
    auto ws = Workspace::open(options, site->clock);
    if (!ws.ok()) {
        std::fprintf(stderr, "open %s: %s\n", qPrintable(path), qPrintable(ws.error().detail));
        std::exit(1);
    }
    site->ws = std::move(ws).value();
    const Installation& self = site->ws->installation();
    site->keys.emplace(
        security::InstallationKeys::generate({self.id, self.shortCode, self.displayName, {}, {}})
            .value());
    return site;
}

// N change records: premises created in actions of 1,000 (create + street + number + notes).
void fill(Site& site, int changes)
{
    const int premises = std::max(1, changes / 4);
    for (int done = 0; done < premises;) {
        ChangeSet cs(QStringLiteral("bench.premises"));
        for (int i = 0; i < 1000 && done < premises; ++i, ++done)
            cs.create(QStringLiteral("premises"),
                      {{QStringLiteral("street"), QStringLiteral("Verversrui")},
                       {QStringLiteral("number"), QString::number(done)},
                       {QStringLiteral("notes"), QStringLiteral("bench row %1").arg(done)}});
        if (!site.ws->writes().apply(cs).ok())
            std::exit(1);
    }
}

// N edits of the notes of the premises there are, in actions of 1,000.
void edit(Site& site, int changes)
{
    QStringList ids;
    QSqlQuery q(site.ws->db().connection());
    q.exec(QStringLiteral("SELECT id FROM premises ORDER BY rowid"));
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    for (int done = 0; done < changes;) {
        ChangeSet cs(QStringLiteral("bench.edit"));
        for (int i = 0; i < 1000 && done < changes; ++i, ++done)
            cs.set(QStringLiteral("premises"),
                   ids.at(qsizetype((qint64(done) * 7919) % ids.size())), // no int overflow
                   QStringLiteral("notes"), QStringLiteral("edit %1").arg(done));
        if (!site.ws->writes().apply(cs).ok())
            std::exit(1);
    }
}

// kB of a line of /proc/self/status ("VmRSS", "VmHWM").
long statusKb(const char* key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key)) + 1).trimmed().split(' ').first().toLong();
    }
    return 0;
}

// CPU time (user + system) of this process so far, in ms.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval& t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

struct Measure
{
    double ms = 0;
    double cpuMs = 0; // user + system time of the step
    double peakMb = 0; // peak resident memory above the start, mapped database pages included
    double heapMb = 0; // private (anonymous) memory above the start, at the end of the step
};

// Runs step here, in this process, as the app would. The peak is measured from the step's start
// (VmHWM reset through /proc/self/clear_refs). QSQLITE maps the database file (mmap_size
// 256 MiB): pages read count in the resident size but are the file's, shared and reclaimable;
// the private memory (RssAnon) is what the step itself holds.
template <typename Step> Measure measured(Step step)
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1) {
        std::fprintf(stderr, "cannot reset the peak resident size\n");
        std::exit(1);
    }
    clear.close();
    const long start = statusKb("VmRSS");
    const long startAnon = statusKb("RssAnon");
    const double cpuStart = cpuMs();
    QElapsedTimer timer;
    timer.start();
    const bool ok = step();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const double cpu = cpuMs() - cpuStart;
    if (!ok) {
        std::fprintf(stderr, "step failed\n");
        std::exit(1);
    }
    return {ms, cpu, double(statusKb("VmHWM") - start) / 1024.0,
            double(statusKb("RssAnon") - startAnon) / 1024.0};
}

// One cell of a change row, held as SQLite will store it.
struct Cell
{
    SqlValue::Type type = SqlValue::Type::Null;
    qint64 integer = 0;
    double real = 0;
    QByteArray bytes;
};

struct Row
{
    qint64 seq = 0;
    std::array<QByteArray, 8> texts; // txn, hlc, installation, user, entity, id, op, field
    Cell oldValue, newValue;
};

Cell cellOf(const SqlValue& v)
{
    return {v.type, v.integer, v.real, v.bytes.toByteArray()};
}

void bindCell(SqlStatement& q, int index, const Cell& c)
{
    switch (c.type) {
    case SqlValue::Type::Null: q.bind(index, QVariant()); return;
    case SqlValue::Type::Integer: q.bind(index, c.integer); return;
    case SqlValue::Type::Real: q.bind(index, QVariant(c.real)); return;
    case SqlValue::Type::Text: q.bindAscii(index, c.bytes); return; // UTF-8 as it is
    case SqlValue::Type::Blob: q.bind(index, QVariant(c.bytes)); return;
    }
}

// The rows a bundle to the laptop carries (those after sequence number from), as the office
// holds them.
std::vector<Row> changeRows(Database& office, qint64 from)
{
    std::vector<Row> rows;
    SqlStatement& q = office.raw(QStringLiteral(
        "SELECT seq, txn, hlc, installation, user_name, entity, entity_id, op, field, old_value, "
        "new_value FROM change_history WHERE seq > ? ORDER BY seq"));
    q.bind(1, from);
    while (q.step()) {
        Row row;
        row.seq = q.columnInt64(0);
        for (int i = 0; i < 8; ++i)
            row.texts[size_t(i)] = q.columnText(i + 1).toByteArray();
        row.oldValue = cellOf(q.column(9));
        row.newValue = cellOf(q.column(10));
        rows.push_back(std::move(row));
    }
    return rows;
}

// The baselines are measured like export and import (measured()).
void createPlainTables(Database& db)
{
    (void)db.exec(QStringLiteral(
        "CREATE TABLE bench_rows (seq INTEGER PRIMARY KEY, txn TEXT, hlc TEXT, installation TEXT, "
        "user_name TEXT, entity TEXT, entity_id TEXT, op TEXT, field TEXT, old_value ANY, "
        "new_value ANY) STRICT"));
    (void)db.exec(QStringLiteral("CREATE TABLE bench_plain (seq INTEGER PRIMARY KEY, "
                                 "entity TEXT, entity_id TEXT, field TEXT, value ANY) STRICT"));
}

bool plainInsert(Database& db, const std::vector<Row>& rows)
{
    SqlStatement& q = db.raw(QStringLiteral(
        "INSERT INTO bench_rows (seq, txn, hlc, installation, user_name, entity, entity_id, op, "
        "field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Transaction tx(db);
    for (const Row& row : rows) {
        q.bind(1, row.seq);
        for (int i = 0; i < 8; ++i)
            q.bindAscii(i + 2, row.texts[size_t(i)]);
        bindCell(q, 10, row.oldValue);
        bindCell(q, 11, row.newValue);
        if (!q.run())
            return false;
    }
    return tx.commit().ok();
}

// The narrower reference of sessions 1 to 3: four short columns, through QSqlQuery.
bool narrowInsert(Database& db, qint64 rows)
{
    Transaction tx(db);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO bench_plain (entity, entity_id, field, value) "
                             "VALUES (?, ?, ?, ?)"));
    for (qint64 i = 0; i < rows; ++i) {
        q.addBindValue(QStringLiteral("premises"));
        q.addBindValue(
            QStringLiteral("6f1c0a6e-2b7d-4a51-9c3e-%1").arg(i, 12, 10, QLatin1Char('0')));
        q.addBindValue(QStringLiteral("notes"));
        q.addBindValue(QStringLiteral("bench row %1").arg(i));
        if (!q.exec())
            return false;
    }
    return tx.commit().ok();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = qEnvironmentVariableIntValue("REGIE_BENCH_SMOKE") == 1;
    const QStringList args = app.arguments().mid(1);
    const bool edits = args.contains(QStringLiteral("--edits"));
    const QStringList numbers = QStringList(args).filter(QRegularExpression(QStringLiteral("^\\d+$")));
    const int n = smoke ? 400 : (numbers.isEmpty() ? 100000 : numbers.first().toInt());
    QTemporaryDir dir(bench::baseDir() + QStringLiteral("/regie-sync-bench-XXXXXX"));
    dir.setAutoRemove(qEnvironmentVariableIntValue("REGIE_BENCH_KEEP") != 1);
    const QString officePath = dir.filePath(QStringLiteral("office.db"));
    const QString laptopPath = dir.filePath(QStringLiteral("laptop.db"));
    const QString bundle = dir.filePath(QStringLiteral("bench.regiebundle"));
    auto office = openSite(officePath, QStringLiteral("OF"));
    auto laptop = openSite(laptopPath, QStringLiteral("FL"));
    const Installation& o = office->ws->installation();
    const Installation& l = laptop->ws->installation();
    if (!TrustStore(office->ws->db())
             .trust(laptop->keys->identity(), QStringLiteral("laptop"), o.id, office->clock)
             .ok() ||
        !TrustStore(laptop->ws->db())
             .trust(office->keys->identity(), QStringLiteral("office"), l.id, laptop->clock)
             .ok())
        return 1;
    ExportOptions exportOptions;
    exportOptions.peerName = QStringLiteral("laptop");
    exportOptions.outPath = bundle;
    qint64 before = 0; // the office's last sequence number before the bundle measured
    if (edits) {
        fill(*office, n / 10 * 4); // n / 10 premises
        ImportOptions first;
        first.writeReceipt = false;
        if (!SyncExporter(*office->ws).run(*office->keys, exportOptions).ok() ||
            !SyncImporter(*laptop->ws).run(bundle, *laptop->keys, first).ok())
            return 1;
        QSqlQuery top(office->ws->db().connection());
        top.exec(QStringLiteral("SELECT max(seq) FROM change_log"));
        before = top.next() ? top.value(0).toLongLong() : 0;
        top.finish();
        exportOptions.since = before;
        edit(*office, n);
    } else {
        fill(*office, n);
    }

    const auto exported =
        measured([&] { return SyncExporter(*office->ws).run(*office->keys, exportOptions).ok(); });
    ImportOptions importOptions;
    importOptions.writeReceipt = false;
    const auto imported = measured([&] {
        auto r = SyncImporter(*laptop->ws).run(bundle, *laptop->keys, importOptions);
        if (!r.ok())
            std::fprintf(stderr, "import: %s\n", qPrintable(r.error().detail));
        return r.ok();
    });
    const bool same =
        Digest::compute(office->ws->db()).value() == Digest::compute(laptop->ws->db()).value();
    const std::vector<Row> rows = changeRows(office->ws->db(), before);
    const qint64 changes = qint64(rows.size());
    createPlainTables(laptop->ws->db());
    const Measure plainTiming = measured([&] { return plainInsert(laptop->ws->db(), rows); });
    const double plain = plainTiming.ms;
    const double narrow = measured([&] { return narrowInsert(laptop->ws->db(), changes); }).ms;

    std::printf("changes           %lld %s (digests %s)\n", static_cast<long long>(changes),
                edits ? "edits of records the laptop holds" : "(new records)",
                same ? "agree" : "DIFFER");
    std::printf("bundle            %.1f MB\n", double(QFileInfo(bundle).size()) / 1e6);
    for (const auto& [name, m] : {std::pair{"export", exported}, std::pair{"import", imported}})
        std::printf("%-17s %8.0f ms  %.2fx plain  %.2fx narrow  cpu %6.0f ms  %.2fx plain  "
                    "memory: private +%.1f MB, peak +%.1f MB\n",
                    name, m.ms, m.ms / plain, m.ms / narrow, m.cpuMs, m.cpuMs / plainTiming.cpuMs,
                    m.heapMb, m.peakMb);
    std::printf("plain insert      %8.0f ms  cpu %6.0f ms  (the %zu change rows, every part, one "
                "transaction)\n",
                plain, plainTiming.cpuMs, rows.size());
    std::printf("narrow insert     %8.0f ms  (as many rows of 4 short columns, QSqlQuery)\n",
                narrow);
    return same ? 0 : 1;
}
