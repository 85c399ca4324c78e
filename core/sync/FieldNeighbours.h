#pragma once

#include "common/Result.h"

#include <QPair>
#include <QString>
#include <QVariant>

namespace regie {

class Database;

// The changes of one field of one record that come just before and just after a stamp, among
// those this installation holds: what an arriving change is judged against (SyncApplier).
struct FieldNeighbour
{
    bool found = false;
    QString hlc;
    QVariant oldValue, newValue;
    qint64 txnRow = 0; // its change_txn row: who made it and where (whoMade())
};

struct FieldNeighbours
{
    FieldNeighbour before, after;
};

// One pass over the field's changes (change_index must be caught up, ChangeIndex::catchUp):
// an import looks up the neighbours of every change it applies.
Result<FieldNeighbours> fieldNeighbours(Database& db, const QString& entity,
                                        const QString& entityId, const QString& field,
                                        const QString& hlc);

// The installation and user of a neighbour's action, for a conflict that names them.
Result<QPair<QString, QString>> whoMade(Database& db, const FieldNeighbour& neighbour);

} // namespace regie
