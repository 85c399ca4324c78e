#include "DeadlinesCommand.h"

#include "CliRegistry.h"
#include "GasCommand.h"
#include "deadlines/DeadlineBoard.h"
#include "deadlines/DeadlineCalendar.h"
#include "rules/RuleBook.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSaveFile>

namespace regie::cli {

namespace {

const QString kUsage = QStringLiteral(
    "deadlines [--due-within DAYS] [--limitation-within DAYS] [--no-derivations] [--json]\n"
    "       regie-cli deadlines ... --ics FILE   (the board as all-day iCalendar entries)");

Result<int> takeDays(QStringList& args, const QString& name, int fallback)
{
    auto days = takeNumber(args, name);
    if (!days.ok())
        return days.error();
    const double value = days->value_or(fallback);
    if (value < 0 || value > 3660 || value != int(value))
        return makeError(ErrorCode::Usage, QStringLiteral("days must be a whole number from 0"),
                         name);
    return int(value);
}

// Writes the board as iCalendar (RFC 5545) for the staff's agenda.
int writeIcs(CliEnv& env, const QString& path, const QVector<DeadlineItem>& items,
             const QDateTime& now)
{
    const QByteArray ics = ICalendar::write(DeadlineCalendar::events(items), now,
                                            QStringLiteral("-//Regie//Deadline board//NL"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit())
        return env.fail(makeError(ErrorCode::Io,
                                  QStringLiteral("%1: %2").arg(path, file.errorString()),
                                  QStringLiteral("--ics")));
    return Exit::Ok;
}

} // namespace

int runDeadlines(CliEnv& env, QStringList args)
{
    DeadlineBoard::Options options;
    auto due = takeDays(args, QStringLiteral("--due-within"), options.dueWithinDays);
    auto limitation =
        takeDays(args, QStringLiteral("--limitation-within"), options.limitationLeadDays);
    options.derivations = !takeFlag(args, QStringLiteral("--no-derivations"));
    const QString ics = takeOption(args, QStringLiteral("--ics"));
    if (!due.ok())
        return env.fail(due.error());
    if (!limitation.ok())
        return env.fail(limitation.error());
    if (!args.isEmpty())
        return env.usage(kUsage);
    options.dueWithinDays = *due;
    options.limitationLeadDays = *limitation;
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    Workspace& ws = ctx->workspace();
    QElapsedTimer timer;
    timer.start();
    auto items = DeadlineBoard(ws.db(), ws.clock(), ctx->rules()).compute(options);
    const qint64 elapsed = timer.elapsed();
    if (!items.ok())
        return env.fail(items.error());
    if (!ics.isEmpty()) {
        if (const int written = writeIcs(env, ics, *items, ws.clock().now());
            written != Exit::Ok)
            return written;
    }
    if (env.json) {
        QJsonArray array;
        for (const DeadlineItem& it : *items)
            array.append(DeadlineBoard::toJson(it));
        env.printJson(
            QJsonDocument(QJsonObject{{"today", ws.clock().today().toString(Qt::ISODate)},
                                      {"dueWithinDays", options.dueWithinDays},
                                      {"limitationWithinDays", options.limitationLeadDays},
                                      {"items", array}}));
        return Exit::Ok;
    }
    for (const DeadlineItem& it : *items) {
        env.out << it.category.leftJustified(15) << it.date.toString(Qt::ISODate) << "  "
                << QString::number(it.daysLeft).rightJustified(4) << "d  "
                << it.number.leftJustified(18) << it.name.leftJustified(18) << it.state << "\n";
        if (!it.derivation.isEmpty())
            env.out << "               " << it.derivation << "\n";
    }
    env.out << items->size() << " deadline(s), computed in " << elapsed << " ms" << Qt::endl;
    return Exit::Ok;
}

REGIE_CLI_COMMAND(deadlines, "deadlines [--due-within DAYS]",
                  "the deadline board: overdue, due, limitation, hearings, measure ends",
                  runDeadlines)

} // namespace regie::cli
