#pragma once

#include "Offence.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QVector>

namespace regie {

class Database;
class WritePath;

// The offence catalogue. The default offences are seeded lazily, through the write path, the
// first time the catalogue is used (ensureDefaults): each default has a deterministic id
// (UUIDv5 of "offence/<code>") so two installations that seed independently create the same
// record and sync without duplicates. Users may add offences or deactivate them.
class OffenceCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(OffenceCatalogue)

public:
    OffenceCatalogue(Database& db, WritePath& writes) : m_db(db), m_writes(writes) {}

    // Creates the default offences that are missing (by code); returns how many were created.
    Result<int> ensureDefaults();
    Result<QVector<Offence>> list(bool activeOnly = false) const;
    // NotFound naming the code when it is unknown.
    Result<Offence> byCode(const QString& code) const;
    Result<Offence> byId(const QString& id) const;
    // Adds an offence; Validation when the code exists or the role is unknown.
    Result<QString> add(const Offence& offence);

    static QVector<Offence> defaults();
    static QString defaultId(const QString& code);
    static bool isRole(const QString& role);

private:
    Result<Offence> one(const QString& column, const QString& value) const;

    Database& m_db;
    WritePath& m_writes;
};

} // namespace regie
