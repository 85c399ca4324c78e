#pragma once

#include <QString>

namespace regie {

class Database;

// A short human label for a record, for the people who own the data (the conflicts list): a GAS
// dossier's number, a person's name, a premises address, a fiche's code and title; a record that
// belongs to another adds that one's label ("3, Verversrui 3" for a window). Only what staff
// recognise a record by: never a national number, birth date or free-text notes. Words such as
// the kind of record are the views' job (translated there). Empty when the kind has no label or
// the record is not here; deleted records keep theirs.
namespace RecordLabel {

QString of(Database& db, const QString& entity, const QString& id);

} // namespace RecordLabel

} // namespace regie
