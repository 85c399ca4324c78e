#include "LegalCalendar.h"

#include "CalendarText.h"

#include <QStringList>

namespace regie {

using namespace CalendarText;

namespace {

constexpr int NotificationWorkingDays = 3; // Judicial Code art. 53bis 2°

// Every text goes through CalendarText::localized, so that an EnglishScope keeps text that is
// stored (a letter's notification) in English.
QString text(const char* source)
{
    return CalendarText::localized("LegalCalendar", source);
}

struct HolidaySource
{
    QDate date;
    const char* name;
};

QList<HolidaySource> holidaySources(int year)
{
    const QDate easter = LegalCalendar::easterSunday(year);
    return {
        {QDate(year, 1, 1), QT_TRANSLATE_NOOP("LegalCalendar", "New Year's Day")},
        {easter.addDays(1), QT_TRANSLATE_NOOP("LegalCalendar", "Easter Monday")},
        {QDate(year, 5, 1), QT_TRANSLATE_NOOP("LegalCalendar", "Labour Day")},
        {easter.addDays(39), QT_TRANSLATE_NOOP("LegalCalendar", "Ascension Day")},
        {easter.addDays(50), QT_TRANSLATE_NOOP("LegalCalendar", "Whit Monday")},
        {QDate(year, 7, 21), QT_TRANSLATE_NOOP("LegalCalendar", "Belgian National Day")},
        {QDate(year, 8, 15), QT_TRANSLATE_NOOP("LegalCalendar", "Assumption Day")},
        {QDate(year, 11, 1), QT_TRANSLATE_NOOP("LegalCalendar", "All Saints' Day")},
        {QDate(year, 11, 11), QT_TRANSLATE_NOOP("LegalCalendar", "Armistice Day")},
        {QDate(year, 12, 25), QT_TRANSLATE_NOOP("LegalCalendar", "Christmas Day")},
    };
}

// " (February 2026 has no day 30: last day of the month)" when the month term was clamped.
QString clampNote(const QDate& from, const QDate& result)
{
    if (from.day() <= result.day())
        return {};
    return QStringLiteral(" (") +
           text(QT_TRANSLATE_NOOP("LegalCalendar", "%1 has no day %2: last day of the month"))
               .arg(monthAndYear(result))
               .arg(from.day()) +
           QLatin1Char(')');
}

} // namespace

QDate LegalCalendar::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QDate LegalCalendar::addMonthsClamped(const QDate& date, int months)
{
    // QDate::addMonths keeps the day-number and falls back to the month's last valid day.
    return date.addMonths(months);
}

QList<LegalHoliday> LegalCalendar::holidays(int year) const
{
    QList<LegalHoliday> result;
    for (const HolidaySource& holiday : holidaySources(year))
        result.append({holiday.date, text(holiday.name)});
    return result;
}

const char* LegalCalendar::holidaySource(const QDate& date)
{
    if (!date.isValid())
        return nullptr;
    for (const HolidaySource& holiday : holidaySources(date.year())) {
        if (holiday.date == date)
            return holiday.name;
    }
    return nullptr;
}

QString LegalCalendar::holidayName(const QDate& date) const
{
    const char* source = holidaySource(date);
    return source ? text(source) : QString();
}

bool LegalCalendar::isWorkingDay(const QDate& date) const
{
    return date.isValid() && date.dayOfWeek() <= 5 && !isHoliday(date);
}

QDate LegalCalendar::nextWorkingDay(const QDate& date) const
{
    return workingDayOnOrAfter(date.addDays(1));
}

QDate LegalCalendar::workingDayOnOrAfter(const QDate& date) const
{
    if (!date.isValid())
        return {};
    QDate day = date;
    while (!isWorkingDay(day))
        day = day.addDays(1);
    return day;
}

DerivedDate LegalCalendar::registeredLetterNotification(const QDate& posted) const
{
    if (!posted.isValid())
        return {};
    QDate day = posted;
    QStringList skipped;
    for (int counted = 0; counted < NotificationWorkingDays;) {
        day = day.addDays(1);
        if (isWorkingDay(day)) {
            ++counted;
            continue;
        }
        const QString holiday = holidayName(day);
        skipped << (holiday.isEmpty()
                        ? withWeekday(day)
                        : withWeekday(day) + QStringLiteral(" (") + holiday + QLatin1Char(')'));
    }
    QString derivation =
        text(QT_TRANSLATE_NOOP("LegalCalendar",
                               "notified %1: third working day after posting on %2"))
            .arg(iso(day), iso(posted));
    if (!skipped.isEmpty())
        derivation += QStringLiteral(" (") +
                      text(QT_TRANSLATE_NOOP("LegalCalendar", "not counted: %1"))
                          .arg(skipped.join(QStringLiteral(", "))) +
                      QLatin1Char(')');
    return {day, derivation};
}

DerivedDate LegalCalendar::dayTerm(const DerivedDate& from, int days, TermParty party) const
{
    if (!from.isValid())
        return {};
    const QDate lastDay = from.date.addDays(days);
    const QString derivation = from.derivation + QStringLiteral("; + ") + count(days, "day") +
                               QStringLiteral(" = ") + iso(lastDay);
    return finishTerm(derivation, lastDay, party);
}

DerivedDate LegalCalendar::monthTerm(const DerivedDate& from, int months, TermParty party) const
{
    if (!from.isValid())
        return {};
    const QDate lastDay = addMonthsClamped(from.date, months);
    const QString derivation = from.derivation + QStringLiteral("; + ") + count(months, "month") +
                               QStringLiteral(" = ") + iso(lastDay) + clampNote(from.date, lastDay);
    return finishTerm(derivation, lastDay, party);
}

DerivedDate LegalCalendar::measureEnd(const DerivedDate& start, int months) const
{
    if (!start.isValid())
        return {};
    const QDate sameDay = addMonthsClamped(start.date, months);
    const QDate end = sameDay.addDays(-1);
    const QString derivation =
        start.derivation + QStringLiteral("; ") +
        text(QT_TRANSLATE_NOOP("LegalCalendar", "in force for %1: %2 + %1 = %3"))
            .arg(count(months, "month"), iso(start.date), iso(sameDay)) +
        clampNote(start.date, sameDay) + QStringLiteral(", ") +
        text(QT_TRANSLATE_NOOP("LegalCalendar", "minus one day = %1")).arg(iso(end));
    return {end, derivation};
}

DerivedDate LegalCalendar::finishTerm(const QString& derivation, const QDate& lastDay,
                                      TermParty party) const
{
    if (isWorkingDay(lastDay))
        return {lastDay, derivation};
    const QString reason = QStringLiteral(", ") + nonWorkingReason(lastDay);
    if (party == TermParty::City)
        return {lastDay, derivation + reason + QStringLiteral(" (") +
                             text(QT_TRANSLATE_NOOP("LegalCalendar", "city term: not moved")) +
                             QLatin1Char(')')};
    const QDate moved = nextWorkingDay(lastDay);
    return {moved, derivation + reason + QStringLiteral(" → ") + withWeekday(moved) +
                       holidaysBetween(lastDay, moved)};
}

QString LegalCalendar::nonWorkingReason(const QDate& date) const
{
    //: The day of the week a term ends on, e.g. "a Saturday".
    QString reason = text(QT_TRANSLATE_NOOP("LegalCalendar", "a %1")).arg(weekday(date));
    const QString holiday = holidayName(date);
    if (!holiday.isEmpty())
        reason += QStringLiteral(", ") +
                  text(QT_TRANSLATE_NOOP("LegalCalendar", "%1 (legal holiday)")).arg(holiday);
    return reason;
}

QString LegalCalendar::holidaysBetween(const QDate& after, const QDate& before) const
{
    QStringList names;
    for (QDate day = after.addDays(1); day < before; day = day.addDays(1)) {
        const QString holiday = holidayName(day);
        if (!holiday.isEmpty())
            names << text(QT_TRANSLATE_NOOP("LegalCalendar", "%1 is %2, a legal holiday"))
                         .arg(withWeekday(day), holiday);
    }
    if (names.isEmpty())
        return {};
    return QStringLiteral(" (") + names.join(QStringLiteral("; ")) + QLatin1Char(')');
}

} // namespace regie
