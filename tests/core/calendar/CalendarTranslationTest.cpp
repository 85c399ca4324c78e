#include "FakeTranslator.h"
#include "calendar/CalendarText.h"
#include "calendar/LegalCalendar.h"

#include <catch2/catch.hpp>

using namespace regie;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

} // namespace

TEST_CASE("a derivation reads English without a translator and Dutch with the Dutch one",
          "[calendar][translation]")
{
    const LegalCalendar calendar;
    // Posted on Thursday 2026-04-02: Easter weekend, notified Wednesday 2026-04-08.
    const DerivedDate english = calendar.registeredLetterNotification(d("2026-04-02"));
    CHECK(english.date == d("2026-04-08"));
    CHECK(english.derivation ==
          QLatin1String("notified 2026-04-08: third working day after posting on 2026-04-02 "
                        "(not counted: Saturday 2026-04-04, Sunday 2026-04-05, Monday 2026-04-06 "
                        "(Easter Monday))"));

    const test::FakeTranslator dutch(test::dutchCalendarTexts());
    const DerivedDate translated = calendar.registeredLetterNotification(d("2026-04-02"));
    CHECK(translated.date == english.date);
    CHECK(translated.derivation ==
          QStringLiteral("vermoed ontvangen op 2026-04-08: derde werkdag na de afgifte ter post "
                         "op 2026-04-02 (niet meegeteld: zaterdag 2026-04-04, zondag 2026-04-05, "
                         "maandag 2026-04-06 (Paasmaandag))"));
    const DerivedDate term =
        calendar.dayTerm(translated, 15, TermParty::Citizen); // 2026-04-23, a Thursday
    CHECK(term.derivation.endsWith(QLatin1String("; + 15 dagen = 2026-04-23")));
    // A machine value never changes with the language.
    CHECK(calendar.isHoliday(d("2026-04-06")));
    CHECK(termPartyName(TermParty::Citizen) == QLatin1String("citizen"));
}

TEST_CASE("text computed in an EnglishScope stays English with a translator installed",
          "[calendar][translation]")
{
    const test::FakeTranslator dutch(test::dutchCalendarTexts());
    const LegalCalendar calendar;
    {
        const CalendarText::EnglishScope english;
        CHECK(calendar.registeredLetterNotification(d("2026-04-21")).derivation ==
              QLatin1String("notified 2026-04-24: third working day after posting on "
                            "2026-04-21"));
        CHECK(calendar.holidayName(d("2026-04-06")) == QLatin1String("Easter Monday"));
    }
    // Outside the scope the translator applies again.
    CHECK(calendar.registeredLetterNotification(d("2026-04-21"))
              .derivation.startsWith(QLatin1String("vermoed ontvangen op 2026-04-24")));
    CHECK(calendar.holidayName(d("2026-04-06")) == QLatin1String("Paasmaandag"));
}
