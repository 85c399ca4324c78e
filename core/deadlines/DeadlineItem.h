#pragma once

#include <QDate>
#include <QString>

namespace regie {

// One row of the deadline board: a deadline of an open procedure or measure, why it is on the
// board (category) and how the date was computed (derivation).
struct DeadlineItem
{
    QString category;  // overdue | due | limitation | hearing | measure-expiry
    QString procedure; // gas-fine | place-ban | closure-trafficking | closure-public-order |
                       // hearing-order
    QString id;        // the dossier's or measure's id
    QString number;    // GAS/2026/TS/0001, MB/2026/TS/0001
    QString state;
    QString name; // the deadline: earliestDecision, hearing, payment, limitation, banEnd, ...
    QDate date;
    QString party;    // city | citizen
    int daysLeft = 0; // negative when past
    QString derivation;
};

} // namespace regie
