#pragma once

#include "common/Result.h"

#include <QMap>
#include <optional>

namespace regie {

class Database;

// What a deletion was made knowing: per field of the record, the latest stamp of that field that
// the deleting installation held in its change log when it deleted. An edit of the record that
// is not covered (a later stamp, or a field the deleter had never seen change) was made without
// the deleter knowing it: deletion and edit are then concurrent, and sync keeps the edit as a
// conflict instead of letting the tombstone hide it. Only the deleting installation can say what
// it knew, so the basis travels with the deletion in a bundle (key "k", docs/sync-format.md).
using FieldStamps = QMap<QString, QString>;

namespace DeletionBasis {

// From this installation's own log: the latest stamp per field of the record before `seq`.
Result<FieldStamps> beforeSeq(Database& db, const QString& entity, const QString& id, qint64 seq);

// The basis of the deletion stamped `deleteHlc`: computed from the log when this installation
// made it, else as it arrived in a bundle; nullopt when it arrived without one.
Result<std::optional<FieldStamps>> of(Database& db, const QString& self, const QString& deleteHlc);

// Keeps the basis of a deletion that arrived from elsewhere (a second copy changes nothing).
Result<void> store(Database& db, const QString& deleteHlc, const FieldStamps& basis);

// Whether the deletion was made knowing the edit of `field` stamped `editHlc`. Without a basis
// (a deletion from an older Regie), only an edit with an earlier stamp counts as known.
bool covers(const std::optional<FieldStamps>& basis, const QString& deleteHlc, const QString& field,
            const QString& editHlc);

} // namespace DeletionBasis

} // namespace regie
