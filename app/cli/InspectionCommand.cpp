#include "CliRegistry.h"
#include "InspectionCommand.h"
#include "PremisesCommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace regie::cli {

namespace {

const QString kUsage = QStringLiteral(
    "inspection add --premises ID --kind proactive|reactive --date YYYY-MM-DD "
    "[--inspector NAME] [--certificate CERT] [--json]\n"
    "       regie-cli inspection show ID [--json]\n"
    "       regie-cli inspection list [--premises ID] [--json]\n"
    "       regie-cli inspection answer ID --item CODE --result conform|not-conform|na "
    "[--remark T] [--window N] [--json]\n"
    "       regie-cli inspection photo ID --item CODE --file PATH [--json]\n"
    "       regie-cli inspection finalise ID\n"
    "       regie-cli inspection amend ID --item CODE --result conform|not-conform|na "
    "--reason T [--remark T] [--window N] [--json]\n"
    "       regie-cli inspection finding ID --item CODE [--window N] [--description T] [--json]\n"
    "       regie-cli inspection templates [--json]\n"
    "       regie-cli inspection template-import FILE [--json]");

QJsonValue iso(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue stamp(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject summaryJson(const Inspection& i)
{
    return {{"id", i.id},
            {"premisesId", i.premisesId},
            {"certificateId", i.certificateId.isEmpty() ? QJsonValue() : i.certificateId},
            {"kind", i.kind},
            {"date", iso(i.date)},
            {"inspector", i.inspector},
            {"templateCode", i.templateCode},
            {"templateVersion", i.templateVersion},
            {"finalised", i.isFinal()},
            {"finalisedAt", stamp(i.finalisedAt)}};
}

QJsonObject answerJson(const InspectionAnswer& a)
{
    QJsonArray amendments;
    for (const InspectionAmendment& m : a.amendments)
        amendments.append(QJsonObject{{"id", m.id}, {"result", m.result}, {"remark", m.remark},
                                      {"reason", m.reason}, {"amendedAt", stamp(m.amendedAt)}});
    return {{"id", a.id},
            {"item", a.itemCode},
            {"window", a.windowNumber},
            {"result", a.effectiveResult()},
            {"remark", a.effectiveRemark()},
            {"originalResult", a.result},
            {"originalRemark", a.remark},
            {"answeredAt", stamp(a.answeredAt)},
            {"amendments", amendments}};
}

QJsonObject detailJson(const Inspection& i, const ChecklistTemplate& checklist)
{
    QJsonObject object = summaryJson(i);
    QJsonArray items, answers, photos, findings;
    for (const ChecklistTemplate::Item& item : checklist.items) {
        bool answered = false;
        for (const InspectionAnswer& a : i.answers)
            answered = answered || a.itemCode == item.code;
        items.append(QJsonObject{{"code", item.code}, {"section", item.section},
                                 {"text", item.text}, {"answered", answered}});
    }
    for (const InspectionAnswer& a : i.answers)
        answers.append(answerJson(a));
    for (const InspectionPhoto& p : i.photos)
        photos.append(QJsonObject{{"id", p.id}, {"item", p.itemCode}, {"sha256", p.blobId},
                                  {"fileName", p.fileName}});
    for (const Finding& f : i.findings)
        findings.append(QJsonObject{{"id", f.id}, {"item", f.itemCode}, {"window", f.windowNumber},
                                    {"description", f.description}, {"status", f.status}});
    object.insert(QStringLiteral("items"), items);
    object.insert(QStringLiteral("answers"), answers);
    object.insert(QStringLiteral("photos"), photos);
    object.insert(QStringLiteral("findings"), findings);
    return object;
}

int printId(CliEnv& env, const Result<QString>& id)
{
    if (!id.ok())
        return env.fail(id.error());
    if (env.json)
        env.printJson(QJsonDocument(QJsonObject{{"id", id.value()}}));
    else
        env.out << id.value() << Qt::endl;
    return Exit::Ok;
}

int add(CliEnv& env, QStringList args)
{
    InspectionService::NewInspection in;
    in.premisesId = takeOption(args, QStringLiteral("--premises"));
    in.kind = takeOption(args, QStringLiteral("--kind"));
    const QString date = takeOption(args, QStringLiteral("--date"));
    in.inspector = takeOption(args, QStringLiteral("--inspector"));
    in.certificateId = takeOption(args, QStringLiteral("--certificate"));
    if (!args.isEmpty() || in.premisesId.isNull() || date.isNull() ||
        (in.kind != QLatin1String("proactive") && in.kind != QLatin1String("reactive")))
        return env.usage(kUsage);
    if (!parseDateOption(env, date, QStringLiteral("--date"), &in.date))
        return Exit::Usage;
    auto services = openCertificateServices(env);
    if (!services)
        return Exit::Refused;
    return printId(env, services->inspections().add(in));
}

void printText(CliEnv& env, const Inspection& i, const ChecklistTemplate& checklist)
{
    env.out << i.id << "  " << i.kind << " inspection of " << i.premisesId << " on "
            << i.date.toString(Qt::ISODate) << "  checklist " << i.templateCode << " v"
            << i.templateVersion << (i.isFinal() ? "  FINAL" : "  open") << '\n';
    for (const ChecklistTemplate::Item& item : checklist.items) {
        env.out << "  " << item.code << ":";
        for (const InspectionAnswer& a : i.answers) {
            if (a.itemCode != item.code)
                continue;
            env.out << ' ' << (a.windowNumber.isEmpty() ? QString() : QStringLiteral("[window ") +
                                                                          a.windowNumber + "] ")
                    << a.effectiveResult()
                    << (a.effectiveRemark().isEmpty() ? QString() : " (" + a.effectiveRemark() + ")")
                    << (a.amendments.isEmpty() ? QString() : QStringLiteral(" amended"));
        }
        env.out << '\n';
    }
    for (const Finding& f : i.findings)
        env.out << "  finding (" << f.status << "): " << f.itemCode << ' ' << f.description << '\n';
    env.out.flush();
}

int show(CliEnv& env, QStringList args)
{
    if (args.size() != 1)
        return env.usage(kUsage);
    auto services = openCertificateServices(env);
    if (!services)
        return Exit::Refused;
    auto inspection = services->inspections().repository().find(args.first());
    if (!inspection.ok())
        return env.fail(inspection.error());
    auto checklist = services->templates().byId(inspection->templateId);
    if (!checklist.ok())
        return env.fail(checklist.error());
    if (env.json)
        env.printJson(QJsonDocument(detailJson(inspection.value(), checklist.value())));
    else
        printText(env, inspection.value(), checklist.value());
    return Exit::Ok;
}

int list(CliEnv& env, QStringList args)
{
    const QString premises = takeOption(args, QStringLiteral("--premises"));
    if (!args.isEmpty())
        return env.usage(kUsage);
    auto services = openCertificateServices(env);
    if (!services)
        return Exit::Refused;
    auto all = services->inspections().repository().list(premises);
    if (!all.ok())
        return env.fail(all.error());
    QJsonArray array;
    for (const Inspection& i : all.value()) {
        if (env.json)
            array.append(summaryJson(i));
        else
            env.out << i.id << "  " << i.date.toString(Qt::ISODate) << "  " << i.kind << "  "
                    << i.premisesId << (i.isFinal() ? "  final" : "  open") << '\n';
    }
    if (env.json)
        env.printJson(QJsonDocument(array));
    env.out.flush();
    return Exit::Ok;
}

int answerOrAmend(CliEnv& env, QStringList args, bool amend)
{
    InspectionService::Answer a;
    a.itemCode = takeOption(args, QStringLiteral("--item"));
    a.result = takeOption(args, QStringLiteral("--result"));
    a.remark = takeOption(args, QStringLiteral("--remark"));
    a.windowNumber = takeOption(args, QStringLiteral("--window"));
    const QString reason = takeOption(args, QStringLiteral("--reason"));
    if (args.size() != 1 || a.itemCode.isNull() || a.result.isNull() ||
        (amend && reason.isNull()) || (!amend && !reason.isNull()))
        return env.usage(kUsage);
    auto services = openCertificateServices(env);
    if (!services)
        return Exit::Refused;
    if (amend)
        return printId(env, services->inspections().amend(args.first(), a, reason));
    return printId(env, services->inspections().answer(args.first(), a));
}

int photo(CliEnv& env, QStringList args)
{
    const QString item = takeOption(args, QStringLiteral("--item"));
    const QString path = takeOption(args, QStringLiteral("--file"));
    if (args.size() != 1 || item.isNull() || path.isNull())
        return env.usage(kUsage);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return env.fail(makeError(ErrorCode::Io, file.errorString(), path));
    auto services = openCertificateServices(env);
    if (!services)
        return Exit::Refused;
    const qint64 limit = services->inspections().photoMaxBytes();
    const QByteArray bytes = file.read(limit + 1); // enough to know it is too large
    const QString name = path.section(QLatin1Char('/'), -1);
    return printId(env, services->inspections().addPhoto(args.first(), item, bytes, name));
}

int finalise(CliEnv& env, QStringList args)
{
    if (args.size() != 1)
        return env.usage(kUsage);
    auto services = openCertificateServices(env);
    if (!services)
        return Exit::Refused;
    auto done = services->inspections().finalise(args.first());
    return done.ok() ? Exit::Ok : env.fail(done.error());
}

int finding(CliEnv& env, QStringList args)
{
    const QString item = takeOption(args, QStringLiteral("--item"));
    const QString window = takeOption(args, QStringLiteral("--window"));
    const QString description = takeOption(args, QStringLiteral("--description"));
    if (args.size() != 1 || item.isNull())
        return env.usage(kUsage);
    auto services = openCertificateServices(env);
    if (!services)
        return Exit::Refused;
    return printId(env, services->inspections().draftFinding(args.first(), item,
                                                              window.isNull() ? QString() : window,
                                                              description));
}

int templates(CliEnv& env, QStringList args)
{
    if (args.size() > 1)
        return env.usage(kUsage);
    auto services = openCertificateServices(env);
    if (!services)
        return Exit::Refused;
    if (args.size() == 1) {
        QFile file(args.first());
        if (!file.open(QIODevice::ReadOnly))
            return env.fail(makeError(ErrorCode::Io, file.errorString(), args.first()));
        return printId(env, services->templates().import(file.readAll()));
    }
    auto all = services->templates().all();
    if (!all.ok())
        return env.fail(all.error());
    QJsonArray array;
    for (const ChecklistTemplate& t : all.value()) {
        QJsonObject o = t.toJson();
        o.insert(QStringLiteral("stored"), !t.id.isEmpty());
        array.append(o);
        if (!env.json)
            env.out << t.code << " v" << t.version << " from " << t.validFrom.toString(Qt::ISODate)
                    << "  " << t.items.size() << " items\n";
    }
    if (env.json)
        env.printJson(QJsonDocument(array));
    env.out.flush();
    return Exit::Ok;
}

} // namespace

int runInspection(CliEnv& env, QStringList args)
{
    if (args.isEmpty())
        return env.usage(kUsage);
    const QString verb = args.takeFirst();
    if (verb == QLatin1String("add"))
        return add(env, args);
    if (verb == QLatin1String("show"))
        return show(env, args);
    if (verb == QLatin1String("list"))
        return list(env, args);
    if (verb == QLatin1String("answer") || verb == QLatin1String("amend"))
        return answerOrAmend(env, args, verb == QLatin1String("amend"));
    if (verb == QLatin1String("photo"))
        return photo(env, args);
    if (verb == QLatin1String("finalise") || verb == QLatin1String("finalize"))
        return finalise(env, args);
    if (verb == QLatin1String("finding"))
        return finding(env, args);
    if (verb == QLatin1String("templates") && args.isEmpty())
        return templates(env, args);
    if (verb == QLatin1String("template-import") && args.size() == 1)
        return templates(env, args);
    return env.usage(kUsage);
}

REGIE_CLI_COMMAND(inspection, "inspection add|show|list|answer|photo|finalise|amend|finding|"
                              "templates|template-import",
                  "inspections on versioned checklists, answers stored as given", runInspection)

} // namespace regie::cli
