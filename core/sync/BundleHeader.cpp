#include "BundleHeader.h"

#include "common/Ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace regie {

namespace {

Error bad(const QString& why)
{
    return ruleError(ErrorCode::Format, QStringLiteral("bad-header"), why);
}

qint64 number(const QJsonValue& value, bool* ok)
{
    return value.toString().toLongLong(ok);
}

} // namespace

const BundleHeader::Recipient* BundleHeader::recipient(const QString& installationId) const
{
    for (const Recipient& r : recipients) {
        if (r.installationId == installationId)
            return &r;
    }
    return nullptr;
}

QByteArray BundleHeader::toJson() const
{
    QJsonArray to;
    for (const Recipient& r : recipients)
        to.append(
            QJsonObject{{QStringLiteral("installation"), r.installationId},
                        {QStringLiteral("key"), QString::fromLatin1(r.sealedKey.toBase64())}});
    QJsonObject ackObject;
    for (auto it = acks.cbegin(); it != acks.cend(); ++it)
        ackObject.insert(it.key(), QString::number(it.value()));
    const QJsonObject header{
        {QStringLiteral("format"), format},
        {QStringLiteral("bundle"), bundleId},
        {QStringLiteral("sender"), QJsonObject{{QStringLiteral("installation"), senderId},
                                               {QStringLiteral("code"), senderCode},
                                               {QStringLiteral("name"), senderName}}},
        {QStringLiteral("recipients"), to},
        {QStringLiteral("from"), QString::number(fromSeq)},
        {QStringLiteral("to"), QString::number(toSeq)},
        {QStringLiteral("changes"), QString::number(changes)},
        {QStringLiteral("schema"), schemaVersion},
        {QStringLiteral("created"), createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("scope"), QJsonArray::fromStringList(scope)},
        {QStringLiteral("acks"), ackObject}};
    return QJsonDocument(header).toJson(QJsonDocument::Compact);
}

Result<BundleHeader> BundleHeader::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return bad(parseError.errorString());
    const QJsonObject o = document.object();
    BundleHeader h;
    h.format = o.value(QLatin1String("format")).toInt();
    h.bundleId = o.value(QLatin1String("bundle")).toString();
    const QJsonObject sender = o.value(QLatin1String("sender")).toObject();
    h.senderId = sender.value(QLatin1String("installation")).toString();
    h.senderCode = sender.value(QLatin1String("code")).toString();
    h.senderName = sender.value(QLatin1String("name")).toString();
    for (const QJsonValue& value : o.value(QLatin1String("recipients")).toArray()) {
        const QJsonObject r = value.toObject();
        h.recipients.push_back(
            {r.value(QLatin1String("installation")).toString(),
             QByteArray::fromBase64(r.value(QLatin1String("key")).toString().toLatin1())});
    }
    bool ok[3] = {false, false, false};
    h.fromSeq = number(o.value(QLatin1String("from")), &ok[0]);
    h.toSeq = number(o.value(QLatin1String("to")), &ok[1]);
    h.changes = number(o.value(QLatin1String("changes")), &ok[2]);
    h.schemaVersion = o.value(QLatin1String("schema")).toInt();
    h.createdAt = QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODate);
    for (const QJsonValue& value : o.value(QLatin1String("scope")).toArray())
        h.scope << value.toString();
    const QJsonObject ackObject = o.value(QLatin1String("acks")).toObject();
    for (auto it = ackObject.constBegin(); it != ackObject.constEnd(); ++it)
        h.acks.insert(it.key(), it.value().toString().toLongLong());
    if (!readable(h.format))
        return ruleError(ErrorCode::Format, QStringLiteral("unknown-format"),
                         QStringLiteral("bundle format %1, this program reads %2 to %3")
                             .arg(h.format)
                             .arg(OldestFormat)
                             .arg(FormatVersion));
    if (!isId(h.bundleId) || !isId(h.senderId) || h.recipients.isEmpty() || !ok[0] || !ok[1] ||
        !ok[2] || h.fromSeq < 1 || h.toSeq < h.fromSeq - 1 || h.changes < 0 ||
        h.schemaVersion <= 0 || !h.createdAt.isValid())
        return bad(QStringLiteral("a required part is missing or wrong"));
    return h;
}

} // namespace regie
