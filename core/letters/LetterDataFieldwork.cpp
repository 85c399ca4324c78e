// The values of the letters about premises: to a certificate holder in a sanction procedure
// (domain-rules.md §3) and about a certificate dossier (issue 4 §8). Part of LetterData.
#include "LetterData.h"

#include "premises/PremisesRepository.h"

using namespace Qt::StringLiterals;

namespace regie {

namespace {

void putDate(QJsonObject& data, const QString& key, const QDate& date)
{
    if (date.isValid())
        data.insert(key, LetterData::dutchDate(date));
}

QString decisionText(const HolderSanctionEvent& e)
{
    const QString from = LetterData::dutchDate(e.start);
    const QString to = e.end.isValid() ? LetterData::dutchDate(e.end) : QString();
    if (e.decision == u"suspension"_s)
        return u"de schorsing van de geschiktheidsverklaring van %1 tot en met %2"_s.arg(from, to);
    if (e.decision == u"withdrawal"_s)
        return u"de intrekking van de geschiktheidsverklaring met ingang van %1"_s.arg(from);
    if (e.decision == u"temporary-closure"_s)
        return u"de tijdelijke sluiting van het pand van %1 tot en met %2"_s.arg(from, to);
    if (e.decision == u"definitive-closure"_s)
        return u"de definitieve sluiting van het pand met ingang van %1"_s.arg(from);
    return u"geen sanctie op te leggen"_s;
}

} // namespace

Result<void> LetterData::addMainHolder(const QString& premisesId, const QDate& date,
                                       QJsonObject& data) const
{
    PremisesRepository premises(m_db);
    auto found = premises.find(premisesId);
    if (!found.ok())
        return found.error();
    data.insert(u"premisesAddress"_s, found->address());
    auto holders = premises.holders(premisesId);
    if (!holders.ok())
        return holders.error();
    for (const PremisesHolder& h : holders.value()) {
        if (h.role == PremisesHolder::Role::MainHolder && h.activeOn(date))
            return addPerson(h.personId, data);
    }
    return makeError(ErrorCode::Validation,
                     tr("the premises %1 has no main holder on %2 to address the letter to")
                         .arg(found->address(), date.toString(Qt::ISODate)),
                     u"holder"_s);
}

Result<QJsonObject> LetterData::forHolderSanction(const HolderSanction& d,
                                                  const HolderSanctionState& state) const
{
    QJsonObject data;
    const QDate today = d.events.isEmpty() ? d.openedOn : d.events.constLast().date;
    if (auto holder = addMainHolder(d.premisesId, std::max(today, d.openedOn), data); !holder.ok())
        return holder.error();
    data.insert(u"dossierNumber"_s, d.number);
    QStringList findings;
    for (const HolderSanctionEvent* f : d.eventsOf(u"finding"_s)) {
        findings << u"%1 — proces-verbaal %2"_s.arg(dutchDate(f->date), f->reportNumber);
        data.insert(u"reportNumber"_s, f->reportNumber); // the latest
    }
    data.insert(u"findingsList"_s, findings.join(u'\n'));
    putDate(data, u"warningDate"_s, state.warnedOn);
    putDate(data, u"newFindingDate"_s, state.trackOpenedBy);
    if (const HolderSanctionEvent* hearing = d.last(u"hearing-held"_s))
        putDate(data, u"hearingHeldDate"_s, hearing->date);
    if (const HolderSanctionEvent* decision = d.last(u"decision"_s)) {
        putDate(data, u"decisionDate"_s, decision->date);
        data.insert(u"decisionText"_s, decisionText(*decision));
        data.insert(u"sanctioned"_s, decision->decision != u"no-sanction"_s);
    }
    data.insert(u"appealDays"_s, u"60"_s);
    return data;
}

Result<QJsonObject> LetterData::forCertificate(const CertificateDossier& d, const QDate& renewalDue,
                                               const QDate& today) const
{
    QJsonObject data;
    if (auto holder = addMainHolder(d.premisesId, today, data); !holder.ok())
        return holder.error();
    data.insert(u"dossierNumber"_s,
                u"GV/%1/%2"_s.arg(d.applicationDate.year()).arg(d.id.left(8).toUpper()));
    putDate(data, u"applicationDate"_s, d.applicationDate);
    data.insert(u"renewal"_s, d.kind == u"renewal"_s);
    if (const CertificateEvent* decision = d.decision()) {
        putDate(data, u"decisionDate"_s, decision->date);
        putDate(data, u"validUntil"_s, decision->validUntil);
        data.insert(u"granted"_s, decision->outcome != u"refused"_s);
        data.insert(u"refused"_s, decision->outcome == u"refused"_s);
        // Sections a decision leaves out still name their values: empty, not missing.
        data.insert(u"decisionMotivation"_s, decision->detail);
        if (decision->outcome == u"refused"_s) {
            data.insert(u"validUntil"_s, QString());
            data.insert(u"renewalDue"_s, QString());
        }
    }
    putDate(data, u"renewalDue"_s, renewalDue);
    QStringList conditions, overdue;
    for (const CertificateCondition& c : d.conditions) {
        const QString line = u"%1 (uiterlijk %2)"_s.arg(c.text, dutchDate(c.dueDate));
        conditions << line;
        if (!c.metDate.isValid() && c.dueDate < today)
            overdue << line;
    }
    data.insert(u"hasConditions"_s, !conditions.isEmpty());
    data.insert(u"conditionsList"_s, conditions.join(u'\n'));
    if (!overdue.isEmpty())
        data.insert(u"overdueConditions"_s, overdue.join(u'\n'));
    return data;
}

} // namespace regie
