#include "DemoMeetings.h"

#include "common/Clock.h"
#include "meetings/MeetingService.h"

namespace regie {

namespace {

// The organisations of the seeded action plan that take part, by the name they carry there;
// those missing from the register (no seeded plan) are left out.
QVector<MeetingAttendee> attendeesOf(const MeetingService& service, const QStringList& names,
                                     const QStringList& roles)
{
    QVector<MeetingAttendee> result;
    for (const QString& name : names)
        if (auto org = service.repository().resolveOrganisation(name); org.ok())
            result << MeetingAttendee{{}, org->id, org->name, {}};
    for (const QString& role : roles)
        result << MeetingAttendee{{}, {}, {}, role};
    return result;
}

QString orgId(const MeetingService& service, const QString& name)
{
    auto org = service.repository().resolveOrganisation(name);
    return org.ok() ? org->id : QString();
}

ActionPoint action(const MeetingService& service, const char* text, const char* owner,
                   const char* role, const QDate& due)
{
    ActionPoint a;
    a.description = QString::fromUtf8(text);
    a.ownerOrganisationId = orgId(service, QString::fromUtf8(owner));
    a.ownerRole = QString::fromUtf8(role);
    if (a.ownerOrganisationId.isEmpty() && a.ownerRole.isEmpty())
        a.ownerRole = QString::fromUtf8(owner);
    a.due = due;
    return a;
}

ActionPoint done(ActionPoint a, const QDate& on)
{
    a.status = QStringLiteral("done");
    a.done = on;
    return a;
}

void describeCoreGroup(const MeetingService& s, MeetingRecord& r)
{
    r.attendees = attendeesOf(s,
                              {QStringLiteral("SL/BH"), QStringLiteral("Prostitutieteam Antwerpen"),
                               QStringLiteral("Ghapro vzw"), QStringLiteral("CAW Antwerpen"),
                               QStringLiteral("Parket Antwerpen")},
                              {});
    const char* topics[] = {"Verslag vorige vergadering", "Stand van de geschiktheidsverklaringen",
                            "Signalen uit het veld (politie, Ghapro)",
                            "Opvolging actiepunten", "Varia"};
    for (const char* t : topics)
        r.topics << MeetingTopic{{}, 0, QString::fromUtf8(t)};
    r.minutes = QStringLiteral(
        "Het verslag van de vorige vergadering wordt goedgekeurd.\n"
        "Stand geschiktheidsverklaringen: de aanvragen lopen volgens planning; twee dossiers "
        "wachten op het brandweerverslag.\n"
        "Politie en Ghapro melden geen nieuwe signalen van uitbuiting in de zone.");
}

void describeOwners(const MeetingService& s, MeetingRecord& r)
{
    r.attendees = attendeesOf(s, {QStringLiteral("SL/BH"), QStringLiteral("Prostitutieteam Antwerpen")},
                              {QStringLiteral("uitbaters raamprostitutiepanden"),
                               QStringLiteral("syndicus vereniging van uitbaters")});
    const char* topics[] = {"Toelichting wijzigingen politiereglement",
                            "Brandveiligheid en jaarlijkse inspecties",
                            "Netheid en verlichting in het Schipperskwartier", "Vragen van de uitbaters"};
    for (const char* t : topics)
        r.topics << MeetingTopic{{}, 0, QString::fromUtf8(t)};
    r.minutes = QStringLiteral(
        "De stad licht de planning van de jaarlijkse inspecties toe.\n"
        "De uitbaters vragen een betere straatverlichting in de Vingerlingstraat.");
}

// The action points of the last meetings of each series (latest first in `recent`).
void addActions(const MeetingService& s, QVector<MeetingRecord*> coreGroup,
                QVector<MeetingRecord*> owners, const QDate& today)
{
    if (coreGroup.size() >= 3) {
        MeetingRecord& old = *coreGroup.at(2);
        old.actions << done(action(s, "Overzicht controles eerste jaarhelft bezorgen",
                                   "Prostitutieteam Antwerpen", "", old.meeting.date.addDays(21)),
                            old.meeting.date.addDays(18));
        // Two weeks after a meeting of one to two months ago: overdue today.
        MeetingRecord& last = *coreGroup.at(1);
        last.actions << action(s, "Evaluatie camerabewaking Schipperskwartier voorleggen",
                               "SL/BH", "preventiecoördinator", last.meeting.date.addDays(14));
        MeetingRecord& latest = *coreGroup.at(0);
        latest.actions << action(s, "Jaarcijfers hulpverlening aanleveren voor het rapport",
                                 "Ghapro vzw", "", today.addDays(30))
                       << action(s, "Afspraken doorverwijzing slachtoffers uitbuiting",
                                 "Parket Antwerpen", "", today.addDays(60));
    }
    if (owners.size() >= 2) {
        MeetingRecord& before = *owners.at(1);
        before.actions << done(action(s, "Planning jaarlijkse inspecties bezorgen aan de uitbaters",
                                      "SL/BH", "", before.meeting.date.addDays(30)),
                               before.meeting.date.addDays(25));
        MeetingRecord& latest = *owners.at(0);
        latest.actions << action(s, "Brandveiligheidsattesten van alle panden bezorgen", "",
                                 "uitbaters raamprostitutiepanden", today.addDays(45));
    }
}

} // namespace

Result<int> addDemoMeetingDetails(MeetingService& meetings)
{
    const QDate today = meetings.clock().today();
    auto list = meetings.repository().list({today.addYears(-3), today}, today);
    if (!list)
        return list.error();
    QVector<MeetingRecord> records;
    for (const MeetingSummary& summary : list.value()) { // newest first
        const bool core = summary.meeting.type == QLatin1String("core-group");
        if (!core && summary.meeting.type != QLatin1String("owners"))
            continue;
        auto found = meetings.repository().find(summary.meeting.id);
        if (!found)
            return found.error();
        records << found.value();
        if (core)
            describeCoreGroup(meetings, records.last());
        else
            describeOwners(meetings, records.last());
    }
    QVector<MeetingRecord*> coreGroup;
    QVector<MeetingRecord*> owners;
    for (MeetingRecord& r : records)
        (r.meeting.type == QLatin1String("core-group") ? coreGroup : owners) << &r;
    addActions(meetings, coreGroup, owners, today);
    int actions = 0;
    for (const MeetingRecord& r : records) {
        if (auto saved = meetings.save(r); !saved)
            return saved.error();
        actions += int(r.actions.size());
    }
    return actions;
}

} // namespace regie
