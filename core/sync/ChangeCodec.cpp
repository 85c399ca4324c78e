#include "ChangeCodec.h"

#include "JsonLine.h"
#include "common/Ids.h"

#include <QJsonObject>

namespace regie::ChangeCodec {

// Checked by hand, once per change of a bundle of 100,000 (a regular expression was a visible
// part of an import).
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

namespace {

void appendMember(QByteArray& out, char key)
{
    if (out.isEmpty() || out.back() != '{')
        out.append(',');
    out.append('"').append(key).append("\":", 2);
}

void appendValue(QByteArray& out, const SqlValue& v)
{
    switch (v.type) {
    case SqlValue::Type::Null: out.append("null", 4); return;
    case SqlValue::Type::Text: JsonLine::appendString(out, v.bytes); return;
    case SqlValue::Type::Integer:
        out.append("{\"i\":\"", 6).append(QByteArray::number(v.integer)).append("\"}", 2);
        return;
    case SqlValue::Type::Real:
        out.append("{\"r\":\"", 6).append(QByteArray::number(v.real, 'g', 17)).append("\"}", 2);
        return;
    case SqlValue::Type::Blob:
        out.append("{\"x\":\"", 6)
            .append(QByteArray::fromRawData(v.bytes.data(), v.bytes.size()).toBase64())
            .append("\"}", 2);
        return;
    }
}

// A value as the write path stores it; *storage holds the bytes a text or blob views.
SqlValue sqlValue(const QVariant& value, QByteArray* storage)
{
    SqlValue v;
    if (!value.isValid() || value.isNull())
        return v;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        v.type = SqlValue::Type::Integer;
        v.integer = value.toLongLong();
        return v;
    case QMetaType::Float:
    case QMetaType::Double:
        v.type = SqlValue::Type::Real;
        v.real = value.toDouble();
        return v;
    case QMetaType::QByteArray:
        v.type = SqlValue::Type::Blob;
        *storage = value.toByteArray();
        break;
    default:
        v.type = SqlValue::Type::Text;
        *storage = value.toString().toUtf8();
        break;
    }
    v.bytes = QByteArrayView(*storage);
    return v;
}

// repeats: for format 2, the previous line's d, e, i, u, x (updated); null for a whole line.
void writeLine(QByteArray& out, const RawChange& c, const std::optional<FieldStamps>& basis,
               std::array<QByteArray, 5>* repeats)
{
    out.append('{');
    const auto text = [&out](char key, QByteArrayView value) {
        appendMember(out, key);
        JsonLine::appendString(out, value);
    };
    // A part that repeats is left out when it equals the line before's.
    const auto repeating = [&](char key, int slot, QByteArrayView value) {
        if (repeats) {
            QByteArray& previous = (*repeats)[size_t(slot)];
            if (QByteArrayView(previous) == value && !previous.isNull())
                return;
            previous = value.toByteArray();
            if (previous.isNull())
                previous = QByteArray("");
        }
        text(key, value);
    };
    appendMember(out, 'a');
    appendValue(out, c.oldValue);
    appendMember(out, 'b');
    appendValue(out, c.newValue);
    repeating('d', 0, c.entityId);
    repeating('e', 1, c.entity);
    text('f', c.field);
    // A stamp made where the change was made ends in "-" and that installation: said once, by "i".
    const qsizetype shortStamp = c.hlc.size() - c.installation.size() - 1;
    if (repeats && shortStamp == 18 && c.hlc.at(18) == '-' && c.hlc.endsWith(c.installation))
        text('h', c.hlc.first(18));
    else
        text('h', c.hlc);
    repeating('i', 2, c.installation);
    if (basis && c.op == "delete") {
        appendMember(out, 'k');
        out.append('{');
        for (auto it = basis->cbegin(); it != basis->cend(); ++it) {
            if (out.back() != '{')
                out.append(',');
            JsonLine::appendString(out, it.key().toUtf8());
            out.append(':');
            JsonLine::appendString(out, it.value().toUtf8());
        }
        out.append('}');
    }
    text('o', c.op);
    appendMember(out, 's');
    out.append('"').append(QByteArray::number(c.seq)).append('"');
    repeating('u', 3, c.userName);
    repeating('x', 4, c.txn);
    out.append('}');
}

} // namespace

void Encoder::append(QByteArray& out, const RawChange& c, const std::optional<FieldStamps>& basis)
{
    writeLine(out, c, basis, &m_previous);
}

QByteArray encode(const RemoteChange& c, const std::optional<FieldStamps>& basis)
{
    const QByteArray txn = c.txn.toUtf8(), hlc = c.hlc.toUtf8(),
                     installation = c.installation.toUtf8(), user = c.userName.toUtf8(),
                     entity = c.entity.toUtf8(), id = c.entityId.toUtf8(), op = c.op.toUtf8(),
                     field = c.field.toUtf8();
    QByteArray oldBytes, newBytes;
    const RawChange raw{c.seq,  txn, hlc,   installation,
                        user,   entity, id, op,
                        field,  sqlValue(c.oldValue, &oldBytes), sqlValue(c.newValue, &newBytes)};
    QByteArray line;
    writeLine(line, raw, basis, nullptr);
    return line;
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
