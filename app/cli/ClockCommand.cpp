#include "ClockCommand.h"

#include "common/Error.h"
#include "rules/ClockEvaluation.h"
#include "rules/RuleBook.h"

#include <QFile>
#include <QJsonDocument>

#include <optional>

namespace regie::cli {

namespace {

constexpr int ExitOk = 0;
constexpr int ExitInternal = 1;
constexpr int ExitInput = 2;

std::optional<QByteArray> readInput(const QString& source, QTextStream& err, QTextStream& in)
{
    if (source == QLatin1String("-"))
        return in.readAll().toUtf8();
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "clock: cannot read " << source << ": " << file.errorString() << Qt::endl;
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

int runClockCommand(const QStringList& args, QTextStream& out, QTextStream& err, QTextStream& in)
{
    if (args.size() != 1) {
        err << "usage: regie-cli clock FILE   (or - to read the scenario from standard input)"
            << Qt::endl;
        return ExitInput;
    }
    const auto input = readInput(args.first(), err, in);
    if (!input)
        return ExitInput;
    const auto book = RuleBook::loadDefault();
    if (!book) {
        err << "clock: rule data unavailable (" << errorCodeName(book.error().code) << ", "
            << book.error().field << "): " << book.error().detail << Qt::endl;
        return ExitInternal;
    }
    const auto result = evaluateClockScenario(*input, *book);
    if (!result) {
        const Error& error = result.error();
        err << "clock: malformed scenario: field " << error.field << ": " << error.detail
            << Qt::endl;
        return error.code == ErrorCode::Format ? ExitInput : ExitInternal;
    }
    out << QJsonDocument(*result).toJson(QJsonDocument::Indented);
    out.flush();
    return ExitOk;
}

} // namespace regie::cli
