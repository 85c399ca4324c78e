#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace regie {

class Database;
class WritePath;

// The city's letterhead used in letters: name, service, address, the sanctioning official, the
// city's IBAN. Defaults in resources/letters/letterhead.json; an installation overrides a key
// through the write path (letter_settings). The IBAN is checked (ISO 7064 and national check).
class LetterSettings
{
    Q_DECLARE_TR_FUNCTIONS(LetterSettings)

public:
    LetterSettings(Database& db, WritePath& writes) : m_db(db), m_writes(writes) {}

    static QStringList keys();
    // Defaults overlaid with the stored values.
    Result<QJsonObject> values() const;
    Result<void> set(const QString& key, const QString& value);

private:
    Database& m_db;
    WritePath& m_writes;
};

} // namespace regie
