#include "ClockLead.h"

#include "storage/Hlc.h"

namespace regie::ClockLead {

namespace {

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString lead(qint64 ms)
{
    const qint64 hours = ms / (60 * 60 * 1000);
    return hours >= 48 ? QStringLiteral("%1 days").arg(hours / 24)
                       : QStringLiteral("%1 hours").arg(hours);
}

Error tooFar(const QString& what, qint64 ms, qint64 nowMs)
{
    return ruleError(
        ErrorCode::RuleViolation, QStringLiteral("future-stamp"),
        QStringLiteral("%1 (%2) is %3 ahead of this installation's clock (%4); at most 24 hours "
                       "are accepted. The sender's clock is probably wrong: nothing was changed, "
                       "and this bundle cannot be imported before %5")
            .arg(what, utc(ms), lead(ms - nowMs), utc(nowMs), utc(ms - MaxLeadMs)));
}

} // namespace

Result<void> check(const QString& hlc, const QDateTime& now)
{
    qint64 ms = 0;
    if (!Hlc::parse(hlc, &ms, nullptr, nullptr))
        return ruleError(ErrorCode::Format, QStringLiteral("bad-payload"),
                         QStringLiteral("%1 is not a stamp").arg(hlc.left(80)));
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (ms - nowMs > MaxLeadMs)
        return tooFar(QStringLiteral("stamp %1").arg(hlc), ms, nowMs);
    return {};
}

Result<void> checkCreated(const QDateTime& created, const QDateTime& now)
{
    const qint64 ms = created.toMSecsSinceEpoch(), nowMs = now.toMSecsSinceEpoch();
    if (created.isValid() && ms - nowMs > MaxLeadMs)
        return tooFar(QStringLiteral("the bundle's creation time"), ms, nowMs);
    return {};
}

} // namespace regie::ClockLead
