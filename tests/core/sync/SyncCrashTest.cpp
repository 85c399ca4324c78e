// kill -9 at any moment of an import leaves the database as it was before or as after, never in
// between; importing again finishes the job.

#include "SyncSite.h"

#include <QTemporaryDir>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace regie;
using namespace regie::test;

namespace {

// The child opens the laptop's database afresh (its own connection) and imports the bundle.
[[noreturn]] void importInChild(const QString& dbPath, const QString& bundle,
                                const security::InstallationKeys& keys)
{
    FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(11, 0), Qt::UTC));
    Workspace::Options options;
    options.path = dbPath;
    options.userName = QStringLiteral("child");
    options.seedActionPlan = false;
    auto ws = Workspace::open(options, clock);
    if (!ws.ok())
        _exit(3);
    ImportOptions quiet;
    quiet.writeReceipt = false;
    auto result = SyncImporter(*ws.value()).run(bundle, keys, quiet);
    _exit(result.ok() ? 0 : 4);
}

} // namespace

TEST_CASE("killing an import at any moment leaves the data whole", "[sync][crash]")
{
    QTemporaryDir dir;
    SyncSite office(QStringLiteral("office")), laptop(QStringLiteral("laptop"));
    pair(office, laptop);
    ChangeSet many(QStringLiteral("test.many"));
    for (int i = 0; i < 3000; ++i)
        many.create(QStringLiteral("premises"),
                    {{QStringLiteral("street"), QStringLiteral("Verversrui")},
                     {QStringLiteral("number"), QString::number(i)},
                     {QStringLiteral("notes"), QStringLiteral("n")}});
    REQUIRE(office.t.writes().apply(many).ok());
    const QString bundle = dir.filePath(QStringLiteral("big.regiebundle"));
    REQUIRE(office.exportTo(laptop, bundle).ok());
    const QString before = laptop.digest();
    const QString after = office.digest();

    int interrupted = 0;
    for (int delayMs : {0, 3, 10, 25, 50, 100, 200, 400, 800, 1600, 3200}) {
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0)
            importInChild(laptop.t.path(), bundle, laptop.keys);
        usleep(useconds_t(delayMs) * 1000);
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        if (WIFSIGNALED(status))
            ++interrupted;
        const QString now = laptop.digest();
        INFO("killed after " << delayMs << " ms");
        CHECK((now == before || now == after));
        if (now == after)
            break;
    }
    CHECK(interrupted > 0);
    auto finish = laptop.import(bundle);
    CHECK((finish.ok() || finish.error().detail.startsWith(QStringLiteral("replay"))));
    CHECK(laptop.digest() == after);
    CHECK(laptop.t.count(QStringLiteral("premises")) == 3000);
}
