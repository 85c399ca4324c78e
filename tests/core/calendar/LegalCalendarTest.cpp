// The legal calendar: holidays, working days, art. 53bis notification, day and month terms,
// measure ends, the moving of citizen terms and the derivations (domain-rules.md §1).
#include "calendar/LegalCalendar.h"

#include <catch2/catch.hpp>

#include <QDate>

#include <string>

using regie::DerivedDate;
using regie::LegalCalendar;
using regie::TermParty;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

// ISO text, so that a failing CHECK prints readable dates.
std::string iso(const QDate& date)
{
    return date.toString(Qt::ISODate).toStdString();
}

DerivedDate from(const char* iso)
{
    return DerivedDate::given(d(iso), QStringLiteral("from"));
}

} // namespace

TEST_CASE("The ten Belgian legal holidays of 2026 with their names", "[calendar]")
{
    const LegalCalendar calendar;
    const auto [date, name] = GENERATE(table<const char*, const char*>({
        {"2026-01-01", "New Year's Day"},
        {"2026-04-06", "Easter Monday"},
        {"2026-05-01", "Labour Day"},
        {"2026-05-14", "Ascension Day"},
        {"2026-05-25", "Whit Monday"},
        {"2026-07-21", "Belgian National Day"},
        {"2026-08-15", "Assumption Day"},
        {"2026-11-01", "All Saints' Day"},
        {"2026-11-11", "Armistice Day"},
        {"2026-12-25", "Christmas Day"},
    }));
    INFO(date);
    CHECK(calendar.holidayName(d(date)) == QLatin1String(name));
    CHECK(calendar.isHoliday(d(date)));
    CHECK_FALSE(calendar.isWorkingDay(d(date)));
}

TEST_CASE("Movable holidays follow Easter", "[calendar]")
{
    const LegalCalendar calendar;
    const auto [year, easterMonday, ascension, whitMonday] =
        GENERATE(table<int, const char*, const char*, const char*>({
            {2024, "2024-04-01", "2024-05-09", "2024-05-20"},
            {2025, "2025-04-21", "2025-05-29", "2025-06-09"},
            {2026, "2026-04-06", "2026-05-14", "2026-05-25"},
            {2027, "2027-03-29", "2027-05-06", "2027-05-17"},
            {2038, "2038-04-26", "2038-06-03", "2038-06-14"},
        }));
    INFO("year " << year);
    CHECK(calendar.holidayName(d(easterMonday)) == QLatin1String("Easter Monday"));
    CHECK(calendar.holidayName(d(ascension)) == QLatin1String("Ascension Day"));
    CHECK(calendar.holidayName(d(whitMonday)) == QLatin1String("Whit Monday"));
    CHECK(d(ascension).dayOfWeek() == Qt::Thursday);
    const auto holidays = calendar.holidays(year);
    REQUIRE(holidays.size() == 10);
    for (int i = 1; i < holidays.size(); ++i)
        CHECK(holidays[i - 1].date < holidays[i].date);
}

TEST_CASE("Days that are not holidays", "[calendar]")
{
    const LegalCalendar calendar;
    // Easter Sunday, Good Friday, Boxing Day and 2 January are not Belgian legal holidays.
    for (const char* date : {"2026-04-05", "2026-04-03", "2026-12-26", "2026-01-02", "2026-11-02"})
        CHECK(calendar.holidayName(d(date)).isEmpty());
    CHECK(calendar.isWorkingDay(d("2026-04-03")));       // Good Friday
    CHECK(calendar.isWorkingDay(d("2026-01-02")));       // Friday
    CHECK_FALSE(calendar.isWorkingDay(d("2026-05-09"))); // Saturday
    CHECK_FALSE(calendar.isWorkingDay(d("2026-05-10"))); // Sunday
    CHECK_FALSE(calendar.isWorkingDay(QDate()));
}

TEST_CASE("Next working day skips weekends and holidays", "[calendar]")
{
    const LegalCalendar calendar;
    CHECK(iso(calendar.nextWorkingDay(d("2026-04-21"))) == "2026-04-22");
    CHECK(iso(calendar.nextWorkingDay(d("2026-04-03"))) == "2026-04-07"); // over Easter Monday
    CHECK(iso(calendar.nextWorkingDay(d("2026-12-24"))) == "2026-12-28"); // over Christmas
    CHECK(iso(calendar.nextWorkingDay(d("2026-12-31"))) == "2027-01-04"); // over New Year's Day
    CHECK(iso(calendar.nextWorkingDay(d("2026-05-13"))) == "2026-05-15"); // over Ascension
    CHECK(iso(calendar.workingDayOnOrAfter(d("2026-05-15"))) == "2026-05-15");
    CHECK(iso(calendar.workingDayOnOrAfter(d("2026-05-23"))) == "2026-05-26"); // Whit Monday
}

TEST_CASE("Registered letter: notified on the third working day after posting", "[calendar]")
{
    const LegalCalendar calendar;
    const auto [posted, notified] = GENERATE(table<const char*, const char*>({
        {"2026-04-21", "2026-04-24"}, // Tue -> Fri
        {"2026-04-23", "2026-04-28"}, // Thu -> Fri, Mon, Tue
        {"2026-04-25", "2026-04-29"}, // posted on a Saturday
        {"2026-04-02", "2026-04-08"}, // Easter Monday not counted
        {"2026-12-24", "2026-12-30"}, // Christmas not counted
        {"2025-12-31", "2026-01-06"}, // across New Year
        {"2026-07-20", "2026-07-24"}, // National Day not counted
        {"2026-11-10", "2026-11-16"}, // Armistice Day not counted
    }));
    INFO("posted " << posted);
    CHECK(iso(calendar.registeredLetterNotification(d(posted)).date) == notified);
}

TEST_CASE("Registered letter derivation names skipped days", "[calendar]")
{
    const LegalCalendar calendar;
    CHECK(calendar.registeredLetterNotification(d("2026-04-21")).derivation ==
          QStringLiteral("notified 2026-04-24: third working day after posting on 2026-04-21"));
    CHECK(calendar.registeredLetterNotification(d("2026-04-02")).derivation ==
          QStringLiteral("notified 2026-04-08: third working day after posting on 2026-04-02 "
                         "(not counted: Saturday 2026-04-04, Sunday 2026-04-05, "
                         "Monday 2026-04-06 (Easter Monday))"));
    CHECK_FALSE(calendar.registeredLetterNotification(QDate()).isValid());
}

TEST_CASE("The example: defence term after a registered start letter", "[calendar]")
{
    const LegalCalendar calendar;
    const DerivedDate notified = calendar.registeredLetterNotification(d("2026-04-21"));
    const DerivedDate defence = calendar.dayTerm(notified, 15, TermParty::Citizen);
    CHECK(iso(defence.date) == "2026-05-11");
    CHECK(defence.derivation ==
          QStringLiteral("notified 2026-04-24: third working day after posting on 2026-04-21; "
                         "+ 15 days = 2026-05-09, a Saturday → Monday 2026-05-11"));
}

TEST_CASE("Day terms: first day E+1, last day E+N", "[calendar]")
{
    const LegalCalendar calendar;
    const auto [start, days, citizen, city] =
        GENERATE(table<const char*, int, const char*, const char*>({
            {"2026-04-24", 15, "2026-05-11", "2026-05-09"}, // Saturday
            {"2026-04-20", 15, "2026-05-05", "2026-05-05"}, // Tuesday: no move
            {"2026-12-17", 15, "2027-01-04", "2027-01-01"}, // New Year's Day, a Friday
            {"2026-12-20", 15, "2027-01-04", "2027-01-04"}, // across New Year, a Monday
            {"2026-03-21", 15, "2026-04-07", "2026-04-05"}, // Easter Sunday, then Easter Monday
            {"2026-03-22", 15, "2026-04-07", "2026-04-06"}, // Easter Monday
            {"2026-10-27", 15, "2026-11-12", "2026-11-11"}, // Armistice Day, a Wednesday
            {"2026-07-06", 15, "2026-07-22", "2026-07-21"}, // National Day, a Tuesday
            {"2029-07-06", 15, "2029-07-23", "2029-07-21"}, // National Day, a Saturday
            {"2026-04-16", 15, "2026-05-04", "2026-05-01"}, // Labour Day, a Friday
            {"2026-04-29", 15, "2026-05-15", "2026-05-14"}, // Ascension Day
            {"2026-05-08", 15, "2026-05-26", "2026-05-23"}, // Sat, Sun, Whit Monday
            {"2026-07-31", 15, "2026-08-17", "2026-08-15"}, // Assumption, a Saturday
            {"2026-12-10", 15, "2026-12-28", "2026-12-25"}, // Christmas, a Friday
            {"2026-01-01", 0, "2026-01-02", "2026-01-01"},
        }));
    INFO(start << " + " << days);
    CHECK(iso(calendar.dayTerm(from(start), days, TermParty::Citizen).date) == citizen);
    CHECK(iso(calendar.dayTerm(from(start), days, TermParty::City).date) == city);
}

TEST_CASE("Month terms: same day-number, clamped to the month end", "[calendar]")
{
    const LegalCalendar calendar;
    const auto [start, months, citizen, city] =
        GENERATE(table<const char*, int, const char*, const char*>({
            {"2026-03-10", 2, "2026-05-11", "2026-05-10"}, // Sunday
            {"2026-01-31", 1, "2026-03-02", "2026-02-28"}, // 28 Feb 2026, a Saturday
            {"2028-01-31", 1, "2028-02-29", "2028-02-29"}, // leap year, a Tuesday
            {"2027-01-31", 1, "2027-03-01", "2027-02-28"}, // Sunday
            {"2024-01-31", 1, "2024-02-29", "2024-02-29"}, // leap year, a Thursday
            {"2026-03-31", 1, "2026-04-30", "2026-04-30"}, // 30-day month
            {"2026-12-31", 1, "2027-02-01", "2027-01-31"}, // across New Year, a Sunday
            {"2026-03-10", 6, "2026-09-10", "2026-09-10"},
            {"2026-03-10", 12, "2027-03-10", "2027-03-10"},
            {"2026-08-31", 6, "2027-03-01", "2027-02-28"},
            {"2026-06-21", 1, "2026-07-22", "2026-07-21"}, // National Day
            {"2026-10-11", 1, "2026-11-12", "2026-11-11"}, // Armistice Day
            {"2026-03-06", 1, "2026-04-07", "2026-04-06"}, // Easter Monday
        }));
    INFO(start << " + " << months << " months");
    CHECK(iso(calendar.monthTerm(from(start), months, TermParty::Citizen).date) == citizen);
    CHECK(iso(calendar.monthTerm(from(start), months, TermParty::City).date) == city);
}

TEST_CASE("Measure end: addMonths clamped, minus one day", "[calendar]")
{
    const LegalCalendar calendar;
    const auto [start, months, end] = GENERATE(table<const char*, int, const char*>({
        {"2026-01-31", 1, "2026-02-27"},
        {"2028-01-31", 1, "2028-02-28"},
        {"2026-03-10", 1, "2026-04-09"},
        {"2026-01-01", 6, "2026-06-30"},
        {"2026-08-31", 6, "2027-02-27"},
        {"2026-12-15", 1, "2027-01-14"},
        {"2026-05-10", 3, "2026-08-09"}, // ends on a Sunday: measures never move
        {"2026-03-01", 1, "2026-03-31"},
    }));
    INFO(start << " for " << months << " months");
    CHECK(iso(calendar.measureEnd(from(start), months).date) == end);
}

TEST_CASE("Derivations explain clamping, moves and city terms", "[calendar]")
{
    const LegalCalendar calendar;
    const DerivedDate facts = DerivedDate::given(d("2026-01-31"), QStringLiteral("facts on"));
    CHECK(calendar.monthTerm(facts, 1, TermParty::Citizen).derivation ==
          QStringLiteral("facts on 2026-01-31; + 1 month = 2026-02-28 (February 2026 has no day "
                         "31: last day of the month), a Saturday → Monday 2026-03-02"));
    CHECK(calendar.monthTerm(facts, 1, TermParty::City).derivation ==
          QStringLiteral("facts on 2026-01-31; + 1 month = 2026-02-28 (February 2026 has no day "
                         "31: last day of the month), a Saturday (city term: not moved)"));
    CHECK(calendar.measureEnd(DerivedDate::given(d("2026-01-31"), QStringLiteral("ban from")), 1)
              .derivation ==
          QStringLiteral("ban from 2026-01-31; in force for 1 month: 2026-01-31 + 1 month = "
                         "2026-02-28 (February 2026 has no day 31: last day of the month), "
                         "minus one day = 2026-02-27"));
    CHECK(calendar.dayTerm(from("2026-10-27"), 15, TermParty::Citizen).derivation ==
          QStringLiteral("from 2026-10-27; + 15 days = 2026-11-11, a Wednesday, Armistice Day "
                         "(legal holiday) → Thursday 2026-11-12"));
    CHECK(calendar.dayTerm(from("2026-03-21"), 15, TermParty::Citizen).derivation ==
          QStringLiteral("from 2026-03-21; + 15 days = 2026-04-05, a Sunday → Tuesday 2026-04-07 "
                         "(Monday 2026-04-06 is Easter Monday, a legal holiday)"));
    CHECK(calendar.dayTerm(from("2026-04-20"), 1, TermParty::Citizen).derivation ==
          QStringLiteral("from 2026-04-20; + 1 day = 2026-04-21"));
}

TEST_CASE("An unknown start gives an unknown term", "[calendar]")
{
    const LegalCalendar calendar;
    CHECK_FALSE(calendar.dayTerm(DerivedDate{}, 15, TermParty::Citizen).isValid());
    CHECK_FALSE(calendar.monthTerm(DerivedDate{}, 1, TermParty::City).isValid());
    CHECK_FALSE(calendar.measureEnd(DerivedDate{}, 1).isValid());
}
