#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>

namespace regie {

// The outcome of checking one identifier (national register number, company number, IBAN, ...).
// `rule` is a stable machine code ("nrn.checksum", "iban.national-check", ...) that the views map
// to a translated sentence; `detail` is English technical text for logs and the CLI.
struct IdentifierCheck
{
    bool valid = false;
    QString rule;            // empty when valid
    QString detail;          // what is wrong (or, when valid, what was recognised)
    QString normalized;      // canonical compact form; empty when the input could not be read
    QList<QString> warnings; // rule codes of soft findings; the value is still valid

    static IdentifierCheck accept(QString normalized, QString detail = {});
    static IdentifierCheck reject(QString rule, QString detail, QString normalized = {});

    // ErrorCode::InvalidIdentifier with detail "rule: detail", for APIs that return Result<T>.
    Error toError(const QString& field = {}) const;
};

} // namespace regie
