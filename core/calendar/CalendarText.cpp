#include "CalendarText.h"

#include <QLocale>

namespace regie::CalendarText {

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString weekday(const QDate& date)
{
    // The C locale has fixed English names, independent of the user's settings.
    return QLocale::c().dayName(date.dayOfWeek(), QLocale::LongFormat);
}

QString withWeekday(const QDate& date)
{
    return weekday(date) + QLatin1Char(' ') + iso(date);
}

QString monthAndYear(const QDate& date)
{
    return QLocale::c().monthName(date.month(), QLocale::LongFormat) + QLatin1Char(' ') +
           QString::number(date.year());
}

QString count(int n, const char* unit)
{
    QString text = QString::number(n) + QLatin1Char(' ') + QLatin1String(unit);
    if (n != 1 && n != -1)
        text += QLatin1Char('s');
    return text;
}

} // namespace regie::CalendarText
