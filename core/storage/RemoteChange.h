#pragma once

#include <QString>
#include <QVariant>

namespace regie {

// One change-log record as it travels between installations (a row of view change_history):
// it keeps its original stamp, installation and user wherever it is applied or relayed.
struct RemoteChange
{
    qint64 seq = 0; // the sequence number on the installation that sent it (not stored here)
    QString txn;
    QString hlc;
    QString installation;
    QString userName;
    QString entity;
    QString entityId;
    QString op; // create, set, delete, restore
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

} // namespace regie
