#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

namespace regie {

class Clock;
class Database;

// The identity of this installation: created once, on first start. The short code goes into
// human dossier numbers (GAS/2026/BH/0042) so two laptops never hand out the same number.
struct Installation
{
    QString id;
    QString shortCode;
    QString displayName;
    QDateTime createdAt;
};

class InstallationStore
{
public:
    explicit InstallationStore(Database& db) : m_db(db) {}

    Result<Installation> self() const;
    Result<Installation> createSelf(const Clock& clock, const QString& shortCode,
                                    const QString& displayName);
    // 2 to 4 characters, capital letters and digits, starting with a letter.
    static bool isValidShortCode(const QString& code);

private:
    Database& m_db;
};

} // namespace regie
