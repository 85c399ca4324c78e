#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace regie {

// A mayor's measure (domain-rules.md §4) as stored (measures): a place ban against a person, a
// closure of premises (human trafficking or public-order disturbance) or an order after a
// hearing invitation. end_date is derived with the legal clock (MeasureClock) and kept in sync by
// MeasureService at every renewal.
struct Measure
{
    QString id;
    QString number; // MB/2026/TS/0001
    QString installationCode;
    int year = 0;
    int sequence = 0;
    QString kind; // place-ban | closure-trafficking | closure-public-order | hearing-order
    QString personId;
    QString premisesId;
    QString perimeter; // place ban: the streets or area
    QString orderText; // hearing order: the order itself
    QString reason;
    QDate decisionDate;
    QDate startDate;
    std::optional<int> months;
    int renewals = 0;
    QDate endDate;
    QDate hearingDate;
    QString urgencyReason;
    QDate consultationDate; // trafficking: consultation of the judicial authorities
    QDate confirmationDate; // public order: confirmation by the college
    QString state;          // in-force | lifted | ended
    QString ruleSet;
    QString gasDossierId;
    QDateTime created;
};

// One dated step of a measure (measure_events).
struct MeasureEvent
{
    QString id;
    QString measureId;
    QString type; // decided, renewed, hearing-held, consultation-recorded, college-confirmed,
                  // lifted, breach
    QDate date;
    std::optional<int> months;
    QString details;
    QDateTime recorded;
};

} // namespace regie
