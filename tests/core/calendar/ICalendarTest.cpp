#include "calendar/ICalendar.h"
#include "deadlines/DeadlineCalendar.h"

#include <catch2/catch.hpp>

using namespace regie;

TEST_CASE("iCalendar text values are escaped", "[calendar][ics]")
{
    CHECK(ICalendar::escapeText(QStringLiteral("a\\b;c,d\r\ne")) ==
          QStringLiteral("a\\\\b\\;c\\,d\\ne"));
}

TEST_CASE("iCalendar lines fold at 75 octets without splitting a character", "[calendar][ics]")
{
    const QByteArray shortLine = "SUMMARY:hearing";
    CHECK(ICalendar::fold(shortLine) == shortLine);
    // 80 two-octet characters after the name: every physical line at most 75 octets.
    const QByteArray line = "DESCRIPTION:" + QString(80, QChar(0x00E9)).toUtf8();
    const QByteArray folded = ICalendar::fold(line);
    const QList<QByteArray> physical = folded.split('\n');
    REQUIRE(physical.size() == 3);
    for (const QByteArray& part : physical) {
        const QByteArray content = part.endsWith('\r') ? part.chopped(1) : part;
        CHECK(content.size() <= 75);
        CHECK(QString::fromUtf8(content).toUtf8() == content); // whole characters only
    }
    CHECK(physical.at(1).startsWith(' '));
    // Unfolding (remove CRLF + space) gives the line back.
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    CHECK(unfolded == line);
}

TEST_CASE("the deadline board exports as all-day iCalendar entries", "[calendar][ics]")
{
    DeadlineItem hearing{QStringLiteral("hearing"), QStringLiteral("gas-fine"),
                         QStringLiteral("id-1"), QStringLiteral("GAS/2026/TS/0001"),
                         QStringLiteral("hearing-planned"), QStringLiteral("hearing"),
                         QDate(2026, 12, 31), QStringLiteral("city"), 3,
                         QStringLiteral("hearing planned on 2026-12-31")};
    QVector<DeadlineItem> items{hearing, hearing};
    const QByteArray ics = ICalendar::write(DeadlineCalendar::events(items),
                                            QDateTime(QDate(2026, 12, 28), QTime(9, 5), Qt::UTC),
                                            QStringLiteral("-//Regie//Deadlines//NL"));
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    CHECK(ics.endsWith("END:VCALENDAR\r\n"));
    CHECK(ics.count("BEGIN:VEVENT") == 1); // the same deadline once
    CHECK(ics.contains("UID:id-1-hearing@regie\r\n"));
    CHECK(ics.contains("DTSTAMP:20261228T090500Z\r\n"));
    CHECK(ics.contains("DTSTART;VALUE=DATE:20261231\r\n"));
    CHECK(ics.contains("DTEND;VALUE=DATE:20270101\r\n"));
    CHECK(ics.contains("SUMMARY:hearing GAS/2026/TS/0001\r\n"));
    CHECK(ics.contains("CATEGORIES:hearing,gas-fine\r\n"));
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    CHECK(unfolded.contains("DESCRIPTION:hearing (gas-fine)\\, binds the city\\; state "
                            "hearing-planned\\nhearing planned on 2026-12-31\r\n"));
    CHECK_FALSE(ics.contains("\n\n"));

    // The app gives the words (in the user's language); the UID and date stay the same.
    const QByteArray worded = ICalendar::write(
        DeadlineCalendar::events(items,
                                 [](const DeadlineItem& item) {
                                     return DeadlineCalendar::EntryText{
                                         QStringLiteral("Hoorzitting ") + item.number,
                                         QStringLiteral("GAS-boete"),
                                         {QStringLiteral("Hoorzitting")}};
                                 }),
        QDateTime(QDate(2026, 12, 28), QTime(9, 5), Qt::UTC), QStringLiteral("-//Regie//NL"));
    CHECK(worded.contains("UID:id-1-hearing@regie\r\n"));
    CHECK(worded.contains("SUMMARY:Hoorzitting GAS/2026/TS/0001\r\n"));
    CHECK(worded.contains("DESCRIPTION:GAS-boete\r\n"));
    CHECK(worded.contains("CATEGORIES:Hoorzitting\r\n"));
}
