#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVector>

namespace regie {

// One all-day entry of an iCalendar file.
struct ICalendarEvent
{
    QString uid; // stable, so that importing again updates the entry instead of adding one
    QDate date;
    QString summary;
    QString description;
    QStringList categories;
};

// Writes iCalendar (RFC 5545) for agenda programs: VCALENDAR 2.0 with all-day VEVENTs
// (DTSTART;VALUE=DATE, DTEND the day after), CRLF line ends, TEXT values escaped (\\ \; \, \n)
// and lines longer than 75 octets folded (CRLF + space) without splitting a UTF-8 character.
class ICalendar
{
public:
    static QByteArray write(const QVector<ICalendarEvent>& events, const QDateTime& stamp,
                            const QString& productId);
    static QString escapeText(const QString& text);
    // One content line (without its CRLF), folded into lines of at most 75 octets.
    static QByteArray fold(const QByteArray& line);
};

} // namespace regie
