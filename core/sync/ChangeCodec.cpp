#include "ChangeCodec.h"

#include "common/Ids.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace regie::ChangeCodec {

namespace {

// [a-z_][a-z0-9_]*: a name that may stand in SQL as an identifier. Checked by hand, once per
// change of a bundle of 100,000 (a regular expression was a visible part of an import).
bool isPlainName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t ch = name.at(i).unicode();
        const bool letter = (ch >= u'a' && ch <= u'z') || ch == u'_';
        const bool digit = ch >= u'0' && ch <= u'9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

QJsonValue encodeValue(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QJsonObject{{QStringLiteral("i"), QString::number(value.toLongLong())}};
    case QMetaType::Float:
    case QMetaType::Double:
        return QJsonObject{{QStringLiteral("r"), QString::number(value.toDouble(), 'g', 17)}};
    case QMetaType::QByteArray:
        return QJsonObject{
            {QStringLiteral("x"), QString::fromLatin1(value.toByteArray().toBase64())}};
    default:
        return value.toString();
    }
}

bool decodeValue(const QJsonValue& json, QVariant* out)
{
    if (json.isNull()) {
        *out = QVariant();
        return true;
    }
    if (json.isString()) {
        *out = json.toString();
        return true;
    }
    if (!json.isObject() || json.toObject().size() != 1)
        return false;
    const QJsonObject object = json.toObject();
    const QString kind = object.constBegin().key();
    const QString text = object.constBegin().value().toString();
    bool ok = false;
    if (kind == QLatin1String("i")) {
        *out = text.toLongLong(&ok);
    } else if (kind == QLatin1String("r")) {
        *out = text.toDouble(&ok);
    } else if (kind == QLatin1String("x")) {
        *out = QByteArray::fromBase64(text.toLatin1());
        ok = true;
    }
    return ok;
}

Error bad(const QString& why)
{
    return ruleError(ErrorCode::Format, QStringLiteral("bad-change"), why);
}

} // namespace

QByteArray encode(const RemoteChange& c, const std::optional<FieldStamps>& basis)
{
    QJsonObject object{{QStringLiteral("s"), QString::number(c.seq)},
                       {QStringLiteral("x"), c.txn},
                       {QStringLiteral("h"), c.hlc},
                       {QStringLiteral("i"), c.installation},
                       {QStringLiteral("u"), c.userName},
                       {QStringLiteral("e"), c.entity},
                       {QStringLiteral("d"), c.entityId},
                       {QStringLiteral("o"), c.op},
                       {QStringLiteral("f"), c.field},
                       {QStringLiteral("a"), encodeValue(c.oldValue)},
                       {QStringLiteral("b"), encodeValue(c.newValue)}};
    if (basis && c.op == QLatin1String("delete"))
        object.insert(QStringLiteral("k"), basisJson(*basis));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<RemoteChange> decode(const QByteArray& line, std::optional<FieldStamps>* basis)
{
    static const QSet<QString> ops{QStringLiteral("create"), QStringLiteral("set"),
                                   QStringLiteral("delete"), QStringLiteral("restore")};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return bad(parseError.errorString());
    const QJsonObject o = document.object();
    RemoteChange c;
    bool seqOk = false;
    c.seq = o.value(QLatin1String("s")).toString().toLongLong(&seqOk);
    c.txn = o.value(QLatin1String("x")).toString();
    c.hlc = o.value(QLatin1String("h")).toString();
    c.installation = o.value(QLatin1String("i")).toString();
    c.userName = o.value(QLatin1String("u")).toString();
    c.entity = o.value(QLatin1String("e")).toString();
    c.entityId = o.value(QLatin1String("d")).toString();
    c.op = o.value(QLatin1String("o")).toString();
    c.field = o.value(QLatin1String("f")).toString();
    if (!seqOk || c.seq <= 0 || c.txn.isEmpty() || c.hlc.isEmpty() || c.entity.isEmpty() ||
        c.entityId.isEmpty() || !ops.contains(c.op) || !isId(c.installation))
        return bad(QStringLiteral("a required part is missing or wrong"));
    // Entity and field names end up in SQL as identifiers: letters, digits and '_' only.
    if (!isPlainName(c.entity) || (!c.field.isEmpty() && !isPlainName(c.field)))
        return bad(QStringLiteral("entity or field is not a plain name"));
    if (!decodeValue(o.value(QLatin1String("a")), &c.oldValue) ||
        !decodeValue(o.value(QLatin1String("b")), &c.newValue))
        return bad(QStringLiteral("a value has an unknown type"));
    if (basis)
        basis->reset();
    if (o.contains(QLatin1String("k"))) {
        FieldStamps known;
        if (c.op != QLatin1String("delete") || !basisFromJson(o.value(QLatin1String("k")), &known))
            return bad(QStringLiteral("what a deletion was made knowing is malformed"));
        if (basis)
            *basis = known;
    }
    return c;
}

QJsonValue basisJson(const FieldStamps& basis)
{
    QJsonObject object;
    for (auto it = basis.cbegin(); it != basis.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

bool basisFromJson(const QJsonValue& json, FieldStamps* basis)
{
    if (!json.isObject())
        return false;
    const QJsonObject object = json.toObject();
    FieldStamps parsed;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!isPlainName(it.key()) || !it.value().isString() ||
            it.value().toString().isEmpty())
            return false;
        parsed.insert(it.key(), it.value().toString());
    }
    *basis = parsed;
    return true;
}

} // namespace regie::ChangeCodec
