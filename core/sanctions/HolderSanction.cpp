#include "HolderSanction.h"

#include "calendar/LegalCalendar.h"

#include <QCoreApplication>

namespace regie {

QVector<const HolderSanctionEvent*> HolderSanction::eventsOf(const QString& type) const
{
    QVector<const HolderSanctionEvent*> found;
    for (const HolderSanctionEvent& e : events) {
        if (e.type == type)
            found << &e;
    }
    return found;
}

const HolderSanctionEvent* HolderSanction::last(const QString& type) const
{
    const auto found = eventsOf(type);
    return found.isEmpty() ? nullptr : found.constLast();
}

HolderSanctionState HolderSanctionState::of(const HolderSanction& dossier, int appealDays)
{
    HolderSanctionState s;
    s.phase = QStringLiteral("findings");
    if (const HolderSanctionEvent* warning = dossier.last(QStringLiteral("warning-letter"))) {
        s.phase = QStringLiteral("warned");
        s.warnedOn = warning->date;
        for (const HolderSanctionEvent* f : dossier.eventsOf(QStringLiteral("finding"))) {
            if (f->date > warning->date) {
                s.trackOpenedBy = f->date;
                s.phase = QStringLiteral("track-open");
                break;
            }
        }
    }
    if (s.phase == QLatin1String("track-open")) {
        if (dossier.last(QStringLiteral("hearing-invitation")))
            s.phase = QStringLiteral("invited");
        if (dossier.last(QStringLiteral("hearing-held")))
            s.phase = QStringLiteral("heard");
    }
    if (const HolderSanctionEvent* decision = dossier.last(QStringLiteral("decision"))) {
        s.phase = QStringLiteral("decided");
        if (decision->notifiedOn.isValid()) {
            const LegalCalendar calendar;
            const DerivedDate term = calendar.dayTerm(
                DerivedDate::given(
                    decision->notifiedOn,
                    QCoreApplication::translate("HolderSanctionState", "decision notified")),
                appealDays, TermParty::Citizen);
            s.appealDeadline = term.date;
            s.appealDerivation = term.derivation;
        }
    }
    if (dossier.last(QStringLiteral("appeal")))
        s.phase = QStringLiteral("appealed");
    if (dossier.last(QStringLiteral("appeal-outcome")))
        s.phase = QStringLiteral("closed");
    return s;
}

namespace HolderSanctionTypes {

QStringList eventTypes()
{
    return {QStringLiteral("finding"),           QStringLiteral("warning-letter"),
            QStringLiteral("hearing-invitation"), QStringLiteral("hearing-held"),
            QStringLiteral("decision"),          QStringLiteral("execution-control"),
            QStringLiteral("appeal"),            QStringLiteral("appeal-outcome")};
}

QStringList decisions()
{
    return {QStringLiteral("suspension"), QStringLiteral("withdrawal"),
            QStringLiteral("temporary-closure"), QStringLiteral("definitive-closure"),
            QStringLiteral("no-sanction")};
}

} // namespace HolderSanctionTypes

} // namespace regie
