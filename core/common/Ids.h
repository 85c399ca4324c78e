#pragma once

#include <QString>
#include <QUuid>

namespace regie {

// Every user-created row is keyed by a UUID so installations can exchange it.
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline bool isId(const QString& text)
{
    return !QUuid::fromString(text).isNull();
}

} // namespace regie
