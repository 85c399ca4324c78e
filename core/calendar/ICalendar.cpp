#include "ICalendar.h"

namespace regie {

using namespace Qt::StringLiterals;

QString ICalendar::escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u';' || c == u',')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c != u'\r')
            out += c;
    }
    return out;
}

QByteArray ICalendar::fold(const QByteArray& line)
{
    QByteArray out;
    int used = 0;
    int limit = 75; // octets on the first line; continuation lines start with a space
    for (qsizetype i = 0; i < line.size();) {
        qsizetype length = 1; // the octets of this UTF-8 character
        const auto lead = static_cast<unsigned char>(line.at(i));
        if (lead >= 0xF0)
            length = 4;
        else if (lead >= 0xE0)
            length = 3;
        else if (lead >= 0xC0)
            length = 2;
        if (used + length > limit) {
            out += "\r\n ";
            used = 0;
            limit = 74;
        }
        out += line.mid(i, length);
        used += int(length);
        i += length;
    }
    return out;
}

QByteArray ICalendar::write(const QVector<ICalendarEvent>& events, const QDateTime& stamp,
                            const QString& productId)
{
    QByteArray out;
    const auto line = [&out](const QString& text) { out += fold(text.toUtf8()) + "\r\n"; };
    const QString dtstamp = stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    line(u"BEGIN:VCALENDAR"_s);
    line(u"VERSION:2.0"_s);
    line(u"PRODID:"_s + productId);
    line(u"CALSCALE:GREGORIAN"_s);
    line(u"METHOD:PUBLISH"_s);
    for (const ICalendarEvent& e : events) {
        line(u"BEGIN:VEVENT"_s);
        line(u"UID:"_s + e.uid);
        line(u"DTSTAMP:"_s + dtstamp);
        line(u"DTSTART;VALUE=DATE:"_s + e.date.toString(u"yyyyMMdd"_s));
        line(u"DTEND;VALUE=DATE:"_s + e.date.addDays(1).toString(u"yyyyMMdd"_s));
        line(u"SUMMARY:"_s + escapeText(e.summary));
        if (!e.description.isEmpty())
            line(u"DESCRIPTION:"_s + escapeText(e.description));
        if (!e.categories.isEmpty()) {
            QStringList escaped;
            for (const QString& category : e.categories)
                escaped << escapeText(category);
            line(u"CATEGORIES:"_s + escaped.join(u','));
        }
        line(u"TRANSP:TRANSPARENT"_s);
        line(u"END:VEVENT"_s);
    }
    line(u"END:VCALENDAR"_s);
    return out;
}

} // namespace regie
