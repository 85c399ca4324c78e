#pragma once

#include "Letter.h"
#include "common/Result.h"

#include <QVector>

namespace regie {

class Database;

// Reads generated letters and their register entries (letters). Writes go through
// LetterService and the write path.
class LetterRepository
{
public:
    explicit LetterRepository(Database& db) : m_db(db) {}

    // NotFound naming the id.
    Result<Letter> get(const QString& id) const;
    // The letters of one dossier, oldest first.
    Result<QVector<Letter>> forDossier(const QString& dossierId) const;
    // The register: registered letters posted from `from` through `to`, by posting date.
    Result<QVector<Letter>> posted(const QDate& from, const QDate& to) const;

private:
    Database& m_db;
};

} // namespace regie
