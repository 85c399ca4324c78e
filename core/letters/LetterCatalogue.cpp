#include "LetterCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace regie {

namespace {

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, file.errorString()));
    return file.readAll();
}

Result<LetterTemplate> parseEntry(const QJsonObject& o, const QString& folder)
{
    LetterTemplate t;
    t.id = o.value(QStringLiteral("id")).toString();
    t.version = o.value(QStringLiteral("version")).toInt();
    t.title = o.value(QStringLiteral("title")).toString();
    t.file = o.value(QStringLiteral("file")).toString();
    t.registered = o.value(QStringLiteral("registered")).toBool();
    t.notifies = o.value(QStringLiteral("notifies")).toString();
    t.precondition = o.value(QStringLiteral("requires")).toString();
    for (const QJsonValue& kind : o.value(QStringLiteral("kinds")).toArray())
        t.kinds << kind.toString();
    if (t.id.isEmpty() || t.version <= 0 || t.file.isEmpty() || t.kinds.isEmpty())
        return makeError(ErrorCode::Format,
                         QStringLiteral("letter index: entry '%1' needs id, version > 0, file "
                                        "and kinds")
                             .arg(t.id),
                         QStringLiteral("templates"));
    auto html = readFile(folder + QLatin1Char('/') + t.file);
    if (!html.ok())
        return html.error();
    t.html = QString::fromUtf8(*html);
    return t;
}

} // namespace

Result<LetterCatalogue> LetterCatalogue::load(const QString& folder)
{
    auto index = readFile(folder + QStringLiteral("/index.json"));
    if (!index.ok())
        return index.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*index, &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::Format,
                         QStringLiteral("letter index: %1").arg(parseError.errorString()));
    LetterCatalogue catalogue;
    for (const QJsonValue& entry : doc.object().value(QStringLiteral("templates")).toArray()) {
        auto parsed = parseEntry(entry.toObject(), folder);
        if (!parsed.ok())
            return parsed.error();
        for (const LetterTemplate& known : catalogue.m_templates) {
            if (known.id == parsed->id && known.version == parsed->version)
                return makeError(ErrorCode::Format,
                                 QStringLiteral("letter index: %1 v%2 is listed twice")
                                     .arg(known.id)
                                     .arg(known.version));
        }
        catalogue.m_templates.append(*parsed);
    }
    return catalogue;
}

QVector<LetterTemplate> LetterCatalogue::latest() const
{
    QVector<LetterTemplate> result;
    for (const LetterTemplate& t : m_templates) {
        auto newest = find(t.id);
        const bool listed = std::any_of(result.begin(), result.end(),
                                        [&](const LetterTemplate& r) { return r.id == t.id; });
        if (newest.ok() && !listed)
            result.append(*newest);
    }
    return result;
}

Result<LetterTemplate> LetterCatalogue::find(const QString& id, int version) const
{
    const LetterTemplate* best = nullptr;
    for (const LetterTemplate& t : m_templates) {
        if (t.id != id)
            continue;
        if (version > 0 ? t.version == version : (!best || t.version > best->version))
            best = &t;
    }
    if (best)
        return *best;
    QStringList ids;
    for (const LetterTemplate& t : latest())
        ids << t.id;
    const QString what = version > 0 ? QStringLiteral("%1 v%2").arg(id).arg(version) : id;
    return makeError(ErrorCode::NotFound,
                     QStringLiteral("no letter template %1; known: %2")
                         .arg(what, ids.join(QStringLiteral(", "))),
                     QStringLiteral("template"));
}

} // namespace regie
