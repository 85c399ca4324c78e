// Reading the change lines of a bundle (ChangeCodec.h): the strict JSON reader's output turned
// into changes, format 1 and format 2.

#include "ChangeCodec.h"

#include "JsonLine.h"
#include "common/Ids.h"

#include <charconv>

namespace regie::ChangeCodec {

namespace {

using JsonLine::Reader;

// The members of a line, by their one-letter key.
enum Slot { A, B, D, E, F, H, I, K, O, S, U, X, Slots };
int slotOf(char key)
{
    switch (key) {
    case 'a': return A;
    case 'b': return B;
    case 'd': return D;
    case 'e': return E;
    case 'f': return F;
    case 'h': return H;
    case 'i': return I;
    case 'k': return K;
    case 'o': return O;
    case 's': return S;
    case 'u': return U;
    case 'x': return X;
    default: return -1;
    }
}

// A value member: null, a string, or {"i"|"r"|"x": string}.
struct ValueText
{
    char kind = 0; // 0 null, 's' text, 'i', 'r', 'x'
    QByteArrayView text;
};

bool readValue(Reader& r, ValueText* out, QByteArray* storage)
{
    switch (r.peek()) {
    case Reader::Kind::Null: out->kind = 0; return r.null();
    case Reader::Kind::String: out->kind = 's'; return r.string(&out->text, storage);
    case Reader::Kind::Object: {
        int members = 0;
        return r.object([&](QByteArrayView key) {
            if (++members > 1 || key.size() != 1 || (key[0] != 'i' && key[0] != 'r' && key[0] != 'x'))
                return false;
            out->kind = key[0];
            return r.string(&out->text, storage);
        }) && members == 1;
    }
    default: return false;
    }
}

bool toVariant(const ValueText& v, QVariant* out)
{
    const char* begin = v.text.data();
    const char* end = begin + v.text.size();
    switch (v.kind) {
    case 0: *out = QVariant(); return true;
    case 's': *out = QString::fromUtf8(v.text); return true;
    case 'i': {
        qint64 n = 0;
        const auto [at, error] = std::from_chars(begin, end, n);
        *out = n;
        return begin != end && error == std::errc() && at == end;
    }
    case 'r': {
        double d = 0;
        const auto [at, error] = std::from_chars(begin, end, d);
        *out = d;
        return begin != end && error == std::errc() && at == end;
    }
    case 'x': {
        auto decoded = QByteArray::fromBase64Encoding(QByteArray(begin, v.text.size()),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        *out = decoded.decoded;
        return bool(decoded);
    }
    default: return false;
    }
}

// "k": {"field":"stamp",...} with plain field names and non-empty stamps.
bool readBasis(Reader& r, FieldStamps* basis)
{
    if (r.peek() != Reader::Kind::Object)
        return false;
    QByteArray storage;
    return r.object([&](QByteArrayView key) {
        const QString field = QString::fromUtf8(key);
        QByteArrayView stamp;
        if (!isPlainName(field) || !r.string(&stamp, &storage) || stamp.isEmpty())
            return false;
        basis->insert(field, QString::fromUtf8(stamp));
        return true;
    });
}

Error bad(const QString& why)
{
    return ruleError(ErrorCode::Format, QStringLiteral("bad-change"), why);
}

} // namespace

Result<RemoteChange> decode(QByteArrayView line, std::optional<FieldStamps>* basis)
{
    return Decoder().decode(line, basis);
}

QString Decoder::text(int slot, QByteArrayView utf8)
{
    Recent& recent = m_recent[size_t(slot)];
    if (recent.set && QByteArrayView(recent.bytes) == utf8)
        return recent.text;
    recent.set = true;
    recent.bytes.resize(0);
    recent.bytes.append(utf8.data(), utf8.size());
    recent.text = QString::fromUtf8(utf8);
    return recent.text;
}

bool Decoder::repeated(int slot, bool present, QByteArrayView utf8, QString* out)
{
    if (present)
        *out = text(slot, utf8);
    else if (m_format >= 2 && m_recent[size_t(slot)].set)
        *out = m_recent[size_t(slot)].text;
    else
        return false;
    return true;
}

Result<RemoteChange> Decoder::decode(QByteArrayView line, std::optional<FieldStamps>* basis)
{
    Reader r(line);
    if (r.peek() != Reader::Kind::Object)
        return bad(QStringLiteral("not a JSON object"));
    std::array<QByteArrayView, Slots> texts;
    std::array<ValueText, 2> values;
    std::optional<FieldStamps> known;
    unsigned seen = 0;
    const char* problem = nullptr;
    const bool read = r.object([&](QByteArrayView key) {
        const int slot = key.size() == 1 ? slotOf(key[0]) : -1;
        if (slot < 0)
            return r.skipValue(1); // a member of a later version: not this program's concern
        if (seen & (1u << slot)) {
            problem = "a member appears twice";
            return false;
        }
        seen |= 1u << slot;
        QByteArray* storage = &m_storage[size_t(slot)];
        if (slot == A || slot == B) {
            if (readValue(r, &values[size_t(slot)], storage))
                return true;
            if (!r.failed()) // valid JSON, but no value of a change
                problem = "a value has an unknown type";
            return false;
        }
        if (slot == K) {
            known.emplace();
            if (readBasis(r, &*known))
                return true;
            if (!r.failed())
                problem = "what a deletion was made knowing is malformed";
            return false;
        }
        if ((slot == F || slot == U) && r.peek() == Reader::Kind::Null)
            return r.null(); // read as empty
        if (r.peek() != Reader::Kind::String) {
            problem = "a required part is missing or wrong";
            return false;
        }
        return r.string(&texts[size_t(slot)], storage);
    });
    if (!read || !r.atEnd())
        return bad(problem ? QString::fromLatin1(problem)
                   : r.failed() ? QString::fromLatin1(r.why())
                                : QStringLiteral("not a change"));
    constexpr unsigned bothValues = (1u << A) | (1u << B);
    constexpr unsigned required = bothValues | (1u << H) | (1u << O) | (1u << S);
    if ((seen & bothValues) != bothValues)
        return bad(QStringLiteral("a value has an unknown type"));
    const auto has = [seen](int slot) { return (seen & (1u << slot)) != 0; };
    RemoteChange c;
    // x, i, u, e, d: in format 2 a line leaves them out when they repeat the line before.
    const bool partsOk = (seen & required) == required &&
                         repeated(0, has(X), texts[X], &c.txn) &&
                         repeated(1, has(I), texts[I], &c.installation) &&
                         (repeated(2, has(U), texts[U], &c.userName) || m_format < 2) &&
                         repeated(3, has(E), texts[E], &c.entity) &&
                         repeated(4, has(D), texts[D], &c.entityId);
    if (!partsOk)
        return bad(QStringLiteral("a required part is missing or wrong"));
    const QByteArrayView seqText = texts[S];
    const auto [at, error] = std::from_chars(seqText.data(), seqText.data() + seqText.size(), c.seq);
    const bool seqOk = !seqText.isEmpty() && seqText[0] != '-' && error == std::errc() &&
                       at == seqText.data() + seqText.size();
    // A short stamp (format 2) was made at the line's installation.
    if (m_format >= 2 && texts[H].size() == 18)
        c.hlc = QString::fromUtf8(texts[H]) + QLatin1Char('-') + c.installation;
    else
        c.hlc = QString::fromUtf8(texts[H]);
    c.op = text(5, texts[O]);
    c.field = text(6, texts[F]);
    const bool knownOp = c.op == QLatin1String("set") || c.op == QLatin1String("create") ||
                         c.op == QLatin1String("delete") || c.op == QLatin1String("restore");
    if (!seqOk || c.seq <= 0 || c.txn.isEmpty() || c.hlc.isEmpty() || c.entity.isEmpty() ||
        c.entityId.isEmpty() || !knownOp || !isId(c.installation))
        return bad(QStringLiteral("a required part is missing or wrong"));
    // Entity and field names end up in SQL as identifiers: letters, digits and '_' only.
    if (!isPlainName(c.entity) || (!c.field.isEmpty() && !isPlainName(c.field)))
        return bad(QStringLiteral("entity or field is not a plain name"));
    if (!toVariant(values[0], &c.oldValue) || !toVariant(values[1], &c.newValue))
        return bad(QStringLiteral("a value has an unknown type"));
    if (known && c.op != QLatin1String("delete"))
        return bad(QStringLiteral("what a deletion was made knowing is malformed"));
    if (basis)
        *basis = std::move(known);
    return c;
}

} // namespace regie::ChangeCodec
