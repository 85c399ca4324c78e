#include "RuleBook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace regie {

Result<RuleBook> RuleBook::loadDefault()
{
    return loadFile(defaultResourcePath());
}

Result<RuleBook> RuleBook::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, file.errorString(), path);
    return fromJson(file.readAll());
}

Result<RuleBook> RuleBook::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::Format,
                         QStringLiteral("rule book is not a JSON object: ") +
                             parseError.errorString(),
                         QStringLiteral("(root)"));
    return fromJson(document.object());
}

Result<RuleBook> RuleBook::fromJson(const QJsonObject& object)
{
    const QJsonValue sets = object.value(QLatin1String("ruleSets"));
    if (!sets.isArray())
        return makeError(ErrorCode::Format, QStringLiteral("ruleSets must be an array"),
                         QStringLiteral("ruleSets"));
    RuleBook book;
    const QJsonArray array = sets.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = QStringLiteral("ruleSets[%1]").arg(i);
        if (!array.at(i).isObject())
            return makeError(ErrorCode::Format, QStringLiteral("rule set must be an object"),
                             prefix);
        auto set = RuleSet::fromJson(array.at(i).toObject());
        if (!set) {
            Error error = set.error();
            error.field = prefix + QLatin1Char('.') + error.field;
            return error;
        }
        if (auto added = book.add(std::move(set).value()); !added) {
            Error error = added.error();
            error.field = prefix + QStringLiteral(".validFrom");
            return error;
        }
    }
    return book;
}

Result<void> RuleBook::add(RuleSet set)
{
    for (const RuleSet& existing : m_sets) {
        if (existing.procedure == set.procedure && existing.validFrom == set.validFrom)
            return makeError(ErrorCode::Conflict,
                             tr("two rule sets for %1 from %2: %3 and %4")
                                 .arg(procedureKindName(set.procedure),
                                      set.validFrom.toString(Qt::ISODate), existing.name, set.name),
                             QStringLiteral("validFrom"));
    }
    m_sets.append(std::move(set));
    std::stable_sort(m_sets.begin(), m_sets.end(), [](const RuleSet& a, const RuleSet& b) {
        if (a.procedure != b.procedure)
            return a.procedure < b.procedure;
        return a.validFrom < b.validFrom;
    });
    return {};
}

Result<RuleSet> RuleBook::forProcedure(ProcedureKind kind, const QDate& date) const
{
    const RuleSet* found = nullptr;
    for (const RuleSet& set : m_sets) {
        if (set.procedure == kind && date.isValid() && set.validFrom <= date)
            found = &set; // sorted by validFrom: the last match is the newest in force
    }
    if (!found)
        return makeError(ErrorCode::NotFound,
                         tr("no %1 rule set valid on %2")
                             .arg(procedureKindName(kind), date.toString(Qt::ISODate)));
    return *found;
}

Result<RuleSet> RuleBook::latest(ProcedureKind kind) const
{
    for (auto it = m_sets.crbegin(); it != m_sets.crend(); ++it) {
        if (it->procedure == kind)
            return *it;
    }
    return makeError(ErrorCode::NotFound, tr("no %1 rule set").arg(procedureKindName(kind)));
}

QDate RuleBook::validUntil(const RuleSet& set) const
{
    for (const RuleSet& other : m_sets) {
        if (other.procedure == set.procedure && other.validFrom > set.validFrom)
            return other.validFrom.addDays(-1); // sorted: the first later set ends this one
    }
    return {};
}

} // namespace regie
