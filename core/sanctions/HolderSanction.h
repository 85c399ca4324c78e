#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace regie {

// One dated step of a sanction procedure against a certificate holder (domain-rules.md §3).
struct HolderSanctionEvent
{
    QString id;
    QString type; // finding | warning-letter | hearing-invitation | hearing-held | decision |
                  // execution-control | appeal | appeal-outcome
    QDate date;
    QString reportNumber; // finding: the police report (PV) number
    QString findingId;    // finding: the inspection finding it comes from, if any
    QString decision;     // decision: suspension | withdrawal | temporary-closure |
                          // definitive-closure | no-sanction
    QDate start;          // decision: first day of the sanction
    QDate end;            // decision: last day (suspension, temporary closure)
    QDate notifiedOn;     // letters and decision: the proven notification date
    QString outcome;      // execution-control, appeal-outcome (annulled | rejected)
    QString note;
};

// The dossier: the premises (and its certificate and holder) it concerns, and its steps.
struct HolderSanction
{
    QString id;
    QString number; // HS/<year>/<installation code>/<sequence>
    QString installationCode;
    int year = 0;
    int sequence = 0;
    QString premisesId;
    QString certificateId;
    QString holderId;
    QDate openedOn;
    QString notes;
    QVector<HolderSanctionEvent> events; // by date, then in the order recorded

    QVector<const HolderSanctionEvent*> eventsOf(const QString& type) const;
    const HolderSanctionEvent* last(const QString& type) const;
};

// Where a dossier stands, derived from its events only.
struct HolderSanctionState
{
    // warned: a warning letter went out; track-open: a finding came after the warning, so the
    // sanction track (hearing, college decision) is open.
    QString phase; // findings | warned | track-open | invited | heard | decided | appealed | closed
    QDate warnedOn;
    QDate trackOpenedBy; // the date of the first finding after the warning
    QDate appealDeadline; // decision notified + the Council of State term
    QString appealDerivation;

    static HolderSanctionState of(const HolderSanction& dossier, int appealDays);
};

namespace HolderSanctionTypes {
QStringList eventTypes();
QStringList decisions();
} // namespace HolderSanctionTypes

} // namespace regie
