#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace regie {

// One dated step of a legal-clock scenario, e.g. {"type": "start-letter-posted", "date": ...}.
struct ClockEvent
{
    int index = -1; // position in the scenario's "events" array (for messages)
    QString type;
    QDate date;
    std::optional<int> months; // measures only: the length of the period
};

} // namespace regie
