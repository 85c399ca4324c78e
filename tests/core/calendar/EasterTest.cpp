// Easter Sunday for 2000–2100: the core implementation (anonymous Gregorian algorithm) against a
// typed published table, against Gauss's algorithm (an independent method), and against
// well-known dates.
#include "calendar/LegalCalendar.h"

#include <catch2/catch.hpp>

#include <QDate>

#include <string>

using regie::LegalCalendar;

namespace {

std::string iso(const QDate& date)
{
    return date.toString(Qt::ISODate).toStdString();
}

struct EasterRow
{
    int year;
    int month;
    int day;
};

// Western (Gregorian) Easter Sunday, 2000–2100, as published in Easter date tables.
const EasterRow PublishedEaster[] = {
    {2000, 4, 23}, {2001, 4, 15}, {2002, 3, 31}, {2003, 4, 20}, {2004, 4, 11}, {2005, 3, 27},
    {2006, 4, 16}, {2007, 4, 8},  {2008, 3, 23}, {2009, 4, 12}, {2010, 4, 4},  {2011, 4, 24},
    {2012, 4, 8},  {2013, 3, 31}, {2014, 4, 20}, {2015, 4, 5},  {2016, 3, 27}, {2017, 4, 16},
    {2018, 4, 1},  {2019, 4, 21}, {2020, 4, 12}, {2021, 4, 4},  {2022, 4, 17}, {2023, 4, 9},
    {2024, 3, 31}, {2025, 4, 20}, {2026, 4, 5},  {2027, 3, 28}, {2028, 4, 16}, {2029, 4, 1},
    {2030, 4, 21}, {2031, 4, 13}, {2032, 3, 28}, {2033, 4, 17}, {2034, 4, 9},  {2035, 3, 25},
    {2036, 4, 13}, {2037, 4, 5},  {2038, 4, 25}, {2039, 4, 10}, {2040, 4, 1},  {2041, 4, 21},
    {2042, 4, 6},  {2043, 3, 29}, {2044, 4, 17}, {2045, 4, 9},  {2046, 3, 25}, {2047, 4, 14},
    {2048, 4, 5},  {2049, 4, 18}, {2050, 4, 10}, {2051, 4, 2},  {2052, 4, 21}, {2053, 4, 6},
    {2054, 3, 29}, {2055, 4, 18}, {2056, 4, 2},  {2057, 4, 22}, {2058, 4, 14}, {2059, 3, 30},
    {2060, 4, 18}, {2061, 4, 10}, {2062, 3, 26}, {2063, 4, 15}, {2064, 4, 6},  {2065, 3, 29},
    {2066, 4, 11}, {2067, 4, 3},  {2068, 4, 22}, {2069, 4, 14}, {2070, 3, 30}, {2071, 4, 19},
    {2072, 4, 10}, {2073, 3, 26}, {2074, 4, 15}, {2075, 4, 7},  {2076, 4, 19}, {2077, 4, 11},
    {2078, 4, 3},  {2079, 4, 23}, {2080, 4, 7},  {2081, 3, 30}, {2082, 4, 19}, {2083, 4, 4},
    {2084, 3, 26}, {2085, 4, 15}, {2086, 3, 31}, {2087, 4, 20}, {2088, 4, 11}, {2089, 4, 3},
    {2090, 4, 16}, {2091, 4, 8},  {2092, 3, 30}, {2093, 4, 12}, {2094, 4, 4},  {2095, 4, 24},
    {2096, 4, 15}, {2097, 3, 31}, {2098, 4, 20}, {2099, 4, 12}, {2100, 3, 28},
};

// Gauss's Easter algorithm for the Gregorian calendar, with its two exceptions.
QDate gaussEaster(int year)
{
    const int a = year % 19;
    const int b = year % 4;
    const int c = year % 7;
    const int k = year / 100;
    const int p = (13 + 8 * k) / 25;
    const int q = k / 4;
    const int m = (15 - p + k - q) % 30;
    const int n = (4 + k - q) % 7;
    const int d = (19 * a + m) % 30;
    const int e = (2 * b + 4 * c + 6 * d + n) % 7;
    if (d == 29 && e == 6)
        return QDate(year, 4, 19);
    if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19)
        return QDate(year, 4, 18);
    const int marchDay = 22 + d + e;
    return marchDay <= 31 ? QDate(year, 3, marchDay) : QDate(year, 4, marchDay - 31);
}

} // namespace

TEST_CASE("Easter matches the published table for 2000-2100", "[calendar][easter]")
{
    int years = 0;
    for (const EasterRow& row : PublishedEaster) {
        INFO("year " << row.year);
        const QDate published(row.year, row.month, row.day);
        CHECK(iso(LegalCalendar::easterSunday(row.year)) == iso(published));
        CHECK(iso(gaussEaster(row.year)) == iso(published));
        CHECK(published.dayOfWeek() == Qt::Sunday);
        ++years;
    }
    CHECK(years == 101);
    CHECK(PublishedEaster[0].year == 2000);
    CHECK(PublishedEaster[100].year == 2100);
}

TEST_CASE("Easter agrees with Gauss's algorithm over four centuries", "[calendar][easter]")
{
    for (int year = 1700; year <= 2299; ++year) {
        INFO("year " << year);
        const QDate easter = LegalCalendar::easterSunday(year);
        REQUIRE(iso(easter) == iso(gaussEaster(year)));
        REQUIRE(easter >= QDate(year, 3, 22));
        REQUIRE(easter <= QDate(year, 4, 25));
    }
}

TEST_CASE("Easter on well-known dates", "[calendar][easter]")
{
    const auto [year, expected] = GENERATE(table<int, QDate>({
        {2000, QDate(2000, 4, 23)}, {2001, QDate(2001, 4, 15)}, {2002, QDate(2002, 3, 31)},
        {2005, QDate(2005, 3, 27)}, {2008, QDate(2008, 3, 23)}, {2010, QDate(2010, 4, 4)},
        {2011, QDate(2011, 4, 24)}, {2013, QDate(2013, 3, 31)}, {2015, QDate(2015, 4, 5)},
        {2016, QDate(2016, 3, 27)}, {2018, QDate(2018, 4, 1)},  {2019, QDate(2019, 4, 21)},
        {2020, QDate(2020, 4, 12)}, {2021, QDate(2021, 4, 4)},  {2022, QDate(2022, 4, 17)},
        {2023, QDate(2023, 4, 9)},  {2024, QDate(2024, 3, 31)}, {2025, QDate(2025, 4, 20)},
        {2026, QDate(2026, 4, 5)},  {2027, QDate(2027, 3, 28)}, {2028, QDate(2028, 4, 16)},
        {2038, QDate(2038, 4, 25)}, {2049, QDate(2049, 4, 18)}, {2076, QDate(2076, 4, 19)},
        {2100, QDate(2100, 3, 28)},
    }));
    INFO("year " << year);
    CHECK(iso(LegalCalendar::easterSunday(year)) == iso(expected));
}

TEST_CASE("Easter reaches both extremes of its range", "[calendar][easter]")
{
    // 2285 is the next 22 March; 2038 is a 25 April (the latest possible date).
    CHECK(LegalCalendar::easterSunday(2285) == QDate(2285, 3, 22));
    CHECK(LegalCalendar::easterSunday(2038) == QDate(2038, 4, 25));
    CHECK(LegalCalendar::easterSunday(1818) == QDate(1818, 3, 22));
}
