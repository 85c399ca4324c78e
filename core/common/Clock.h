#pragma once

#include <QDate>
#include <QDateTime>

namespace regie {

// The only source of "now" in Regie. Tests use FixedClock; nothing calls
// QDate::currentDate() or QDateTime::currentDateTime() outside SystemClock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }
    void advanceMs(qint64 ms) { m_at = m_at.addMSecs(ms); }

private:
    QDateTime m_at;
};

} // namespace regie
