#include "CalendarText.h"

#include <QCoreApplication>
#include <QLocale>

namespace regie::CalendarText {

namespace {

const char* const kWeekdays[] = {
    QT_TRANSLATE_NOOP("CalendarText", "Monday"),    QT_TRANSLATE_NOOP("CalendarText", "Tuesday"),
    QT_TRANSLATE_NOOP("CalendarText", "Wednesday"), QT_TRANSLATE_NOOP("CalendarText", "Thursday"),
    QT_TRANSLATE_NOOP("CalendarText", "Friday"),    QT_TRANSLATE_NOOP("CalendarText", "Saturday"),
    QT_TRANSLATE_NOOP("CalendarText", "Sunday"),
};

const char* const kMonths[] = {
    QT_TRANSLATE_NOOP("CalendarText", "January"),   QT_TRANSLATE_NOOP("CalendarText", "February"),
    QT_TRANSLATE_NOOP("CalendarText", "March"),     QT_TRANSLATE_NOOP("CalendarText", "April"),
    QT_TRANSLATE_NOOP("CalendarText", "May"),       QT_TRANSLATE_NOOP("CalendarText", "June"),
    QT_TRANSLATE_NOOP("CalendarText", "July"),      QT_TRANSLATE_NOOP("CalendarText", "August"),
    QT_TRANSLATE_NOOP("CalendarText", "September"), QT_TRANSLATE_NOOP("CalendarText", "October"),
    QT_TRANSLATE_NOOP("CalendarText", "November"),  QT_TRANSLATE_NOOP("CalendarText", "December"),
};

thread_local int englishScopes = 0;

QString translated(const char* source)
{
    return localized("CalendarText", source);
}

} // namespace

EnglishScope::EnglishScope()
{
    ++englishScopes;
}

EnglishScope::~EnglishScope()
{
    --englishScopes;
}

QString localized(const char* context, const char* source)
{
    if (englishScopes > 0)
        return QString::fromUtf8(source);
    return QCoreApplication::translate(context, source);
}

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString weekday(const QDate& date)
{
    if (!date.isValid())
        return {};
    return translated(kWeekdays[date.dayOfWeek() - 1]);
}

QString withWeekday(const QDate& date)
{
    return weekday(date) + QLatin1Char(' ') + iso(date);
}

QString monthAndYear(const QDate& date)
{
    if (!date.isValid())
        return {};
    //: A month and its year, e.g. "February 2026".
    return translated(QT_TRANSLATE_NOOP("CalendarText", "%1 %2"))
        .arg(translated(kMonths[date.month() - 1]))
        .arg(date.year());
}

QString count(int n, const char* unit)
{
    const bool one = n == 1 || n == -1;
    const QByteArray name(unit);
    const char* source = nullptr;
    if (name == "day")
        source = one ? QT_TRANSLATE_NOOP("CalendarText", "%1 day")
                     : QT_TRANSLATE_NOOP("CalendarText", "%1 days");
    else if (name == "month")
        source = one ? QT_TRANSLATE_NOOP("CalendarText", "%1 month")
                     : QT_TRANSLATE_NOOP("CalendarText", "%1 months");
    else if (name == "year")
        source = one ? QT_TRANSLATE_NOOP("CalendarText", "%1 year")
                     : QT_TRANSLATE_NOOP("CalendarText", "%1 years");
    if (source)
        return translated(source).arg(n);
    QString text = QString::number(n) + QLatin1Char(' ') + QLatin1String(unit);
    if (!one)
        text += QLatin1Char('s');
    return text;
}

} // namespace regie::CalendarText
