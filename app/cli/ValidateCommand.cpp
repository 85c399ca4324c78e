#include "ValidateCommand.h"

#include "CliEnv.h"
#include "identifiers/IdentifierKind.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace regie::cli {

namespace {

int usage(QTextStream& err, const QString& problem)
{
    err << "regie-cli validate: " << problem << '\n'
        << "usage: regie-cli validate nrn|bis|kbo|iban|ogm|pv VALUE [--json]" << Qt::endl;
    return Exit::Usage;
}

QJsonObject toJson(IdentifierKind kind, const QString& input, const IdentifierCheck& check)
{
    QJsonObject object{
        {QStringLiteral("kind"), identifierKindName(kind)},
        {QStringLiteral("input"), input},
        {QStringLiteral("valid"), check.valid},
        {QStringLiteral("rule"), check.rule},
        {QStringLiteral("detail"), check.detail},
        {QStringLiteral("normalized"), check.normalized},
        {QStringLiteral("formatted"), check.valid ? formatIdentifier(kind, input) : QString()},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(check.warnings)},
    };
    return object;
}

void printText(IdentifierKind kind, const QString& input, const IdentifierCheck& check,
               QTextStream& out, QTextStream& err)
{
    if (!check.valid) {
        err << "invalid: " << check.rule << ": " << check.detail << Qt::endl;
        return;
    }
    out << formatIdentifier(kind, input) << Qt::endl;
    for (const QString& warning : check.warnings)
        err << "warning: " << warning << ": " << check.detail << Qt::endl;
}

} // namespace

int runValidateCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QStringList words = args;
    const bool json = words.removeAll(QStringLiteral("--json")) > 0;
    if (words.size() != 2)
        return usage(err, words.size() < 2 ? QStringLiteral("expected KIND and VALUE")
                                           : QStringLiteral("too many arguments (quote values "
                                                            "that contain spaces)"));
    const std::optional<IdentifierKind> kind = identifierKindFromName(words.at(0));
    if (!kind)
        return usage(err, QStringLiteral("unknown kind '%1'").arg(words.at(0)));
    const QString& input = words.at(1);
    const IdentifierCheck check = checkIdentifier(*kind, input);
    if (json) {
        out << QJsonDocument(toJson(*kind, input, check)).toJson(QJsonDocument::Indented);
        out.flush();
        if (!check.valid)
            err << "invalid: " << check.rule << ": " << check.detail << Qt::endl;
    } else {
        printText(*kind, input, check, out, err);
    }
    return check.valid ? Exit::Ok : Exit::Refused;
}

} // namespace regie::cli
