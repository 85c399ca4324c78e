// regie-cli letter: letters from templates, printed to PDF, and the registered-letter register.
#include "CliGui.h"
#include "CliRegistry.h"
#include "GasCommand.h"
#include "letters/LetterJson.h"
#include "letters/LetterPdfRenderer.h"
#include "letters/LetterService.h"
#include "letters/LetterSettings.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace regie::cli {

namespace {

using namespace Qt::StringLiterals;

const QString kUsage =
    u"letter templates [--json]\n"
    "       regie-cli letter make --dossier NUMBER --template ID --out FILE.pdf [--set KEY=VALUE]...\n"
    "       regie-cli letter reprint LETTER_ID --out FILE.pdf [--verify]\n"
    "       regie-cli letter post LETTER_ID --date YYYY-MM-DD --tracking CODE\n"
    "       regie-cli letter receipt LETTER_ID (--date YYYY-MM-DD | --returned "
    "unclaimed|refused|unknown-address|other [--date YYYY-MM-DD])\n"
    "       regie-cli letter list (--dossier NUMBER | --posted-from YYYY-MM-DD [--posted-to "
    "YYYY-MM-DD]) [--json]\n"
    "       regie-cli letter settings [--json] | letter settings set KEY VALUE"_s;

LetterService* makeService(CliEnv& env)
{
    AppContext* ctx = env.context();
    return ctx ? &ctx->letters() : nullptr;
}

int writeFile(CliEnv& env, const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return env.fail(makeError(ErrorCode::Io, u"%1: %2"_s.arg(path, file.errorString()),
                                  u"out"_s));
    return Exit::Ok;
}

int printLetter(CliEnv& env, const Letter& l, const QStringList& warnings = {})
{
    for (const QString& warning : warnings)
        env.err << "warning: " << warning << Qt::endl;
    if (env.json) {
        env.printJson(QJsonDocument(LetterJson::letter(l)));
        return Exit::Ok;
    }
    env.out << l.id << "  " << l.templateId << " v" << l.templateVersion << "  "
            << l.dossierNumber;
    if (l.postedDate.isValid())
        env.out << "  posted " << l.postedDate.toString(Qt::ISODate) << " " << l.tracking;
    if (l.receivedDate.isValid())
        env.out << "  received " << l.receivedDate.toString(Qt::ISODate);
    if (!l.returnedReason.isEmpty())
        env.out << "  returned (" << l.returnedReason << ")";
    if (l.notifiedDate.isValid())
        env.out << "  notified " << l.notifiedDate.toString(Qt::ISODate);
    env.out << Qt::endl;
    return Exit::Ok;
}

int runTemplates(CliEnv& env, QStringList args)
{
    if (!args.isEmpty())
        return env.usage(kUsage);
    auto catalogue = LetterCatalogue::load();
    if (!catalogue.ok())
        return env.fail(catalogue.error());
    QJsonArray list;
    for (const LetterTemplate& t : catalogue->latest()) {
        list.append(LetterJson::templateEntry(t));
        if (!env.json)
            env.out << QStringLiteral("%1 v%2  %3  %4  %5\n")
                           .arg(t.id, -28)
                           .arg(t.version)
                           .arg(t.kinds.join(u","_s), -8)
                           .arg(t.registered ? u"registered"_s : u"ordinary  "_s, t.title);
    }
    if (env.json)
        env.printJson(QJsonDocument(QJsonObject{{u"templates"_s, list}}));
    env.out.flush();
    return Exit::Ok;
}

int runMake(CliEnv& env, QStringList args)
{
    LetterRequest request;
    request.dossier = takeOption(args, u"--dossier"_s);
    request.templateId = takeOption(args, u"--template"_s);
    const QString out = takeOption(args, u"--out"_s);
    for (QString set = takeOption(args, u"--set"_s); !set.isNull();
         set = takeOption(args, u"--set"_s)) {
        const qsizetype eq = set.indexOf(u'=');
        if (eq <= 0)
            return env.fail(makeError(ErrorCode::Usage,
                                      u"'%1' is not KEY=VALUE"_s.arg(set), u"--set"_s));
        request.extra.insert(set.left(eq), set.mid(eq + 1));
    }
    if (request.dossier.isEmpty() || request.templateId.isEmpty() || out.isEmpty() ||
        !args.isEmpty())
        return env.usage(kUsage);
    auto service = makeService(env);
    if (!service)
        return Exit::Refused;
    const LetterPdfRenderer renderer;
    auto made = service->make(request, renderer);
    if (!made.ok())
        return env.fail(made.error());
    auto bytes = service->reprint(made->letter.id);
    if (!bytes.ok())
        return env.fail(bytes.error());
    if (const int written = writeFile(env, out, *bytes); written != Exit::Ok)
        return written;
    return printLetter(env, made->letter, made->warnings);
}

int runReprint(CliEnv& env, QStringList args)
{
    const QString out = takeOption(args, u"--out"_s);
    const bool verify = takeFlag(args, u"--verify"_s);
    if (args.size() != 1 || out.isEmpty())
        return env.usage(kUsage);
    auto service = makeService(env);
    if (!service)
        return Exit::Refused;
    auto bytes = service->reprint(args.first());
    if (!bytes.ok())
        return env.fail(bytes.error());
    if (verify) {
        auto again = service->rerender(args.first(), LetterPdfRenderer());
        if (!again.ok())
            return env.fail(again.error());
        if (*again != *bytes)
            env.err << "warning: render-differs: rendering the stored data again gives other "
                       "bytes (fonts or Qt changed); the stored letter is printed"
                    << Qt::endl;
    }
    return writeFile(env, out, *bytes);
}

int runPost(CliEnv& env, QStringList args)
{
    auto date = takeDate(args, u"--date"_s);
    if (!date.ok())
        return env.fail(date.error());
    const QString tracking = takeOption(args, u"--tracking"_s);
    if (args.size() != 1 || !date->isValid() || tracking.isNull())
        return env.usage(kUsage);
    auto service = makeService(env);
    if (!service)
        return Exit::Refused;
    auto posted = service->post(args.first(), *date, tracking);
    if (!posted.ok())
        return env.fail(posted.error());
    return printLetter(env, posted->letter, posted->warnings);
}

int runReceipt(CliEnv& env, QStringList args)
{
    auto date = takeDate(args, u"--date"_s);
    if (!date.ok())
        return env.fail(date.error());
    const QString returned = takeOption(args, u"--returned"_s);
    if (args.size() != 1 || (returned.isNull() && !date->isValid()))
        return env.usage(kUsage);
    auto service = makeService(env);
    if (!service)
        return Exit::Refused;
    auto done = returned.isNull() ? service->receipt(args.first(), *date)
                                  : service->returned(args.first(), returned, *date);
    if (!done.ok())
        return env.fail(done.error());
    return printLetter(env, done->letter, done->warnings);
}

int runList(CliEnv& env, QStringList args)
{
    const QString dossier = takeOption(args, u"--dossier"_s);
    auto from = takeDate(args, u"--posted-from"_s);
    auto to = takeDate(args, u"--posted-to"_s);
    if (!from.ok() || !to.ok())
        return env.fail(from.ok() ? to.error() : from.error());
    if (dossier.isEmpty() == !from->isValid() || !args.isEmpty() ||
        (to->isValid() && !from->isValid()))
        return env.usage(kUsage);
    auto service = makeService(env);
    if (!service)
        return Exit::Refused;
    auto letters = !dossier.isEmpty()
                       ? service->list(dossier)
                       : service->repository().posted(
                             *from, to->isValid() ? *to : env.context()->clock().today());
    if (!letters.ok())
        return env.fail(letters.error());
    if (env.json) {
        QJsonArray list;
        for (const Letter& l : *letters)
            list.append(LetterJson::letter(l));
        env.printJson(QJsonDocument(QJsonObject{{u"letters"_s, list}}));
        return Exit::Ok;
    }
    for (const Letter& l : *letters)
        printLetter(env, l);
    return Exit::Ok;
}

int runSettings(CliEnv& env, QStringList args)
{
    AppContext* ctx = env.context();
    if (!ctx)
        return Exit::Refused;
    LetterSettings settings(ctx->workspace().db(), ctx->workspace().writes());
    if (!args.isEmpty()) {
        if (args.size() != 3 || args.first() != u"set"_s)
            return env.usage(kUsage);
        if (auto set = settings.set(args.at(1), args.at(2)); !set.ok())
            return env.fail(set.error());
    }
    auto values = settings.values();
    if (!values.ok())
        return env.fail(values.error());
    if (env.json) {
        env.printJson(QJsonDocument(*values));
        return Exit::Ok;
    }
    for (auto it = values->begin(); it != values->end(); ++it)
        env.out << it.key() << ": " << it.value().toString() << Qt::endl;
    return Exit::Ok;
}

int runLetter(CliEnv& env, QStringList args)
{
    const std::map<QString, CliVerb> verbs = {
        {u"templates"_s, runTemplates}, {u"make"_s, runMake},     {u"reprint"_s, runReprint},
        {u"post"_s, runPost},           {u"receipt"_s, runReceipt}, {u"list"_s, runList},
        {u"settings"_s, runSettings}};
    return runVerb(env, args, kUsage, verbs);
}

[[maybe_unused]] const bool letterNeedsGui = registerGuiCommand(u"letter"_s);

} // namespace

} // namespace regie::cli

REGIE_CLI_COMMAND(letter, "letter templates|make|reprint|post|receipt|list|settings",
                  "letters to PDF and the registered-letter register", regie::cli::runLetter)
