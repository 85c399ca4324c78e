#pragma once

#include "certificates/CertificateRuleBook.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QVector>

namespace regie {

class Clock;
class Database;

// What the prostitution officer has to plan for a year: premises without a proactive
// inspection in that year, certificates whose renewal is due, conditions overdue.
class Planner
{
    Q_DECLARE_TR_FUNCTIONS(Planner)

public:
    struct Item
    {
        QString premisesId;
        QString address;
        QString reason; // no-proactive-inspection, renewal-due, condition-overdue
        QDate dueDate;  // end of the year, the renewal due date, the condition's due date
        QString certificateId;
        QString conditionId;
        QString detail;
    };

    Planner(Database& db, const Clock& clock, const CertificateRuleBook& rules)
        : m_db(db), m_clock(clock), m_rules(rules) {}

    // Renewals and conditions are judged on the reference date: today for the current year,
    // otherwise 31 December of that year. Sorted by address, then reason.
    Result<QVector<Item>> forYear(int year) const;
    QDate referenceDate(int year) const;

private:
    Result<QSet<QString>> inspectedPremises(int year) const;

    Database& m_db;
    const Clock& m_clock;
    const CertificateRuleBook& m_rules;
};

} // namespace regie
