#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace regie {

// Where pages keep what the user arranged: splitter positions, column widths and sort per list.
// The app's typed settings class implements it; tests use an in-memory one.
class ViewState
{
public:
    virtual ~ViewState() = default;
    virtual QByteArray viewState(const QString& key) const = 0;
    virtual void setViewState(const QString& key, const QByteArray& state) = 0;
};

class MemoryViewState final : public ViewState
{
public:
    QByteArray viewState(const QString& key) const override { return m_values.value(key); }
    void setViewState(const QString& key, const QByteArray& state) override
    {
        m_values.insert(key, state);
    }

private:
    QHash<QString, QByteArray> m_values;
};

} // namespace regie
