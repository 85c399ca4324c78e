#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace regie::JsonLine {

// Well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
bool isUtf8(QByteArrayView bytes);

// Appends UTF-8 text as a JSON string: quoted; '"', '\' and control characters escaped; other
// characters as they are.
void appendString(QByteArray& out, QByteArrayView utf8);

// A strict reader of one JSON text in memory (RFC 8259) for the change lines of a bundle, which
// are read 100,000 at a time: no document tree, strings handed out in place when they hold no
// escape. Any JSON value can be skipped; malformed JSON, text that is not UTF-8, nesting deeper
// than 32 and trailing bytes are refused (false, then failed() is true and why() says what).
class Reader
{
public:
    explicit Reader(QByteArrayView text) : m_p(text.data()), m_begin(m_p), m_end(m_p + text.size())
    {
    }

    enum class Kind { String, Null, Object, Other, End };
    // What the next value is, after any whitespace; nothing consumed.
    Kind peek();

    // Calls onMember(key) for each member of the object that starts here; onMember reads the
    // member's value (or skips it) and returns false to stop. False when the object is malformed
    // (failed() is then true) or onMember stopped.
    template <typename OnMember> bool object(OnMember&& onMember, int depth = 0);

    // A string value: *out views the text in place, or *storage when the string has escapes.
    bool string(QByteArrayView* out, QByteArray* storage);
    bool null();
    bool skipValue(int depth = 0);
    // True when only whitespace is left.
    bool atEnd();

    bool failed() const { return m_why != nullptr; }
    // What was wrong and at which byte, for a refusal's message.
    QByteArray why() const;

private:
    static constexpr int MaxDepth = 32;
    void skipSpace();
    bool fail(const char* why);
    bool expect(char c);
    bool beginObject(int depth);
    bool literal(const char* word);
    bool number();
    bool array(int depth);

    const char* m_p;
    const char* m_begin;
    const char* m_end;
    const char* m_why = nullptr;
};

template <typename OnMember> bool Reader::object(OnMember&& onMember, int depth)
{
    if (!beginObject(depth))
        return false;
    skipSpace();
    if (m_p < m_end && *m_p == '}') {
        ++m_p;
        return true;
    }
    QByteArray keyStorage;
    for (;;) {
        QByteArrayView key;
        if (!string(&key, &keyStorage) || !expect(':'))
            return false;
        if (!onMember(key))
            return false; // onMember says why, or failed() does
        skipSpace();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            skipSpace();
            continue;
        }
        return expect('}');
    }
}

} // namespace regie::JsonLine
