#include "Hlc.h"

#include <algorithm>

namespace regie {

QByteArray Hlc::formatAscii(qint64 ms, int counter, const QByteArray& installation)
{
    // Written digit by digit: the write path stamps every changed field, and QString::arg's
    // parsing of "%1" placeholders was a visible part of an edit's cost.
    static constexpr char hex[] = "0123456789abcdef";
    QByteArray stamp(19 + installation.size(), Qt::Uninitialized);
    char* out = stamp.data();
    qint64 rest = ms < 0 ? 0 : ms;
    for (int i = 12; i >= 0; --i, rest /= 10)
        out[i] = static_cast<char>('0' + rest % 10);
    out[13] = '-';
    for (int i = 17, c = counter; i >= 14; --i, c >>= 4)
        out[i] = hex[c & 0xf];
    out[18] = '-';
    std::copy(installation.cbegin(), installation.cend(), out + 19);
    return stamp;
}

QString Hlc::format(qint64 ms, int counter, const QString& installation)
{
    return QString::fromLatin1(formatAscii(ms, counter, installation.toLatin1()));
}

bool Hlc::parse(const QString& stamp, qint64* ms, int* counter, QString* installation)
{
    // By hand: an import parses one stamp per change (100,000 in a large bundle).
    if (stamp.size() < 19 || stamp.at(13) != QLatin1Char('-') || stamp.at(18) != QLatin1Char('-'))
        return false;
    const QChar* text = stamp.constData();
    qint64 m = 0;
    for (int i = 0; i < 13; ++i) {
        const char16_t ch = text[i].unicode();
        if (ch < u'0' || ch > u'9')
            return false;
        m = m * 10 + (ch - u'0');
    }
    int c = 0;
    for (int i = 14; i < 18; ++i) {
        const char16_t ch = text[i].unicode();
        const int digit = ch >= u'0' && ch <= u'9'   ? ch - u'0'
                          : ch >= u'a' && ch <= u'f' ? ch - u'a' + 10
                          : ch >= u'A' && ch <= u'F' ? ch - u'A' + 10
                                                     : -1;
        if (digit < 0)
            return false;
        c = c * 16 + digit;
    }
    if (ms)
        *ms = m;
    if (counter)
        *counter = c;
    if (installation)
        *installation = stamp.mid(19);
    return true;
}

void Hlc::advance(qint64 physicalMs)
{
    if (physicalMs > m_lastMs) {
        m_lastMs = physicalMs;
        m_counter = 0;
    } else {
        ++m_counter;
        if (m_counter > 0xffff) { // counter exhausted: borrow the next millisecond
            ++m_lastMs;
            m_counter = 0;
        }
    }
}

QString Hlc::tick(qint64 physicalMs)
{
    return QString::fromLatin1(tickAscii(physicalMs));
}

QByteArray Hlc::tickAscii(qint64 physicalMs)
{
    advance(physicalMs);
    return formatAscii(m_lastMs, m_counter, m_installationAscii);
}

void Hlc::observe(const QString& stamp)
{
    qint64 ms = 0;
    int counter = 0;
    if (!parse(stamp, &ms, &counter, nullptr))
        return;
    if (ms > m_lastMs || (ms == m_lastMs && counter > m_counter)) {
        m_lastMs = ms;
        m_counter = counter;
    }
}

} // namespace regie
