#pragma once

#include <QString>

namespace regie {

// Core never shows text to users: it reports a code plus technical detail. The views map each
// code to a translated message (views/common/ErrorText).
enum class ErrorCode {
    Io,                  // file could not be read or written
    NotRegieDatabase,    // the file exists but is not a Regie database
    DatabaseTooNew,      // written by a newer Regie; detail names its schema version
    DatabaseLocked,      // another Regie holds the database
    DatabaseOpen,        // SQLite refused to open the file
    Migration,           // a schema migration failed (the database is left unchanged)
    Sql,                 // a statement failed; detail holds the driver's text
    NotFound,            // no record with that id
    Validation,          // a field value breaks a rule; detail names field and rule
    InvalidIdentifier,   // a national-register, company, IBAN or payment reference is wrong
    RuleViolation,       // a legal or workflow rule forbids the step
    Conflict,            // concurrent edits that a person must resolve
    Format,              // malformed input file (JSON, CSV, bundle)
    Usage,               // a caller passed arguments that make no sense
    Crypto,              // signature, key or decryption failure
};

struct Error
{
    ErrorCode code;
    QString detail;
    // Optional: the field or input element the error is about (for forms and CLI messages).
    QString field;
};

// Stable machine name of a code (used in JSON output and logs).
QString errorCodeName(ErrorCode code);

} // namespace regie
