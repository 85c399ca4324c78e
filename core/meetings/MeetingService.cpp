#include "MeetingService.h"

#include "common/Clock.h"
#include "storage/ChangeSet.h"
#include "storage/WritePath.h"

namespace regie {

namespace {

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

Error invalid(const QString& detail, const QString& field)
{
    return makeError(ErrorCode::Validation, detail, field);
}

// A null organisation is stored as NULL (the column references the register); an empty QString
// would be stored as '' and break the reference.
QVariant organisationValue(const QString& id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}

} // namespace

Result<void> MeetingService::apply(const ChangeSet& cs)
{
    if (auto applied = m_writes.apply(cs); !applied)
        return applied.error();
    return {};
}

Result<void> MeetingService::checkMeeting(const Meeting& m) const
{
    if (!IndicatorRecords::meetingTypes().contains(m.type))
        return invalid(tr("'%1' is not a known meeting type (%2)")
                           .arg(m.type, IndicatorRecords::meetingTypes().join(QStringLiteral(", "))),
                       QStringLiteral("type"));
    if (!m.date.isValid())
        return invalid(tr("the meeting date is missing or not a date"), QStringLiteral("date"));
    if (m.date > m_clock.today())
        return invalid(tr("the meeting date %1 lies in the future: record the meeting once it "
                          "has taken place")
                           .arg(iso(m.date)),
                       QStringLiteral("date"));
    return {};
}

Result<void> MeetingService::checkTopic(const QString& text) const
{
    if (text.simplified().isEmpty())
        return invalid(tr("an agenda item is empty: type its subject or remove it"),
                       QStringLiteral("topic"));
    return {};
}

Result<void> MeetingService::checkAttendees(const QVector<MeetingAttendee>& attendees) const
{
    QStringList seen;
    QStringList roles;
    for (const MeetingAttendee& a : attendees) {
        if (a.organisationId.isEmpty()) {
            const QString role = a.role.simplified();
            if (role.isEmpty())
                return invalid(tr("an attendee needs an organisation of the register or a role "
                                  "(for example 'uitbaters')"),
                               QStringLiteral("attendee"));
            if (roles.contains(role.toLower()))
                return invalid(tr("'%1' is already listed among the attendees").arg(role),
                               QStringLiteral("role"));
            roles << role.toLower();
            continue;
        }
        auto org = m_repo.resolveOrganisation(a.organisationId);
        if (!org || org->id != a.organisationId)
            return invalid(tr("organisation %1 is not in the register: choose an existing "
                              "organisation or name the attendee by role")
                               .arg(a.organisationId),
                           QStringLiteral("organisation"));
        if (seen.contains(a.organisationId))
            return invalid(tr("%1 is listed twice among the attendees").arg(org->name),
                           QStringLiteral("organisation"));
        seen << a.organisationId;
    }
    return {};
}

Result<void> MeetingService::checkAction(const ActionPoint& a, const QDate& meetingDate) const
{
    if (a.description.simplified().isEmpty())
        return invalid(tr("an action point has no description: say what is to be done"),
                       QStringLiteral("description"));
    const QString what = a.description.simplified();
    if (a.ownerOrganisationId.isEmpty() && a.ownerRole.simplified().isEmpty())
        return invalid(tr("action point '%1' has no owner: choose an organisation or name a role")
                           .arg(what),
                       QStringLiteral("owner"));
    if (!a.ownerOrganisationId.isEmpty()) {
        auto org = m_repo.resolveOrganisation(a.ownerOrganisationId);
        if (!org || org->id != a.ownerOrganisationId)
            return invalid(tr("the owner of action point '%1' (%2) is not in the register")
                               .arg(what, a.ownerOrganisationId),
                           QStringLiteral("owner"));
    }
    if (!a.due.isValid())
        return invalid(tr("action point '%1' has no due date").arg(what), QStringLiteral("due"));
    if (a.due < meetingDate)
        return invalid(tr("action point '%1' is due on %2, before the meeting of %3")
                           .arg(what, iso(a.due), iso(meetingDate)),
                       QStringLiteral("due"));
    if (!ActionPoint::statuses().contains(a.status))
        return invalid(tr("'%1' is not a status of an action point (%2)")
                           .arg(a.status, ActionPoint::statuses().join(QStringLiteral(", "))),
                       QStringLiteral("status"));
    if (a.status != QLatin1String("done"))
        return {};
    if (!a.done.isValid())
        return invalid(tr("action point '%1' is done but has no date it was done").arg(what),
                       QStringLiteral("done"));
    if (a.done > m_clock.today())
        return invalid(tr("action point '%1' cannot be done on %2, which lies in the future")
                           .arg(what, iso(a.done)),
                       QStringLiteral("done"));
    if (a.done < meetingDate)
        return invalid(tr("action point '%1' cannot be done on %2, before the meeting of %3")
                           .arg(what, iso(a.done), iso(meetingDate)),
                       QStringLiteral("done"));
    return {};
}

QVariantMap MeetingService::actionFields(const ActionPoint& a)
{
    const bool done = a.status == QLatin1String("done");
    return {{QStringLiteral("description"), a.description.simplified()},
            {QStringLiteral("owner_organisation_id"), organisationValue(a.ownerOrganisationId)},
            {QStringLiteral("owner_role"), a.ownerRole.simplified()},
            {QStringLiteral("due_date"), iso(a.due)},
            {QStringLiteral("done_date"), done ? QVariant(iso(a.done)) : QVariant()},
            {QStringLiteral("status"), a.status}};
}

QVariantMap MeetingService::attendeeFields(const MeetingAttendee& a)
{
    return {{QStringLiteral("organisation_id"), organisationValue(a.organisationId)},
            {QStringLiteral("role"), a.role.simplified()}};
}

Result<QString> MeetingService::create(const Meeting& meeting)
{
    if (auto ok = checkMeeting(meeting); !ok)
        return ok.error();
    return IndicatorRecords(m_db, m_writes, m_clock).addMeeting(meeting);
}

Result<QString> MeetingService::attend(const QString& meetingId, const QString& organisationId,
                                       const QString& role)
{
    if (organisationId.isEmpty())
        return invalid(tr("name the organisation that attended"), QStringLiteral("organisation"));
    return addAttendee(meetingId, MeetingAttendee{{}, organisationId, {}, role});
}

Result<QString> MeetingService::attendByRole(const QString& meetingId, const QString& role)
{
    return addAttendee(meetingId, MeetingAttendee{{}, {}, {}, role});
}

Result<QString> MeetingService::addAttendee(const QString& meetingId, const MeetingAttendee& added)
{
    auto stored = m_repo.find(meetingId);
    if (!stored)
        return stored.error();
    if (auto ok = checkAttendees(QVector<MeetingAttendee>(stored->attendees) << added); !ok)
        return ok.error();
    ChangeSet cs(QStringLiteral("meeting.attend"));
    QVariantMap fields = attendeeFields(added);
    fields.insert(QStringLiteral("meeting_id"), meetingId);
    const QString id = cs.create(QStringLiteral("meeting_attendees"), fields);
    if (auto ok = apply(cs); !ok)
        return ok.error();
    return id;
}

Result<QString> MeetingService::addTopic(const QString& meetingId, const QString& text)
{
    auto stored = m_repo.find(meetingId);
    if (!stored)
        return stored.error();
    if (auto ok = checkTopic(text); !ok)
        return ok.error();
    const int position = stored->topics.isEmpty() ? 0 : stored->topics.last().position + 1;
    ChangeSet cs(QStringLiteral("meeting.topic"));
    const QString id = cs.create(QStringLiteral("meeting_topics"),
                                 {{QStringLiteral("meeting_id"), meetingId},
                                  {QStringLiteral("position"), position},
                                  {QStringLiteral("text"), text.simplified()}});
    if (auto ok = apply(cs); !ok)
        return ok.error();
    return id;
}

Result<void> MeetingService::setMinutes(const QString& meetingId, const QString& minutes)
{
    auto stored = m_repo.find(meetingId);
    if (!stored)
        return stored.error();
    ChangeSet cs(QStringLiteral("meeting.minutes"));
    cs.set(QStringLiteral("meetings"), meetingId, QStringLiteral("minutes"), minutes);
    return apply(cs);
}

Result<QString> MeetingService::addAction(const ActionPoint& action)
{
    auto stored = m_repo.find(action.meetingId);
    if (!stored)
        return stored.error();
    if (auto ok = checkAction(action, stored->meeting.date); !ok)
        return ok.error();
    ChangeSet cs(QStringLiteral("meeting.action"));
    QVariantMap fields = actionFields(action);
    fields.insert(QStringLiteral("meeting_id"), action.meetingId);
    const QString id = cs.create(QStringLiteral("meeting_actions"), fields);
    if (auto ok = apply(cs); !ok)
        return ok.error();
    return id;
}

Result<void> MeetingService::completeAction(const QString& actionId, const QDate& date)
{
    auto stored = m_repo.action(actionId);
    if (!stored)
        return stored.error();
    if (!stored->isOpen())
        return makeError(ErrorCode::RuleViolation,
                         stored->status == QLatin1String("done")
                             ? tr("action point '%1' is already done").arg(stored->description)
                             : tr("action point '%1' was cancelled").arg(stored->description),
                         QStringLiteral("status"));
    ActionPoint done = stored.value();
    done.status = QStringLiteral("done");
    done.done = date;
    if (auto ok = checkAction(done, stored->meetingDate); !ok)
        return ok.error();
    ChangeSet cs(QStringLiteral("meeting.action-done"));
    cs.set(QStringLiteral("meeting_actions"), actionId,
           {{QStringLiteral("status"), done.status},
            {QStringLiteral("done_date"), iso(done.done)}});
    return apply(cs);
}

} // namespace regie
