#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

namespace regie {

// A GAS fine dossier as stored (gas_dossiers). The fields after `notes` are derived by
// GasService from the events and the rule set (see 0002_procedures.sql).
struct GasDossier
{
    QString id;
    QString number; // GAS/2026/TS/0001
    QString installationCode;
    int year = 0;
    int sequence = 0;
    QDate factsDate;
    QString place;
    QString reportNumber;
    QString reportKind; // "police" | "administrative"
    QString offenceId;
    QString offenceCode; // joined from offences when read
    QString offenceTitle; // the offence's description in the catalogue (Dutch), joined as well
    QString personId;
    QString personName; // joined from persons when read
    QString offenderRole;
    QDate birthDate; // snapshot of the person's birth date at intake
    bool minor = false;
    std::optional<double> intendedFine;
    QString state;
    QString ruleSet;
    QDate receivedDate;
    bool receivedLate = false;
    QString repeatOf; // id of the earlier sanctioned dossier, empty when none
    QString reportWarning;
    QString paymentReference; // 12 digits
    QDateTime created;
    QString notes;
    // derived
    QDate decisionDate;
    std::optional<double> decidedFine;
    double paidAmount = 0;
    QDate hearingDate;
    QDate limitationDate;
    QDate paymentDue;
    QDate nextDeadline;
    QString nextDeadlineName;
    QString nextDeadlineParty;
};

// One dated step of a dossier (gas_events).
struct GasEvent
{
    QString id;
    QString dossierId;
    QString type;
    QDate date;
    std::optional<double> amount;
    QString court;
    QString outcome;
    QString details; // JSON object text
    QDateTime recorded;
};

// One payment received for a dossier (payments).
struct GasPayment
{
    QString id;
    QString dossierId;
    QDate date;
    double amount = 0;
    QString reference;
    bool late = false;
};

} // namespace regie
