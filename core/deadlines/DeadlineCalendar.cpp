#include "DeadlineCalendar.h"

namespace regie::DeadlineCalendar {

using namespace Qt::StringLiterals;

namespace {

EntryText machineText(const DeadlineItem& item)
{
    QStringList text{u"%1 (%2), binds the %3; state %4"_s.arg(item.category, item.procedure,
                                                               item.party, item.state)};
    if (!item.derivation.isEmpty())
        text << item.derivation;
    return {u"%1 %2"_s.arg(item.name, item.number), text.join(u'\n'),
            {item.category, item.procedure}};
}

} // namespace

QVector<ICalendarEvent> events(const QVector<DeadlineItem>& items, const Wording& wording)
{
    QVector<ICalendarEvent> out;
    for (const DeadlineItem& item : items) {
        ICalendarEvent e;
        e.uid = u"%1-%2@regie"_s.arg(item.id, item.name);
        if (std::any_of(out.begin(), out.end(), [&](const auto& o) { return o.uid == e.uid; }))
            continue; // one entry per deadline, also when it is on the board twice
        e.date = item.date;
        const EntryText text = wording ? wording(item) : machineText(item);
        e.summary = text.summary;
        e.description = text.description;
        e.categories = text.categories;
        out.append(e);
    }
    return out;
}

} // namespace regie::DeadlineCalendar
