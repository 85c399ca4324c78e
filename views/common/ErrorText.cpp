#include "ErrorText.h"

#include "IdentifierMessages.h"

#include <QCoreApplication>
#include <QHash>

namespace regie {

QString ErrorText::fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("family_name"), QT_TRANSLATE_NOOP("ErrorText", "Family name")},
        {QStringLiteral("legal_name"), QT_TRANSLATE_NOOP("ErrorText", "Legal name")},
        {QStringLiteral("national_number"),
         QT_TRANSLATE_NOOP("ErrorText", "National register or BIS number")},
        {QStringLiteral("company_number"), QT_TRANSLATE_NOOP("ErrorText", "Company number")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("ErrorText", "Birth date")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("ErrorText", "Title")},
        {QStringLiteral("fte"), QT_TRANSLATE_NOOP("ErrorText", "Staff effort (FTE)")},
        {QStringLiteral("items"), QT_TRANSLATE_NOOP("ErrorText", "List items")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(it.value());
}

QString ErrorText::validationMessage(const Error& error, const QString& field)
{
    const QString rule = error.detail.section(QLatin1Char(':'), 0, 0).trimmed();
    if (rule == QLatin1String("required"))
        return tr("%1 is required: fill it in.").arg(field);
    if (rule == QLatin1String("duplicate-number"))
        return tr("%1 is already registered for another person. Search for that person "
                  "instead of adding them twice.").arg(field);
    if (rule == QLatin1String("birth-date-mismatch"))
        return tr("The birth date does not match the one in the national register number. "
                  "Correct one of the two, or leave the birth date empty.");
    if (rule == QLatin1String("negative"))
        return tr("%1 cannot be negative.").arg(field);
    if (rule == QLatin1String("empty-item"))
        return tr("A list has an empty line: type a text or remove the line.");
    return field.isEmpty() ? tr("A value is not valid: %1.").arg(error.detail)
                           : tr("%1: %2.").arg(field, error.detail);
}

QString ErrorText::message(const Error& error)
{
    const QString field = error.field.isEmpty() ? QString() : fieldLabel(error.field);
    switch (error.code) {
    case ErrorCode::Io:
        return tr("A file could not be read or written (%1). Check the disk and the folder's "
                  "permissions, then try again.").arg(error.detail);
    case ErrorCode::NotRegieDatabase:
        return tr("This file is not a Regie database. It was left untouched; choose another "
                  "file.");
    case ErrorCode::DatabaseTooNew:
        return tr("This database was written by a newer Regie (schema version %1). Install the "
                  "newer Regie to open it; this version will not change it.").arg(error.detail);
    case ErrorCode::DatabaseLocked:
        return tr("The database is in use by another Regie (%1). Close that Regie first, or "
                  "wait until it has finished writing.").arg(error.detail);
    case ErrorCode::DatabaseOpen:
    case ErrorCode::Migration:
    case ErrorCode::Sql:
        return tr("The database refused the change (%1). Nothing was saved.").arg(error.detail);
    case ErrorCode::NotFound:
        return tr("The record no longer exists; it may have been deleted elsewhere.");
    case ErrorCode::Validation:
        return validationMessage(error, field);
    case ErrorCode::InvalidIdentifier: {
        // detail is "rule: explanation" (IdentifierCheck::toError)
        const QString text =
            identifierRuleMessage(error.detail.section(QLatin1Char(':'), 0, 0).trimmed());
        return field.isEmpty() ? text : tr("%1: %2").arg(field, text);
    }
    case ErrorCode::RuleViolation:
        return tr("The rules do not allow this step: %1").arg(error.detail);
    case ErrorCode::Conflict:
        return tr("This record was changed elsewhere at the same time: %1").arg(error.detail);
    case ErrorCode::Format:
        return tr("The file is not in the expected format: %1").arg(error.detail);
    case ErrorCode::Usage:
        return tr("Regie could not do this: %1").arg(error.detail);
    case ErrorCode::Crypto:
        return tr("The signature or encryption check failed: %1").arg(error.detail);
    }
    return error.detail;
}

} // namespace regie
