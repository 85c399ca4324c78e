// regie-cli meeting: owners' consultations, core-group and partner meetings with their
// attending organisations, agenda, minutes and action points. `meeting add` and `meeting list`
// keep the forms and JSON fields the indicators' scripts use.

#include "CliRegistry.h"
#include "IndicatorCliSupport.h"
#include "MeetingCliText.h"
#include "meetings/MeetingService.h"

#include <QFile>
#include <QJsonArray>

#include <algorithm>

namespace regie::cli {

namespace {

const QString kMeetingUsage = QStringLiteral(
    "meeting add --type TYPE --date YYYY-MM-DD [--title TEXT] [--participants TEXT] [--notes "
    "TEXT]\n"
    "       regie-cli meeting list --from YYYY-MM-DD --to YYYY-MM-DD\n"
    "       regie-cli meeting show ID [--json]\n"
    "       regie-cli meeting attend ID --organisation NAME|ID [--role TEXT]\n"
    "       regie-cli meeting attend ID --role TEXT        (an attendee named by role)\n"
    "       regie-cli meeting topic ID --text TEXT\n"
    "       regie-cli meeting minutes ID --file FILE|--text TEXT\n"
    "       regie-cli meeting action ID --text TEXT --owner NAME|ID [--role TEXT] --due "
    "YYYY-MM-DD\n"
    "       regie-cli meeting action ID --text TEXT --role TEXT --due YYYY-MM-DD\n"
    "       regie-cli meeting action-done ACTION_ID [--date YYYY-MM-DD]   (default: today)\n"
    "       regie-cli meeting actions [--open] [--json]   (overdue first)\n"
    "       regie-cli meeting delete ID [--json]    (with its agenda and action points)\n"
    "       regie-cli meeting restore ID [--json]   (brings back what the deletion took away)\n"
    "       regie-cli meeting deleted [--json]      (deleted meetings, latest deletion first)\n"
    "   TYPE: safety-partners, care-partners, intersectoral, owners, core-group,\n"
    "         enforcement-partners, police-actors, reporting");

struct Session
{
    AppContext* ctx = nullptr;
    std::unique_ptr<MeetingService> service;
};

Session open(CliEnv& env)
{
    Session s;
    s.ctx = env.context();
    if (s.ctx)
        s.service = std::make_unique<MeetingService>(s.ctx->workspace().db(),
                                                     s.ctx->workspace().writes(), s.ctx->clock());
    return s;
}

int printId(CliEnv& env, const Result<QString>& id)
{
    if (!id)
        return env.fail(id.error());
    if (env.json)
        env.printJson(QJsonDocument(QJsonObject{{"id", id.value()}}));
    else
        env.out << id.value() << Qt::endl;
    return Exit::Ok;
}

int printDone(CliEnv& env, const Result<void>& done, const QString& id)
{
    if (!done)
        return env.fail(done.error());
    if (env.json)
        env.printJson(QJsonDocument(QJsonObject{{"id", id}}));
    else
        env.out << "ok " << id << Qt::endl;
    return Exit::Ok;
}

// The organisation named by id or name, or an empty id; false (after printing why) when the
// text names none or several.
bool organisationOf(CliEnv& env, MeetingService& service, const QString& text, QString& id)
{
    if (text.isNull())
        return true;
    auto org = service.repository().resolveOrganisation(text);
    if (!org) {
        env.fail(org.error());
        return false;
    }
    id = org->id;
    return true;
}

int runAdd(CliEnv& env, QStringList args)
{
    Meeting m;
    m.type = takeOption(args, QStringLiteral("--type"));
    const QString date = takeOption(args, QStringLiteral("--date"));
    m.date = parseIsoDate(date);
    m.title = takeOption(args, QStringLiteral("--title"));
    m.participants = takeOption(args, QStringLiteral("--participants"));
    m.notes = takeOption(args, QStringLiteral("--notes"));
    if (m.type.isNull() || date.isNull() || !args.isEmpty())
        return env.usage(kMeetingUsage);
    Session s = open(env);
    if (!s.ctx)
        return Exit::Refused;
    return printId(env, s.service->create(m));
}

int runList(CliEnv& env, QStringList args)
{
    Period p;
    if (!takePeriod(args, p) || !args.isEmpty())
        return env.usage(kMeetingUsage);
    Session s = open(env);
    if (!s.ctx)
        return Exit::Refused;
    auto all = s.service->repository().list(p, s.ctx->clock().today());
    if (!all)
        return env.fail(all.error());
    // Oldest first, as the list always printed.
    QVector<MeetingSummary> meetings = std::move(all).value();
    std::stable_sort(meetings.begin(), meetings.end(),
                     [](const MeetingSummary& a, const MeetingSummary& b) {
                         return std::pair(a.meeting.date, a.meeting.type) <
                                std::pair(b.meeting.date, b.meeting.type);
                     });
    QJsonArray ordered;
    for (const MeetingSummary& m : meetings)
        ordered.append(meetingListJson(m));
    if (env.json)
        env.printJson(QJsonDocument(ordered));
    else
        for (const QJsonValue& row : ordered)
            env.out << meetingLine(row.toObject()) << "\n";
    env.out.flush();
    return Exit::Ok;
}

int runShow(CliEnv& env, QStringList args)
{
    if (args.size() != 1)
        return env.usage(kMeetingUsage);
    Session s = open(env);
    if (!s.ctx)
        return Exit::Refused;
    auto found = s.service->repository().find(args.first());
    if (!found)
        return env.fail(found.error());
    const QDate today = s.ctx->clock().today();
    if (env.json)
        env.printJson(QJsonDocument(meetingJson(found.value(), today)));
    else
        env.out << meetingText(found.value(), today);
    env.out.flush();
    return Exit::Ok;
}

int runAttend(CliEnv& env, QStringList args)
{
    const QString organisation = takeOption(args, QStringLiteral("--organisation"));
    const QString role = takeOption(args, QStringLiteral("--role"));
    if (args.size() != 1 || (organisation.isNull() && role.isNull()))
        return env.usage(kMeetingUsage);
    Session s = open(env);
    if (!s.ctx)
        return Exit::Refused;
    if (organisation.isNull())
        return printId(env, s.service->attendByRole(args.first(), role));
    QString id;
    if (!organisationOf(env, *s.service, organisation, id))
        return Exit::Refused;
    return printId(env, s.service->attend(args.first(), id, role));
}

int runTopic(CliEnv& env, QStringList args)
{
    const QString text = takeOption(args, QStringLiteral("--text"));
    if (args.size() != 1 || text.isNull())
        return env.usage(kMeetingUsage);
    Session s = open(env);
    if (!s.ctx)
        return Exit::Refused;
    return printId(env, s.service->addTopic(args.first(), text));
}

int runMinutes(CliEnv& env, QStringList args)
{
    const QString path = takeOption(args, QStringLiteral("--file"));
    QString text = takeOption(args, QStringLiteral("--text"));
    if (args.size() != 1 || path.isNull() == text.isNull())
        return env.usage(kMeetingUsage);
    if (!path.isNull()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return env.fail(makeError(ErrorCode::Io,
                                      QStringLiteral("cannot read %1: %2")
                                          .arg(path, file.errorString()),
                                      QStringLiteral("file")));
        text = QString::fromUtf8(file.readAll());
    }
    Session s = open(env);
    if (!s.ctx)
        return Exit::Refused;
    return printDone(env, s.service->setMinutes(args.first(), text), args.first());
}

int runAction(CliEnv& env, QStringList args)
{
    ActionPoint a;
    a.description = takeOption(args, QStringLiteral("--text"));
    const QString owner = takeOption(args, QStringLiteral("--owner"));
    a.ownerRole = takeOption(args, QStringLiteral("--role"));
    const QString due = takeOption(args, QStringLiteral("--due"));
    a.due = parseIsoDate(due);
    if (args.size() != 1 || a.description.isNull() || due.isNull() ||
        (owner.isNull() && a.ownerRole.isNull()))
        return env.usage(kMeetingUsage);
    a.meetingId = args.first();
    Session s = open(env);
    if (!s.ctx)
        return Exit::Refused;
    if (!organisationOf(env, *s.service, owner, a.ownerOrganisationId))
        return Exit::Refused;
    return printId(env, s.service->addAction(a));
}

int runActionDone(CliEnv& env, QStringList args)
{
    const QString date = takeOption(args, QStringLiteral("--date"));
    if (args.size() != 1)
        return env.usage(kMeetingUsage);
    Session s = open(env);
    if (!s.ctx)
        return Exit::Refused;
    const QDate day = date.isNull() ? s.ctx->clock().today() : parseIsoDate(date);
    return printDone(env, s.service->completeAction(args.first(), day), args.first());
}

int runActions(CliEnv& env, QStringList args)
{
    const bool openOnly = takeFlag(args, QStringLiteral("--open"));
    if (!args.isEmpty())
        return env.usage(kMeetingUsage);
    Session s = open(env);
    if (!s.ctx)
        return Exit::Refused;
    const QDate today = s.ctx->clock().today();
    auto all = s.service->repository().actions(openOnly, today);
    if (!all)
        return env.fail(all.error());
    QJsonArray rows;
    for (const ActionPoint& a : all.value())
        rows.append(actionJson(a, today));
    if (env.json)
        env.printJson(QJsonDocument(rows));
    else
        for (const ActionPoint& a : all.value())
            env.out << actionLine(a, today) << "\n";
    env.out.flush();
    return Exit::Ok;
}

// What a deletion took away or a restore brought back.
int printRemoval(CliEnv& env, const Result<MeetingRemoval>& done, const char* verb)
{
    if (!done)
        return env.fail(done.error());
    const MeetingRemoval& r = done.value();
    const QString date = r.meeting.date.toString(Qt::ISODate);
    if (env.json) {
        env.printJson(QJsonDocument(QJsonObject{{"id", r.meeting.id},
                                                {"date", date},
                                                {"type", r.meeting.type},
                                                {"attendees", r.attendees},
                                                {"topics", r.topics},
                                                {"actions", r.actions},
                                                {"openActions", r.openActions}}));
    } else {
        env.out << verb << " meeting " << r.meeting.id << " (" << date << ", " << r.meeting.type
                << ") with " << r.actions << " action point(s) (" << r.openActions << " open), "
                << r.topics << " agenda item(s), " << r.attendees << " attendee(s)" << Qt::endl;
    }
    return Exit::Ok;
}

int runDelete(CliEnv& env, QStringList args)
{
    if (args.size() != 1)
        return env.usage(kMeetingUsage);
    Session s = open(env);
    if (!s.ctx)
        return Exit::Refused;
    return printRemoval(env, s.service->remove(args.first()), "deleted");
}

int runRestore(CliEnv& env, QStringList args)
{
    if (args.size() != 1)
        return env.usage(kMeetingUsage);
    Session s = open(env);
    if (!s.ctx)
        return Exit::Refused;
    return printRemoval(env, s.service->restore(args.first()), "restored");
}

int runDeleted(CliEnv& env, QStringList args)
{
    if (!args.isEmpty())
        return env.usage(kMeetingUsage);
    Session s = open(env);
    if (!s.ctx)
        return Exit::Refused;
    auto all = s.service->repository().deleted();
    if (!all)
        return env.fail(all.error());
    if (env.json) {
        QJsonArray rows;
        for (const DeletedMeeting& d : all.value())
            rows.append(deletedMeetingJson(d));
        env.printJson(QJsonDocument(rows));
    } else if (all->isEmpty()) {
        env.out << "No deleted meetings." << Qt::endl;
    } else {
        env.out << deletedMeetingsTable(all.value());
        env.out << "Restore one with: regie-cli meeting restore ID" << Qt::endl;
    }
    env.out.flush();
    return Exit::Ok;
}

int runMeeting(CliEnv& env, QStringList args)
{
    return runVerb(env, std::move(args), kMeetingUsage,
                   {{QStringLiteral("add"), runAdd},
                    {QStringLiteral("list"), runList},
                    {QStringLiteral("show"), runShow},
                    {QStringLiteral("attend"), runAttend},
                    {QStringLiteral("topic"), runTopic},
                    {QStringLiteral("minutes"), runMinutes},
                    {QStringLiteral("action"), runAction},
                    {QStringLiteral("action-done"), runActionDone},
                    {QStringLiteral("actions"), runActions},
                    {QStringLiteral("delete"), runDelete},
                    {QStringLiteral("restore"), runRestore},
                    {QStringLiteral("deleted"), runDeleted}});
}

} // namespace

REGIE_CLI_COMMAND(
    meeting,
    "meeting add|list|show|attend|topic|minutes|action|action-done|actions|delete|restore|"
    "deleted",
    "meetings: attendees, agenda, minutes and action points", runMeeting)

} // namespace regie::cli
