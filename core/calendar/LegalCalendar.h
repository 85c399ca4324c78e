#pragma once

#include "DerivedDate.h"
#include "LegalHoliday.h"
#include "TermParty.h"

#include <QDate>
#include <QList>
#include <QString>

namespace regie {

// The one calendar service that computes every legal term (domain-rules.md §1, Judicial Code
// art. 52–54 and 53bis). Every computed date comes back with its derivation: English source
// text, translated in the "LegalCalendar" and "CalendarText" contexts when a translator is
// installed (the GUI), fixed English without one (regie-cli, tests) or inside a
// CalendarText::EnglishScope (text that is stored).
//
// - Working day: Monday–Friday, not a Belgian legal holiday.
// - Registered letter posted on P: notified on the third working day after P (art. 53bis 2°).
// - Day term of N days from E: first day E+1, last day E+N.
// - Month term of N months from E: same day-number N months later, clamped to the month's end.
// - Measure in force from D for N months: addMonths(D, N) (clamped) minus one day.
// - Citizen terms whose last day is a Saturday, Sunday or legal holiday move to the next working
//   day (art. 53); city terms never move.
class LegalCalendar
{
public:
    // Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
    static QDate easterSunday(int year);
    // addMonths clamped to the last day of the target month (31 Jan + 1 month = 28/29 Feb).
    static QDate addMonthsClamped(const QDate& date, int months);

    // The ten Belgian legal holidays of a year, in date order.
    QList<LegalHoliday> holidays(int year) const;
    // Name of the legal holiday on that date (translated when a translator is installed);
    // empty when it is none.
    QString holidayName(const QDate& date) const;
    bool isHoliday(const QDate& date) const { return holidaySource(date) != nullptr; }
    bool isWorkingDay(const QDate& date) const;
    // The first working day strictly after the date.
    QDate nextWorkingDay(const QDate& date) const;
    // The date itself when it is a working day, else the next working day.
    QDate workingDayOnOrAfter(const QDate& date) const;

    // Notification of a registered letter: the third working day after posting.
    DerivedDate registeredLetterNotification(const QDate& posted) const;
    // Term of `days` days running from `from` (first day from+1, last day from+days).
    DerivedDate dayTerm(const DerivedDate& from, int days, TermParty party) const;
    // Term of `months` months running from `from` (same day-number, clamped to the month end).
    DerivedDate monthTerm(const DerivedDate& from, int months, TermParty party) const;
    // Last day of a measure in force from `start` for `months` months (never moved).
    DerivedDate measureEnd(const DerivedDate& start, int months) const;

private:
    // The untranslated English name of the holiday on that date, or nullptr.
    static const char* holidaySource(const QDate& date);
    DerivedDate finishTerm(const QString& derivation, const QDate& lastDay, TermParty party) const;
    QString nonWorkingReason(const QDate& date) const;
    QString holidaysBetween(const QDate& after, const QDate& before) const;
};

} // namespace regie
