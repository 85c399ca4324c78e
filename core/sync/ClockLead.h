#pragma once

#include "common/Result.h"

#include <QDateTime>

namespace regie::ClockLead {

// How far ahead of this installation's clock a bundle's stamps may be. A change's HLC stamp
// decides which value of a field wins on every replica, and a clock that has observed a stamp
// never goes back: one bundle from a laptop whose clock is days ahead would make its edits win
// for days and push every installation's clock ahead for good. Up to a day covers a wrong time
// zone, summer time and ordinary drift; beyond that the sender's clock is wrong.
constexpr qint64 MaxLeadMs = 24LL * 60 * 60 * 1000;

// A refusal ("future-stamp", naming the stamp, its time and this installation's time) when
// `hlc` lies more than MaxLeadMs ahead of `now`; a stamp that cannot be read is "bad-payload".
Result<void> check(const QString& hlc, const QDateTime& now);
// The same for a bundle header's creation time (no stamp to name).
Result<void> checkCreated(const QDateTime& created, const QDateTime& now);

} // namespace regie::ClockLead
