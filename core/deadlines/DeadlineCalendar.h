#pragma once

#include "DeadlineItem.h"
#include "calendar/ICalendar.h"

#include <functional>

namespace regie {

// The deadline board as agenda entries (iCalendar): one all-day entry per row, on the
// deadline's date, "<name> <number>" with the category, party and derivation in the text. The
// UID is the dossier's id and the deadline's name, so a new export updates the agenda entries.
namespace DeadlineCalendar {

// The words of one entry. The app gives them in the user's language (DeadlineBoardModel);
// without them (regie-cli, scripts) an entry names the deadline, category, procedure, party and
// state by their machine names.
struct EntryText
{
    QString summary;
    QString description;
    QStringList categories;
};
using Wording = std::function<EntryText(const DeadlineItem&)>;

QVector<ICalendarEvent> events(const QVector<DeadlineItem>& items, const Wording& wording = {});

} // namespace DeadlineCalendar

} // namespace regie
