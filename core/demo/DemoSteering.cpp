#include "DemoSteering.h"

#include "common/Clock.h"
#include "indicators/IndicatorServices.h"

namespace regie {

namespace {

// The half year before the one that holds `date`: 1 Jan-30 Jun or 1 Jul-31 Dec.
Period halfYearBefore(const QDate& date)
{
    const QDate start = date.month() <= 6 ? QDate(date.year() - 1, 7, 1) : QDate(date.year(), 1, 1);
    return {start, start.addMonths(6).addDays(-1)};
}

QString nameOf(const Period& p)
{
    return QStringLiteral("%1-H%2").arg(p.from.year()).arg(p.from.month() == 1 ? 1 : 2);
}

} // namespace

Result<int> addDemoSteering(IndicatorServices& indicators, const Clock& clock)
{
    const QDate today = clock.today();
    const QDate first = today.addMonths(-18);
    struct Series
    {
        const char* type;
        int everyMonths;
        const char* title;
    };
    const Series series[] = {{"core-group", 1, "Kerngroep prostitutie"},
                             {"owners", 3, "Overleg met de uitbaters"},
                             {"safety-partners", 4, "Sectoraal overleg veiligheid"},
                             {"care-partners", 4, "Sectoraal overleg zorg"},
                             {"intersectoral", 6, "Intersectoraal overleg"}};
    for (const Series& s : series) {
        for (QDate day = first.addDays(10); day < today; day = day.addMonths(s.everyMonths)) {
            Meeting m;
            m.type = QLatin1String(s.type);
            m.date = day;
            m.title = QLatin1String(s.title);
            m.participants = QStringLiteral("Stad Antwerpen, Politie Antwerpen, partners");
            auto added = indicators.records().addMeeting(m);
            if (!added.ok())
                return added.error();
        }
    }
    const Period last = halfYearBefore(today);
    const Period before = halfYearBefore(last.from);
    int frozen = 0;
    for (const Period& p : {before, last}) {
        if (auto made = indicators.rounds().create(nameOf(p), p); !made.ok())
            return made.error();
        auto done = indicators.rounds().freeze(nameOf(p), indicators.engine(),
                                               indicators.catalogue());
        if (!done.ok())
            return done.error();
        ++frozen;
    }
    return frozen;
}

} // namespace regie
