#include "CertificateCommand.h"
#include "CliRegistry.h"
#include "PremisesCommand.h"

#include "certificates/CertificateStatus.h"

#include <QJsonArray>
#include <QJsonObject>

namespace regie::cli {

namespace {

const QString kUsage = QStringLiteral(
    "certificate new --premises ID --date YYYY-MM-DD [--renewal-of CERT] [--json]\n"
    "       regie-cli certificate event CERT --kind document --type cadastral-data|real-rights|"
    "criminal-record|company-publications|company-registration|identity-copy --date YYYY-MM-DD "
    "[--reference R]\n"
    "       regie-cli certificate event CERT --kind check --type fire-safety|urban-planning|"
    "hygiene|morality --date YYYY-MM-DD --inspector NAME --result favourable|unfavourable "
    "[--remarks T]\n"
    "       regie-cli certificate event CERT --kind decision --outcome granted|"
    "granted-with-conditions|refused --date YYYY-MM-DD [--condition TEXT@YYYY-MM-DD]... "
    "[--detail T]\n"
    "       regie-cli certificate event CERT --kind condition-met --condition ID --date YYYY-MM-DD\n"
    "       regie-cli certificate event CERT --kind suspension --date START [--until END] "
    "[--reference SANCTION]\n"
    "       regie-cli certificate event CERT --kind withdrawal --date YYYY-MM-DD "
    "[--reference SANCTION]\n"
    "       regie-cli certificate show CERT [--at YYYY-MM-DD] [--json]\n"
    "       regie-cli certificate list [--premises ID] [--at YYYY-MM-DD] [--json]");

QJsonValue iso(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject summaryJson(const CertificateDossier& d, const CertificateRules& rules,
                        const QDate& at)
{
    const auto status = CertificateStatus::at(d, at);
    const QDate due = CertificateStatus::renewalDue(d, rules);
    return {{"id", d.id},
            {"premisesId", d.premisesId},
            {"address", d.premisesAddress},
            {"kind", d.kind},
            {"applicationDate", iso(d.applicationDate)},
            {"renewalOf", d.renewalOf.isEmpty() ? QJsonValue() : QJsonValue(d.renewalOf)},
            {"status", CertificateStatus::name(status)},
            {"statusDate", iso(at)},
            {"validUntil", iso(CertificateStatus::expiry(d))},
            {"renewalDue", iso(due)},
            {"renewalDueReached", due.isValid() && due <= at}};
}

QJsonArray historyJson(const CertificateDossier& d)
{
    QJsonArray events;
    for (const CertificateEvent& e : d.events)
        events.append(QJsonObject{{"id", e.id}, {"kind", e.kind}, {"date", iso(e.date)},
                                  {"endDate", iso(e.endDate)}, {"outcome", e.outcome},
                                  {"validUntil", iso(e.validUntil)}, {"reference", e.reference},
                                  {"detail", e.detail}});
    return events;
}

QJsonObject detailJson(const CertificateDossier& d, const CertificateRules& rules,
                       const QDate& at)
{
    QJsonObject object = summaryJson(d, rules, at);
    QJsonArray documents, checks, conditions;
    for (const CertificateDocument& doc : d.documents)
        documents.append(QJsonObject{{"id", doc.id}, {"type", doc.kind}, {"date", iso(doc.date)},
                                     {"reference", doc.reference}});
    for (const CertificateCheck& c : d.checks)
        checks.append(QJsonObject{{"id", c.id}, {"type", c.kind}, {"date", iso(c.date)},
                                  {"inspector", c.inspector},
                                  {"result", c.favourable ? "favourable" : "unfavourable"},
                                  {"remarks", c.remarks}});
    for (const CertificateCondition& c : d.conditions)
        conditions.append(QJsonObject{{"id", c.id}, {"text", c.text}, {"dueDate", iso(c.dueDate)},
                                      {"metDate", iso(c.metDate)},
                                      {"overdue", !c.metDate.isValid() && c.dueDate < at}});
    object.insert(QStringLiteral("documentProblems"),
                  strings(CertificateStatus::documentProblems(d, rules)));
    object.insert(QStringLiteral("missingChecks"), strings(CertificateStatus::missingChecks(d)));
    object.insert(QStringLiteral("documents"), documents);
    object.insert(QStringLiteral("checks"), checks);
    object.insert(QStringLiteral("conditions"), conditions);
    object.insert(QStringLiteral("events"), historyJson(d));
    return object;
}

void printText(CliEnv& env, const QJsonObject& o)
{
    env.out << o.value("id").toString() << "  " << o.value("address").toString() << "  "
            << o.value("status").toString() << " on " << o.value("statusDate").toString();
    if (!o.value("validUntil").isNull())
        env.out << "  valid until " << o.value("validUntil").toString() << "  renewal due "
                << o.value("renewalDue").toString();
    env.out << '\n';
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

int create(CliEnv& env, QStringList args)
{
    const QString premises = takeOption(args, QStringLiteral("--premises"));
    const QString dateText = takeOption(args, QStringLiteral("--date"));
    const QString renewalOf = takeOption(args, QStringLiteral("--renewal-of"));
    if (!args.isEmpty() || premises.isNull() || dateText.isNull())
        return env.usage(kUsage);
    QDate date;
    if (!parseDateOption(env, dateText, QStringLiteral("--date"), &date))
        return Exit::Usage;
    auto services = openCertificateServices(env);
    if (!services)
        return Exit::Refused;
    return printId(env, services->certificates().apply(premises, date, renewalOf));
}

bool takeConditions(CliEnv& env, QStringList& args, QVector<CertificateCondition>* out)
{
    for (QString text = takeOption(args, QStringLiteral("--condition")); !text.isNull();
         text = takeOption(args, QStringLiteral("--condition"))) {
        const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
        CertificateCondition c;
        c.text = text.left(at);
        if (at < 0 || !parseDateOption(env, text.mid(at + 1), QStringLiteral("--condition"),
                                       &c.dueDate) || !c.dueDate.isValid()) {
            if (at < 0)
                env.fail(makeError(ErrorCode::Usage, QStringLiteral("expected TEXT@YYYY-MM-DD"),
                                   QStringLiteral("--condition")));
            return false;
        }
        out->push_back(c);
    }
    return true;
}

int decisionEvent(CliEnv& env, CertificateServices& s, const QString& id, QStringList args,
                  const QDate& date)
{
    CertificateService::Decision decision;
    decision.date = date;
    decision.outcome = takeOption(args, QStringLiteral("--outcome"));
    decision.detail = takeOption(args, QStringLiteral("--detail"));
    if (!takeConditions(env, args, &decision.conditions))
        return Exit::Usage;
    if (!args.isEmpty() || decision.outcome.isNull())
        return env.usage(kUsage);
    return printId(env, s.certificates().decide(id, decision));
}

int checkEvent(CliEnv& env, CertificateServices& s, const QString& id, QStringList args,
               const QDate& date)
{
    CertificateCheck check;
    check.date = date;
    check.kind = takeOption(args, QStringLiteral("--type"));
    check.inspector = takeOption(args, QStringLiteral("--inspector"));
    const QString result = takeOption(args, QStringLiteral("--result"));
    check.remarks = takeOption(args, QStringLiteral("--remarks"));
    if (!args.isEmpty() || check.kind.isNull() || check.inspector.isNull() ||
        (result != QLatin1String("favourable") && result != QLatin1String("unfavourable")))
        return env.usage(kUsage);
    check.favourable = result == QLatin1String("favourable");
    return printId(env, s.certificates().addCheck(id, check));
}

int otherEvent(CliEnv& env, CertificateServices& s, const QString& kind, const QString& id,
               QStringList args, const QDate& date)
{
    const QString reference = takeOption(args, QStringLiteral("--reference"));
    if (kind == QLatin1String("document")) {
        const QString type = takeOption(args, QStringLiteral("--type"));
        if (!args.isEmpty() || type.isNull())
            return env.usage(kUsage);
        return printId(env, s.certificates().addDocument(id, {{}, type, date, reference}));
    }
    if (kind == QLatin1String("condition-met")) {
        const QString condition = takeOption(args, QStringLiteral("--condition"));
        if (!args.isEmpty() || condition.isNull())
            return env.usage(kUsage);
        return printId(env, s.certificates().meetCondition(condition, date));
    }
    QDate until;
    if (!parseDateOption(env, takeOption(args, QStringLiteral("--until")),
                         QStringLiteral("--until"), &until))
        return Exit::Usage;
    if (!args.isEmpty())
        return env.usage(kUsage);
    if (kind == QLatin1String("suspension"))
        return printId(env, s.certificates().suspend(id, date, until, reference));
    if (kind == QLatin1String("withdrawal") && !until.isValid())
        return printId(env, s.certificates().withdraw(id, date, reference));
    return env.usage(kUsage);
}

int event(CliEnv& env, QStringList args)
{
    const QString kind = takeOption(args, QStringLiteral("--kind"));
    const QString dateText = takeOption(args, QStringLiteral("--date"));
    if (args.isEmpty() || kind.isNull() || dateText.isNull())
        return env.usage(kUsage);
    const QString id = args.takeFirst();
    QDate date;
    if (!parseDateOption(env, dateText, QStringLiteral("--date"), &date))
        return Exit::Usage;
    auto services = openCertificateServices(env);
    if (!services)
        return Exit::Refused;
    if (kind == QLatin1String("decision"))
        return decisionEvent(env, *services, id, args, date);
    if (kind == QLatin1String("check"))
        return checkEvent(env, *services, id, args, date);
    return otherEvent(env, *services, kind, id, args, date);
}

int show(CliEnv& env, QStringList args)
{
    QDate at;
    if (!parseDateOption(env, takeOption(args, QStringLiteral("--at")), QStringLiteral("--at"),
                         &at))
        return Exit::Usage;
    if (args.size() != 1)
        return env.usage(kUsage);
    auto services = openCertificateServices(env);
    if (!services)
        return Exit::Refused;
    if (!at.isValid())
        at = env.context()->clock().today();
    auto dossier = services->certificates().repository().find(args.first());
    if (!dossier.ok())
        return env.fail(dossier.error());
    const QJsonObject object =
        detailJson(dossier.value(), services->certificates().rulesFor(dossier.value()), at);
    if (env.json) {
        env.printJson(QJsonDocument(object));
        return Exit::Ok;
    }
    printText(env, object);
    for (const QString& problem : CertificateStatus::documentProblems(
             dossier.value(), services->certificates().rulesFor(dossier.value())))
        env.out << "  document: " << problem << '\n';
    for (const QString& check : CertificateStatus::missingChecks(dossier.value()))
        env.out << "  check missing: " << check << '\n';
    for (const CertificateEvent& e : dossier->events)
        env.out << "  " << e.date.toString(Qt::ISODate) << "  " << e.kind << ' ' << e.outcome
                << ' ' << e.detail << ' ' << e.reference << '\n';
    env.out.flush();
    return Exit::Ok;
}

int list(CliEnv& env, QStringList args)
{
    const QString premises = takeOption(args, QStringLiteral("--premises"));
    QDate at;
    if (!parseDateOption(env, takeOption(args, QStringLiteral("--at")), QStringLiteral("--at"),
                         &at))
        return Exit::Usage;
    if (!args.isEmpty())
        return env.usage(kUsage);
    auto services = openCertificateServices(env);
    if (!services)
        return Exit::Refused;
    if (!at.isValid())
        at = env.context()->clock().today();
    auto dossiers = services->certificates().repository().list(
        premises, CertificateRepository::Detail::Summary);
    if (!dossiers.ok())
        return env.fail(dossiers.error());
    QJsonArray array;
    for (const CertificateDossier& d : dossiers.value()) {
        const QJsonObject o = summaryJson(d, services->certificates().rulesFor(d), at);
        if (env.json)
            array.append(o);
        else
            printText(env, o);
    }
    if (env.json)
        env.printJson(QJsonDocument(array));
    env.out.flush();
    return Exit::Ok;
}

} // namespace

int runCertificate(CliEnv& env, QStringList args)
{
    if (args.isEmpty())
        return env.usage(kUsage);
    const QString verb = args.takeFirst();
    if (verb == QLatin1String("new"))
        return create(env, args);
    if (verb == QLatin1String("event"))
        return event(env, args);
    if (verb == QLatin1String("show"))
        return show(env, args);
    if (verb == QLatin1String("list"))
        return list(env, args);
    return env.usage(kUsage);
}

REGIE_CLI_COMMAND(certificate, "certificate new|event|show|list",
                  "fitness-certificate dossiers: application, checks, decision, sanctions",
                  runCertificate)

} // namespace regie::cli
