#pragma once

#include <QString>

namespace regie {

// Who makes a change: the installation it is made on and the user working there.
struct Actor
{
    QString installationId;
    QString userName;
};

} // namespace regie
