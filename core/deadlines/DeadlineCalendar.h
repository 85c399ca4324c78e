#pragma once

#include "DeadlineItem.h"
#include "calendar/ICalendar.h"

namespace regie {

// The deadline board as agenda entries (iCalendar): one all-day entry per row, on the
// deadline's date, "<name> <number>" with the category, party and derivation in the text. The
// UID is the dossier's id and the deadline's name, so a new export updates the agenda entries.
namespace DeadlineCalendar {
QVector<ICalendarEvent> events(const QVector<DeadlineItem>& items);
} // namespace DeadlineCalendar

} // namespace regie
