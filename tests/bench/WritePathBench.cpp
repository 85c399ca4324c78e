// N single-field edits through the write path versus plain prepared statements on the same
// connection. Target (the issue): the write path costs at most 3x the plain insert of the same
// rows in one transaction. Speed is printed, never asserted; see docs/performance.md.
//
// Every run starts from a fresh copy of a database with N persons (not timed). Every timed round
// writes new values (so the write path skips no field as unchanged) and starts with an empty WAL;
// the values, the change sets and the reset happen with the timer paused. Each timed round
// includes its COMMIT (WAL, synchronous=FULL, as Database::open sets them), so rates use wall time.
//
// REGIE_BENCH_SMOKE=1 runs every benchmark once with N=200: the ctest smoke test, which proves
// only that the benchmark still runs. REGIE_BENCH_DIR picks the folder for the databases;
// REGIE_BENCH_PRAGMAS="cache_size=-65536;temp_store=MEMORY" runs extra pragmas after opening
// (an experiment knob; by default the settings are Database::open's).
#include "BenchWorkspace.h"

#include "storage/ChangeSet.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/WritePath.h"

#include "CheckingReporter.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>
#include <string>
#include <vector>

using regie::ChangeSet;
using regie::Transaction;
using regie::bench::BenchWorkspace;

namespace {

const QString kPersons = QStringLiteral("persons");
const QString kNotes = QStringLiteral("notes");

QString noteFor(int round, int row)
{
    return QStringLiteral("round %1 row %2").arg(round).arg(row);
}

QStringList notesFor(int round, int n)
{
    QStringList notes;
    notes.reserve(n);
    for (int i = 0; i < n; ++i)
        notes << noteFor(round, i);
    return notes;
}

void skip(benchmark::State& state, const QString& why)
{
    state.SkipWithError(why.toStdString().c_str());
}

int scalar(BenchWorkspace& bw, const QString& sql)
{
    QSqlQuery q(bw.db().connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// After the loop, outside the timing: the last round's values are what the persons hold.
void checkLastRound(benchmark::State& state, BenchWorkspace& bw, int round, int n)
{
    const int found = scalar(bw, QStringLiteral("SELECT count(*) FROM persons WHERE notes LIKE "
                                                "'round %1 row %'")
                                     .arg(round));
    if (!state.error_occurred() && found != n)
        skip(state,
             QStringLiteral("%1 persons hold round %2 instead of %3").arg(found).arg(round).arg(n));
}

// Bytes this process read and wrote through system calls (/proc/self/io rchar and wchar):
// SQLite's page reads that missed its cache, WAL appends, checkpoints. Zero where unavailable.
struct IoBytes
{
    qint64 read = 0;
    qint64 written = 0;
};

IoBytes ioNow()
{
    IoBytes io;
    QFile file(QStringLiteral("/proc/self/io"));
    if (!file.open(QIODevice::ReadOnly))
        return io;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("rchar: "))
            io.read = line.mid(7).toLongLong();
        else if (line.startsWith("wchar: "))
            io.written = line.mid(7).toLongLong();
    }
    return io;
}

// Runs the timed rounds of one benchmark. prepare(round) builds the round's input with the timer
// paused (false: failed, see bw.error()); run(round) is timed and returns an error text or an
// empty string. Every round starts after a checkpoint. Reports items/s (wall time), and the bytes
// read and written per item in the timed part only.
template <typename Prepare, typename Run>
void runRounds(benchmark::State& state, BenchWorkspace& bw, int n, Prepare prepare, Run run)
{
    IoBytes timed, mark;
    int round = -1;
    for (auto _ : state) {
        state.PauseTiming();
        if (round >= 0) {
            const IoBytes now = ioNow();
            timed.read += now.read - mark.read;
            timed.written += now.written - mark.written;
        }
        const bool ready = prepare(++round) && bw.checkpoint();
        mark = ioNow();
        state.ResumeTiming();
        if (!ready) {
            skip(state, bw.error());
            break;
        }
        if (const QString failure = run(round); !failure.isEmpty()) {
            skip(state, failure);
            break;
        }
    }
    const IoBytes now = ioNow();
    timed.read += now.read - mark.read;
    timed.written += now.written - mark.written;
    const double items = static_cast<double>(state.iterations()) * n;
    state.SetItemsProcessed(state.iterations() * n);
    if (items > 0) {
        state.counters["rd_B/item"] = static_cast<double>(timed.read) / items;
        state.counters["wr_B/item"] = static_cast<double>(timed.written) / items;
    }
}

// One ChangeSet with N single-field edits, applied with WritePath::apply: one transaction, one
// audit record, N change-log records.
void BM_WritePathEdits(benchmark::State& state)
{
    const int n = static_cast<int>(state.range(0));
    BenchWorkspace bw(n);
    if (!bw.ok())
        return skip(state, bw.error());
    std::optional<ChangeSet> cs;
    const auto prepare = [&](int round) {
        cs.emplace(QStringLiteral("bench.edit"));
        for (int i = 0; i < n; ++i)
            cs->set(kPersons, bw.personIds().at(i), kNotes, noteFor(round, i));
        return true;
    };
    const auto run = [&](int) {
        const auto receipt = bw.writes().apply(*cs);
        if (!receipt.ok())
            return receipt.error().detail;
        return receipt->changes == n ? QString()
                                     : QStringLiteral("%1 changes").arg(receipt->changes);
    };
    runRounds(state, bw, n, prepare, run);
    checkLastRound(state, bw, static_cast<int>(state.iterations()) - 1, n);
}

// N actions of one edit each (N ChangeSets, N WritePath::apply calls, so N savepoints, N audit
// records) inside one outer db.transaction(): the cost per user action.
void BM_WritePathPerAction(benchmark::State& state)
{
    const int n = static_cast<int>(state.range(0));
    BenchWorkspace bw(n);
    if (!bw.ok())
        return skip(state, bw.error());
    std::vector<ChangeSet> actions;
    actions.reserve(static_cast<size_t>(n));
    const auto prepare = [&](int round) {
        actions.clear();
        for (int i = 0; i < n; ++i) {
            actions.emplace_back(QStringLiteral("bench.edit"));
            actions.back().set(kPersons, bw.personIds().at(i), kNotes, noteFor(round, i));
        }
        return true;
    };
    const auto run = [&](int) {
        Transaction tx = bw.db().transaction();
        if (!tx.status().ok())
            return tx.status().error().detail;
        for (const ChangeSet& action : actions) {
            const auto receipt = bw.writes().apply(action);
            if (!receipt.ok())
                return receipt.error().detail;
            if (receipt->changes != 1)
                return QStringLiteral("%1 changes").arg(receipt->changes);
        }
        const auto committed = tx.commit();
        return committed.ok() ? QString() : committed.error().detail;
    };
    runRounds(state, bw, n, prepare, run);
    checkLastRound(state, bw, static_cast<int>(state.iterations()) - 1, n);
}

// N executions of one prepared statement binding (first[i], second[i]), in one transaction.
QString runPrepared(BenchWorkspace& bw, QSqlQuery& query, const QStringList& first,
                    const QStringList& second)
{
    Transaction tx = bw.db().transaction();
    if (!tx.status().ok())
        return tx.status().error().detail;
    for (qsizetype i = 0; i < first.size(); ++i) {
        query.bindValue(0, first.at(i));
        query.bindValue(1, second.at(i));
        if (!query.exec())
            return query.lastError().text();
    }
    const auto committed = tx.commit();
    return committed.ok() ? QString() : committed.error().detail;
}

// N prepared INSERTs of (id, notes) into plain_rows, one transaction, the same connection.
void BM_PlainInsert(benchmark::State& state)
{
    const int n = static_cast<int>(state.range(0));
    BenchWorkspace bw(n);
    if (!bw.ok())
        return skip(state, bw.error());
    QSqlQuery insert(bw.db().connection());
    if (!insert.prepare(QStringLiteral("INSERT INTO plain_rows (id, notes) VALUES (?, ?)")))
        return skip(state, insert.lastError().text());
    QStringList notes;
    const auto prepare = [&](int round) {
        notes = notesFor(round, n);
        return bw.exec(QStringLiteral("DELETE FROM plain_rows"));
    };
    const auto run = [&](int) { return runPrepared(bw, insert, bw.personIds(), notes); };
    runRounds(state, bw, n, prepare, run);
    if (!state.error_occurred() &&
        scalar(bw, QStringLiteral("SELECT count(*) FROM plain_rows")) != n)
        skip(state, QStringLiteral("plain_rows does not hold %1 rows").arg(n));
}

// N prepared INSERTs of whole person rows (id, kind, names, notes) into plain_persons, a table
// with the persons table's definition and indexes: the same rows the edits touch, inserted.
void BM_PlainInsertPersons(benchmark::State& state)
{
    const int n = static_cast<int>(state.range(0));
    BenchWorkspace bw(n);
    if (!bw.ok())
        return skip(state, bw.error());
    QSqlQuery insert(bw.db().connection());
    if (!insert.prepare(QStringLiteral("INSERT INTO plain_persons (id, kind, family_name, "
                                       "given_names, notes) VALUES (?, 'natural', ?, 'Given', ?)")))
        return skip(state, insert.lastError().text());
    QStringList names, notes;
    for (int i = 0; i < n; ++i)
        names << QStringLiteral("Family %1").arg(i);
    const auto prepare = [&](int round) {
        notes = notesFor(round, n);
        return bw.exec(QStringLiteral("DELETE FROM plain_persons"));
    };
    const auto run = [&](int) {
        Transaction tx = bw.db().transaction();
        if (!tx.status().ok())
            return tx.status().error().detail;
        for (int i = 0; i < n; ++i) {
            insert.bindValue(0, bw.personIds().at(i));
            insert.bindValue(1, names.at(i));
            insert.bindValue(2, notes.at(i));
            if (!insert.exec())
                return insert.lastError().text();
        }
        const auto committed = tx.commit();
        return committed.ok() ? QString() : committed.error().detail;
    };
    runRounds(state, bw, n, prepare, run);
    if (!state.error_occurred() &&
        scalar(bw, QStringLiteral("SELECT count(*) FROM plain_persons")) != n)
        skip(state, QStringLiteral("plain_persons does not hold %1 rows").arg(n));
}

// N prepared UPDATE persons SET notes = ? WHERE id = ?, one transaction: the same row writes as
// the write path, without its reads, change log and audit.
void BM_PlainUpdate(benchmark::State& state)
{
    const int n = static_cast<int>(state.range(0));
    BenchWorkspace bw(n);
    if (!bw.ok())
        return skip(state, bw.error());
    QSqlQuery update(bw.db().connection());
    if (!update.prepare(QStringLiteral("UPDATE persons SET notes = ? WHERE id = ?")))
        return skip(state, update.lastError().text());
    QStringList notes;
    const auto prepare = [&](int round) {
        notes = notesFor(round, n);
        return true;
    };
    const auto run = [&](int) { return runPrepared(bw, update, notes, bw.personIds()); };
    runRounds(state, bw, n, prepare, run);
    checkLastRound(state, bw, static_cast<int>(state.iterations()) - 1, n);
}

// Rounds per run: enough for a stable mean, few enough that 3 repetitions of everything take
// about two minutes on two cores.
int roundsFor(int n)
{
    return n <= 1000 ? 10 : n <= 10000 ? 3 : 1;
}

void registerAll(bool smoke)
{
    using Fn = void (*)(benchmark::State&);
    const std::pair<const char*, Fn> benchmarks[] = {
        {"BM_WritePathEdits", BM_WritePathEdits},
        {"BM_WritePathPerAction", BM_WritePathPerAction},
        {"BM_PlainInsert", BM_PlainInsert},
        {"BM_PlainInsertPersons", BM_PlainInsertPersons},
        {"BM_PlainUpdate", BM_PlainUpdate}};
    const std::vector<int> sizes =
        smoke ? std::vector<int>{200} : std::vector<int>{1000, 10000, 100000};
    for (const auto& [name, fn] : benchmarks) {
        for (const int n : sizes) {
            // 100,000 separate actions in one transaction is no user's workload, and at ~2x the
            // batch's cost it would take a third of the run: the two smaller sizes show the cost.
            if (fn == BM_WritePathPerAction && n > 10000)
                continue;
            benchmark::RegisterBenchmark(name, fn)
                ->Arg(n)
                ->Iterations(smoke ? 1 : roundsFor(n))
                ->Unit(benchmark::kMillisecond)
                ->UseRealTime();
        }
    }
}

void addContext()
{
    benchmark::AddCustomContext("regie_bench_dir", regie::bench::baseDir().toStdString());
    benchmark::AddCustomContext("qt_version", qVersion());
    const QStringList pragmas = regie::bench::pragmas();
    benchmark::AddCustomContext("extra_pragmas",
                                pragmas.isEmpty() ? std::string("none (Database::open's settings)")
                                                  : pragmas.join(QLatin1Char(';')).toStdString());
    const QString name = QStringLiteral("regie-bench-version");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QSqlQuery q(db);
        if (db.open() && q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
            benchmark::AddCustomContext("sqlite_version", q.value(0).toString().toStdString());
    }
    QSqlDatabase::removeDatabase(name);
}

// The console reporter, remembering whether a run failed, so that the smoke test fails with it.
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // Qt Sql needs the application object
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    const bool smoke = qEnvironmentVariableIntValue("REGIE_BENCH_SMOKE") == 1;
    registerAll(smoke);
    addContext();
    regie::bench::CheckingReporter reporter;
    const size_t ran = benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return ran > 0 && !reporter.failed() ? 0 : 1;
}
