#include "Error.h"

namespace regie {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::NotRegieDatabase: return QStringLiteral("not-regie-database");
    case ErrorCode::DatabaseTooNew: return QStringLiteral("database-too-new");
    case ErrorCode::DatabaseLocked: return QStringLiteral("database-locked");
    case ErrorCode::DatabaseOpen: return QStringLiteral("database-open");
    case ErrorCode::Migration: return QStringLiteral("migration");
    case ErrorCode::Sql: return QStringLiteral("sql");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::Validation: return QStringLiteral("validation");
    case ErrorCode::InvalidIdentifier: return QStringLiteral("invalid-identifier");
    case ErrorCode::RuleViolation: return QStringLiteral("rule-violation");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::Format: return QStringLiteral("format");
    case ErrorCode::Usage: return QStringLiteral("usage");
    case ErrorCode::Crypto: return QStringLiteral("crypto");
    }
    return QStringLiteral("unknown");
}

} // namespace regie
