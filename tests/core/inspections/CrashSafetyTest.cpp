#include "core/certificates/CertificateFixture.h"
#include "inspections/InspectionRepository.h"

#include <QHash>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace regie;

namespace {

// The child: opens the workspace afresh (its own connection) and answers item after item,
// reporting each answer on the pipe only after the service returned. It never ends by itself
// before the parent kills it (after the last item it keeps re-answering).
[[noreturn]] void answerUntilKilled(const QString& path, const QString& inspection,
                                    const QStringList& items, int windows, int pipeOut)
{
    FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC));
    Workspace::Options options;
    options.path = path;
    options.userName = QStringLiteral("field");
    options.seedActionPlan = false;
    auto ws = Workspace::open(options, clock);
    if (!ws.ok())
        _exit(3);
    auto services = CertificateServices::create(*ws.value());
    if (!services.ok())
        _exit(3);
    for (int round = 0;; ++round) {
        for (const QString& item : items) {
            for (int w = 1; w <= windows; ++w) {
                const QString remark = QStringLiteral("r%1").arg(round);
                auto a = services.value()->inspections().answer(
                    inspection, {item, QString::number(w), QStringLiteral("conform"), remark});
                if (!a.ok())
                    _exit(4);
                const QByteArray line =
                    (item + QLatin1Char(' ') + QString::number(w) + QLatin1Char(' ') + remark)
                        .toUtf8() + '\n';
                if (write(pipeOut, line.constData(), size_t(line.size())) < 0)
                    _exit(5);
            }
        }
        clock.advanceMs(1000);
    }
}

QStringList readLines(int fd, int atLeast)
{
    QByteArray buffer;
    char chunk[4096];
    while (buffer.count('\n') < atLeast) {
        const ssize_t n = read(fd, chunk, sizeof chunk);
        if (n <= 0)
            break;
        buffer.append(chunk, int(n));
    }
    QStringList lines = QString::fromUtf8(buffer).split(QLatin1Char('\n'));
    lines.removeLast(); // a partial line was not confirmed
    return lines;
}

} // namespace

TEST_CASE("killing the field process mid-inspection loses no confirmed answer", "[inspections]")
{
    test::CertificateFixture f;
    const QString premises = f.addPremises(QStringLiteral("Schippersstraat"), QStringLiteral("1"), 5);
    auto inspection = f.s->inspections().add({premises, QStringLiteral("proactive"),
                                              QDate(2026, 11, 28), {}, {}});
    REQUIRE(inspection.ok());
    const QStringList items{QStringLiteral("panic-button"), QStringLiteral("sanitary"),
                            QStringLiteral("washable-furniture"), QStringLiteral("no-overnight")};
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        close(fds[0]);
        answerUntilKilled(f.t.path(), inspection.value(), items, 5, fds[1]);
    }
    close(fds[1]);
    QStringList confirmed = readLines(fds[0], 25); // mid-way through the second round
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    confirmed += readLines(fds[0], 1 << 30); // confirmed before the kill, still in the pipe
    close(fds[0]);
    CHECK(WIFSIGNALED(status));
    REQUIRE(confirmed.size() >= 25);

    QHash<QString, QString> lastRemark; // item + window -> last confirmed remark
    for (const QString& line : confirmed) {
        const QStringList parts = line.split(QLatin1Char(' '));
        REQUIRE(parts.size() == 3);
        lastRemark.insert(parts.at(0) + QLatin1Char(' ') + parts.at(1), parts.at(2));
    }
    // Reopen as the restarted program would: a new connection on the same file.
    FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(11, 0), Qt::UTC));
    Workspace::Options options;
    options.path = f.t.path();
    options.seedActionPlan = false;
    auto reopened = Workspace::open(options, clock);
    REQUIRE(reopened.ok());
    // (The parent's own connection cannot be used here: WritePath's constructor leaves its
    // "SELECT max(hlc)" statement pending, which pins that connection's read snapshot.)
    auto stored = InspectionRepository(reopened.value()->db()).find(inspection.value());
    REQUIRE(stored.ok());
    for (auto it = lastRemark.cbegin(); it != lastRemark.cend(); ++it) {
        const QStringList key = it.key().split(QLatin1Char(' '));
        const InspectionAnswer* a = stored->answer(key.at(0), key.at(1));
        INFO(it.key().toStdString());
        REQUIRE(a);
        // the stored answer is the confirmed one or a later one that was written before the kill
        CHECK(a->remark.mid(1).toInt() >= it.value().mid(1).toInt());
    }
    CHECK(stored->answers.size() >= lastRemark.size());
}
