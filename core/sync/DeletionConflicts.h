#pragma once

#include "DeletionBasis.h"
#include "common/Result.h"
#include "storage/RemoteChange.h"

namespace regie {

class Database;

// Edits and deletions of one record made without knowing each other. The tombstone stays (a
// deleted record never comes back by itself), but an edit the deleting installation had not seen
// is kept as a conflict of kind "deletion" for a person to decide: restore the record with that
// value, or confirm the deletion. Both orders of arrival are judged alike, so every replica that
// holds both changes lists the conflict:
// - a deletion wins the record's tombstone: each field's latest edit, made on another
//   installation and not covered by what the deletion was made knowing, becomes a conflict;
// - an edit wins its field while the tombstone in force is a deletion that did not know it:
//   the edit becomes a conflict.
// A later restore, or a later deletion, settles (supersedes) the open ones of the record; a later
// deletion that still does not know an edit raises it again against itself.
class DeletionConflicts
{
public:
    DeletionConflicts(Database& db, QString self, QString bundleId, QString detectedAt);

    // Each returns the number of conflicts recorded.
    Result<int> deletionWon(const RemoteChange& deletion, const std::optional<FieldStamps>& basis);
    Result<int> restoreWon(const RemoteChange& restore);
    Result<int> editWon(const RemoteChange& edit);

private:
    struct Side
    {
        QString hlc, installation, userName;
        QVariant value;
    };
    Result<int> record(const RemoteChange& about, const QString& field, const Side& local,
                       const Side& remote, const QString& deletionSide);
    Result<void> supersede(const RemoteChange& by, const QString& field, const QString& editBefore);

    Database& m_db;
    QString m_self;
    QString m_bundleId;
    QString m_detectedAt;
};

} // namespace regie
