#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace regie {

// A document of the application checklist (domain-rules.md §5), dated by its issue date.
struct CertificateDocument
{
    QString id;
    QString kind; // one of CertificateKinds::documentKinds()
    QDate date;
    QString reference;
};

// One of the checks made on an application: fire safety, urban planning, hygiene, morality.
struct CertificateCheck
{
    QString id;
    QString kind; // one of CertificateKinds::checkKinds()
    QDate date;
    QString inspector;
    bool favourable = false;
    QString remarks;
};

// A condition of a conditional grant, due by a date; metDate set when it was met.
struct CertificateCondition
{
    QString id;
    QString text;
    QDate dueDate;
    QDate metDate;
};

// A dated step in the history of a dossier. Status is computed from these at a date.
struct CertificateEvent
{
    QString id;
    QString kind;    // application, document, check, decision, condition-met, suspension, withdrawal
    QDate date;      // the day it takes effect
    QDate endDate;   // suspension: last day (invalid: until further notice)
    QString outcome; // decision: granted, granted-with-conditions, refused
    QDate validUntil; // decision granted: last day of validity
    QString reference; // e.g. the sanction dossier a suspension or withdrawal comes from
    QString detail;
};

// A fitness-certificate dossier: one application (or renewal) for one premises.
struct CertificateDossier
{
    QString id;
    QString premisesId;
    QString premisesAddress;
    QString kind = QStringLiteral("application"); // or "renewal"
    QDate applicationDate;
    QString renewalOf;
    QString notes;
    QVector<CertificateDocument> documents;
    QVector<CertificateCheck> checks;
    QVector<CertificateCondition> conditions;
    QVector<CertificateEvent> events; // sorted by date, then insertion

    // The decision event, or null when none was taken.
    const CertificateEvent* decision() const;
};

} // namespace regie
