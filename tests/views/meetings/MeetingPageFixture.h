#pragma once

// The meetings the Meetings page tests start from (deletion, deleted meetings).

#include "meetings/MeetingService.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>
#include <memory>

namespace regie::test {

inline QDate day(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

// Two core-group meetings (clock 2026-11-28): the one of 1 October, entered by mistake, with two
// overdue action points and one done; the one of 15 October with one overdue action point.
struct PageFixture
{
    test::TestDatabase t{true};
    std::unique_ptr<MeetingService> owned =
        std::make_unique<MeetingService>(t.db(), t.writes(), t.clock());
    MeetingService& service = *owned;
    QString wrong;
    QString kept;

    PageFixture()
    {
        wrong = meeting("2026-10-01", "Dubbel ingevoerd");
        kept = meeting("2026-10-15", "Kerngroep");
        action(wrong, "Overzicht controles", "2026-11-01");
        action(wrong, "Cijfers bezorgen", "2026-11-02");
        const QString done = action(wrong, "Verslag rondsturen", "2026-11-03");
        REQUIRE(service.completeAction(done, day("2026-10-20")).ok());
        action(kept, "Attesten bezorgen", "2026-11-05");
    }

    QString meeting(const char* date, const char* title)
    {
        Meeting m;
        m.type = QStringLiteral("core-group");
        m.date = day(date);
        m.title = QString::fromUtf8(title);
        return service.create(m).value();
    }

    QString action(const QString& meetingId, const char* text, const char* due)
    {
        ActionPoint a;
        a.meetingId = meetingId;
        a.description = QString::fromUtf8(text);
        a.ownerRole = QStringLiteral("uitbaters");
        a.due = day(due);
        return service.addAction(a).value();
    }
};

} // namespace regie::test
