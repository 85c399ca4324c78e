#include "JsonLine.h"

namespace regie::JsonLine {

namespace {

const char* const Hex = "0123456789abcdef";

// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
bool validUtf8(const unsigned char* p, const unsigned char* end)
{
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (end - p <= extra || p[1] < low || p[1] > high)
            return false;
        for (int i = 2; i <= extra; ++i) {
            if (p[i] < 0x80 || p[i] > 0xBF)
                return false;
        }
        p += extra + 1;
    }
    return true;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray& out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6))).append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)))
            .append(char(0x80 | ((cp >> 6) & 0x3F)))
            .append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)))
            .append(char(0x80 | ((cp >> 12) & 0x3F)))
            .append(char(0x80 | ((cp >> 6) & 0x3F)))
            .append(char(0x80 | (cp & 0x3F)));
    }
}

} // namespace

bool isUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    return validUtf8(p, p + bytes.size());
}

void appendString(QByteArray& out, QByteArrayView utf8)
{
    out.append('"');
    const char* p = utf8.data();
    const char* end = p + utf8.size();
    const char* run = p; // start of the bytes that need no escape
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\b': out.append("\\b", 2); break;
        case '\f': out.append("\\f", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        default:
            out.append("\\u00", 4).append(Hex[c >> 4]).append(Hex[c & 0xF]);
            break;
        }
    }
    out.append(run, p - run);
    out.append('"');
}

void Reader::skipSpace()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
        ++m_p;
}

bool Reader::fail(const char* why)
{
    if (!m_why)
        m_why = why;
    return false;
}

QByteArray Reader::why() const
{
    if (!m_why)
        return {};
    return QByteArray(m_why) + " at byte " + QByteArray::number(qint64(m_p - m_begin));
}

bool Reader::expect(char c)
{
    skipSpace();
    if (m_p >= m_end || *m_p != c)
        return fail(c == '}'   ? "expected , or }"
                    : c == ':' ? "expected :"
                    : c == ']' ? "expected , or ]"
                               : "unexpected character");
    ++m_p;
    return true;
}

Reader::Kind Reader::peek()
{
    skipSpace();
    if (m_p >= m_end)
        return Kind::End;
    switch (*m_p) {
    case '"': return Kind::String;
    case '{': return Kind::Object;
    case 'n': return Kind::Null;
    default: return Kind::Other;
    }
}

bool Reader::beginObject(int depth)
{
    if (depth >= MaxDepth)
        return fail("nested too deep");
    return expect('{');
}

bool Reader::string(QByteArrayView* out, QByteArray* storage)
{
    skipSpace();
    if (m_p >= m_end || *m_p != '"')
        return fail("expected a string");
    const char* start = ++m_p;
    bool ascii = true;
    while (m_p < m_end) {
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"' || c == '\\' || c < 0x20)
            break;
        ascii = ascii && c < 0x80;
        ++m_p;
    }
    if (m_p >= m_end)
        return fail("unterminated string");
    if (*m_p == '"') { // the common case: no escape, the text viewed in place
        const auto* s = reinterpret_cast<const unsigned char*>(start);
        if (!ascii && !validUtf8(s, reinterpret_cast<const unsigned char*>(m_p)))
            return fail("text that is not UTF-8");
        *out = QByteArrayView(start, m_p - start);
        ++m_p;
        return true;
    }
    storage->resize(0);
    storage->append(start, m_p - start);
    while (m_p < m_end) {
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            const auto* s = reinterpret_cast<const unsigned char*>(storage->constData());
            if (!validUtf8(s, s + storage->size()))
                return fail("text that is not UTF-8");
            *out = QByteArrayView(*storage);
            ++m_p;
            return true;
        }
        if (c < 0x20)
            return fail("a control character in a string");
        if (c != '\\') {
            storage->append(char(c));
            ++m_p;
            continue;
        }
        if (++m_p >= m_end)
            return fail("unterminated string");
        const char e = *m_p++;
        switch (e) {
        case '"': storage->append('"'); break;
        case '\\': storage->append('\\'); break;
        case '/': storage->append('/'); break;
        case 'b': storage->append('\b'); break;
        case 'f': storage->append('\f'); break;
        case 'n': storage->append('\n'); break;
        case 'r': storage->append('\r'); break;
        case 't': storage->append('\t'); break;
        case 'u': {
            const auto unit = [this]() -> int {
                if (m_end - m_p < 4)
                    return -1;
                int v = 0;
                for (int i = 0; i < 4; ++i) {
                    const int d = hexDigit(m_p[i]);
                    if (d < 0)
                        return -1;
                    v = v * 16 + d;
                }
                m_p += 4;
                return v;
            };
            int cp = unit();
            if (cp < 0)
                return fail("a bad \\u escape");
            if (cp >= 0xDC00 && cp <= 0xDFFF)
                return fail("a lone surrogate");
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                    return fail("a lone surrogate");
                m_p += 2;
                const int low = unit();
                if (low < 0xDC00 || low > 0xDFFF)
                    return fail("a lone surrogate");
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(*storage, char32_t(cp));
            break;
        }
        default: return fail("an unknown escape");
        }
    }
    return fail("unterminated string");
}

bool Reader::literal(const char* word)
{
    const auto length = qstrlen(word);
    if (m_end - m_p < qsizetype(length) || qstrncmp(m_p, word, length) != 0)
        return fail("unexpected character");
    m_p += length;
    return true;
}

bool Reader::null()
{
    skipSpace();
    return literal("null");
}

bool Reader::number()
{
    const auto digits = [this] {
        const char* from = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p - from;
    };
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (m_p < m_end && *m_p == '0')
        ++m_p;
    else if (digits() == 0)
        return fail("a bad number");
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        if (digits() == 0)
            return fail("a bad number");
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (digits() == 0)
            return fail("a bad number");
    }
    return true;
}

bool Reader::array(int depth)
{
    if (depth >= MaxDepth)
        return fail("nested too deep");
    if (!expect('['))
        return false;
    skipSpace();
    if (m_p < m_end && *m_p == ']') {
        ++m_p;
        return true;
    }
    for (;;) {
        if (!skipValue(depth + 1))
            return false;
        skipSpace();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            continue;
        }
        return expect(']');
    }
}

bool Reader::skipValue(int depth)
{
    skipSpace();
    if (m_p >= m_end)
        return fail("a value is missing");
    QByteArray storage;
    QByteArrayView ignored;
    switch (*m_p) {
    case '"': return string(&ignored, &storage);
    case '{':
        return object([this, depth](QByteArrayView) { return skipValue(depth + 1); }, depth);
    case '[': return array(depth);
    case 't': return literal("true");
    case 'f': return literal("false");
    case 'n': return literal("null");
    default: return number();
    }
}

bool Reader::atEnd()
{
    skipSpace();
    return m_p == m_end || fail("bytes after the end");
}

} // namespace regie::JsonLine
